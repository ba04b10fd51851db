package dev.stepwise.io;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stepwise.domain.Item;
import dev.stepwise.domain.LearningPath;
import dev.stepwise.domain.Level;
import dev.stepwise.domain.Phrase;
import dev.stepwise.domain.Section;
import dev.stepwise.domain.SectionKind;
import dev.stepwise.domain.SelfCheck;
import dev.stepwise.domain.Skill;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The parser on whole role descriptions: the seed the bundled path was made from, and four of our own in the
 * shapes pasted text comes in. The bullets are collected here by a separate, simpler rule, so the parser cannot
 * pass by agreeing with itself.
 */
class RoleDescriptionParserFixturesTest {
    /** Any of the markers the fixtures use, then the entry. Deliberately independent of the parser's pattern. */
    private static final Pattern FIXTURE_BULLET = Pattern.compile("^[ \\t]*(?:•|\\*|-|\\d+\\.|\\d+\\))[ \\t]*(.+?)[ \\t]*$");

    static String fixture(String name) {
        try (InputStream in = RoleDescriptionParserFixturesTest.class.getResourceAsStream("roles/" + name)) {
            assertThat(in).as(name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<String> bulletsOf(String text) {
        List<String> bullets = new ArrayList<>();
        for (String line : text.replace("\uFEFF", "").split("\r?\n")) {
            Matcher matcher = FIXTURE_BULLET.matcher(line);
            if (matcher.matches()) {
                bullets.add(matcher.group(1));
            }
        }
        return bullets;
    }

    /** Every text of the path a bullet can become, plus the unplaced lines. */
    static List<String> entriesOf(RoleImport result) {
        LearningPath path = result.path();
        List<String> entries = new ArrayList<>();
        path.items().map(Item::title).forEach(entries::add);
        path.skills().stream().map(Skill::name).forEach(entries::add);
        path.selfChecks().stream().map(SelfCheck::statement).forEach(entries::add);
        entries.addAll(path.industries());
        entries.addAll(result.unplaced());
        return entries;
    }

    private static List<String> titles(LearningPath path, SectionKind kind) {
        return path.sections().stream().filter(section -> section.kind() == kind).findFirst()
                .map(Section::items).orElse(List.of()).stream().map(Item::title).toList();
    }

    private static List<String> skills(LearningPath path, String category) {
        return path.skills().stream().filter(skill -> skill.category().equals(category)).map(Skill::name).toList();
    }

    @ParameterizedTest
    @ValueSource(strings = {"backend-engineer-role.txt", "data-engineer-bullets-crlf-bom.txt",
        "frontend-developer-numbered-tabs-reordered.txt", "devops-engineer-asterisks-no-industries.txt",
        "ux-designer-ampersand-indented-blank-lines.txt"})
    void everyBulletEndsUpExactlyOnceInThePathOrUnplaced(String name) {
        String text = fixture(name);
        List<String> bullets = bulletsOf(text);
        RoleImport result = new RoleDescriptionParser().parse(text);
        List<String> entries = entriesOf(result);

        assertThat(bullets).hasSizeGreaterThan(20).doesNotHaveDuplicates();
        for (String bullet : bullets) {
            assertThat(entries.stream().filter(bullet::equals).count()).as("“%s” in %s", bullet, name).isEqualTo(1);
        }
        List<String> fromPath = new ArrayList<>(entries);
        fromPath.removeAll(result.unplaced());
        assertThat(bullets).containsAll(fromPath);
    }

    @Test
    void theSeedMapsSectionBySectionWithExactTitles() {
        RoleImport result = new RoleDescriptionParser().parse(fixture("backend-engineer-role.txt"));
        LearningPath path = result.path();

        assertThat(path.title()).isEqualTo("Backend Engineer");
        assertThat(path.tagline()).isEqualTo("Designs APIs, business logic, and database layers for scalable systems.");
        assertThat(path.overview()).startsWith("Backend engineers build and maintain the server-side logic")
                .contains("user needs and business goals.").contains("\n\nThey focus on system architecture");
        assertThat(path.sections()).extracting(Section::kind)
                .containsExactly(SectionKind.STEPS, SectionKind.BACKGROUND, SectionKind.PRACTICE);
        assertThat(titles(path, SectionKind.STEPS)).containsExactly(
                "Learn a backend programming language and its ecosystem.",
                "Understand how the web works: HTTP, requests, responses, headers, sessions.",
                "Learn SQL and practice designing databases and writing queries.",
                "Build small API-based projects and connect them to frontends.",
                "Study authentication, authorization, and common security pitfalls.",
                "Deploy a backend project to the cloud to understand hosting and environments.",
                "Work on increasingly complex projects or contribute to open source.");
        assertThat(titles(path, SectionKind.BACKGROUND)).containsExactly(
                "Degree in Computer Science or related field (optional).",
                "Experience building backend services through projects, internships, or work.",
                "Understanding of databases, APIs, and server-side best practices.");
        assertThat(titles(path, SectionKind.PRACTICE)).hasSize(7)
                .startsWith("Design and implement REST or GraphQL APIs.")
                .endsWith("Debug and resolve backend, data, or infrastructure-related issues.");
        assertThat(skills(path, Skill.TECHNICAL)).hasSize(7)
                .startsWith("Proficiency in one or more backend languages (Node.js, Java, Python, Go, C#).")
                .endsWith("Experience writing unit, integration, and API tests.");
        assertThat(skills(path, Skill.SOFT)).containsExactly(
                "Strong logical thinking and problem-solving ability.",
                "Clear communication when discussing architecture or system constraints.",
                "Collaboration with cross-functional teams (frontend, DevOps, PM).",
                "Attention to data integrity, edge cases, and long-term maintainability.",
                "Patience and persistence when debugging complex backend issues.");
        assertThat(path.selfChecks()).extracting(SelfCheck::statement).hasSize(5)
                .startsWith("You enjoy working with logic, data, and system behavior more than UI.")
                .endsWith("You want to build the core engine that other parts of the application depend on.");
        assertThat(path.industries()).containsExactly("Technology and SaaS", "Finance and banking systems",
                "E-commerce and logistics", "Cloud and infrastructure providers", "Healthcare and medical systems",
                "Enterprise software companies");
    }

    @Test
    void theSeedPreviewCountsEverySectionAndListsTheBannerAsUnplaced() {
        RoleImportPreview preview = new RoleDescriptionParser().parse(fixture("backend-engineer-role.txt")).preview();

        assertThat(preview.itemsPerSection()).containsExactly(Map.entry("Steps", 7), Map.entry("Background", 3),
                Map.entry("Practice", 7));
        assertThat(preview.skillsPerCategory()).containsExactly(Map.entry(Skill.TECHNICAL, 7), Map.entry(Skill.SOFT, 5));
        assertThat(preview.selfChecks()).isEqualTo(5);
        assertThat(preview.industries()).isEqualTo(6);
        assertThat(preview.unplaced()).containsExactly("Top Tech Trend");
        assertThat(preview.warnings()).extracting(Phrase::english).singleElement().asString().contains("1 line found no place");
        assertThat(preview.notes()).extracting(Phrase::english).anySatisfy(note -> assertThat(note).contains("linked to a skill"));
    }

    @Test
    void theSeedsSkillsAimAtIndependentForTechnicalAndGuidedForSoft() {
        LearningPath path = new RoleDescriptionParser().parse(fixture("backend-engineer-role.txt")).path();

        assertThat(path.skills()).filteredOn(skill -> skill.category().equals(Skill.TECHNICAL))
                .extracting(Skill::targetLevel).containsOnly(Level.INDEPENDENT);
        assertThat(path.skills()).filteredOn(skill -> skill.category().equals(Skill.SOFT))
                .extracting(Skill::targetLevel).containsOnly(Level.GUIDED);
        assertThat(path.items()).allSatisfy(item -> assertThat(item.skillIds()).isEmpty());
        assertThat(path.id()).isEqualTo("backend-engineer");
    }

    @Test
    void dataEngineerWithBulletsCrlfAndByteOrderMark() {
        RoleImport result = new RoleDescriptionParser().parse(fixture("data-engineer-bullets-crlf-bom.txt"));

        assertThat(result.path().title()).isEqualTo("Data Engineer");
        assertThat(result.path().overview()).doesNotContain("\r").contains("\n\nThey work with warehouses");
        assertThat(result.preview().itemsPerSection()).containsExactly(Map.entry("Steps", 6),
                Map.entry("Background", 2), Map.entry("Practice", 5));
        assertThat(result.preview().skillsPerCategory()).containsExactly(Map.entry(Skill.TECHNICAL, 6),
                Map.entry(Skill.SOFT, 3));
        assertThat(result.unplaced()).isEmpty();
        assertThat(result.preview().warnings()).extracting(Phrase::english).isEmpty();
    }

    @Test
    void frontendDeveloperWithNumberedStepsTabsAndSectionsInAnotherOrder() {
        RoleImport result = new RoleDescriptionParser().parse(fixture("frontend-developer-numbered-tabs-reordered.txt"));
        LearningPath path = result.path();

        assertThat(path.title()).isEqualTo("Frontend Developer");
        assertThat(path.tagline()).isEqualTo("Builds the screens people use, in the browser, fast and accessible.");
        assertThat(path.overview()).isEqualTo("Frontend developers turn designs into working interfaces that run in the "
                + "browser. They balance looks, speed and accessibility on every device.");
        assertThat(titles(path, SectionKind.STEPS)).hasSize(8).first().isEqualTo("Learn HTML and semantic markup.");
        assertThat(path.categories()).containsExactly(Skill.TECHNICAL, Skill.SOFT);
        assertThat(path.industries()).containsExactly("Digital agencies", "E-commerce", "Media and publishing");
        assertThat(result.preview().selfChecks()).isEqualTo(3);
        assertThat(result.unplaced()).isEmpty();
    }

    @Test
    void devopsEngineerWithAsterisksAndNoIndustries() {
        RoleImport result = new RoleDescriptionParser().parse(fixture("devops-engineer-asterisks-no-industries.txt"));

        assertThat(result.path().title()).isEqualTo("DevOps Engineer");
        assertThat(result.path().industries()).isEmpty();
        assertThat(result.preview().skillsPerCategory()).containsExactly(Map.entry(Skill.TECHNICAL, 8),
                Map.entry(Skill.SOFT, 4));
        assertThat(result.preview().selfChecks()).isEqualTo(3);
        assertThat(result.preview().warnings()).extracting(Phrase::english)
                .anySatisfy(warning -> assertThat(warning).contains("Leading Industries"));
        assertThat(result.unplaced()).containsExactly("Top Career Pick");
    }

    @Test
    void uxDesignerWithAmpersandIndentationExtraBlankLinesAndABulletBeforeTheCategories() {
        RoleImport result = new RoleDescriptionParser().parse(fixture("ux-designer-ampersand-indented-blank-lines.txt"));
        LearningPath path = result.path();

        assertThat(path.title()).isEqualTo("UX Designer");
        assertThat(path.overview()).startsWith("UX designers research").contains("\n\nThey test ideas");
        assertThat(result.preview().itemsPerSection()).containsExactly(Map.entry("Steps", 5),
                Map.entry("Background", 2), Map.entry("Practice", 4));
        assertThat(result.preview().skillsPerCategory()).containsExactly(Map.entry(Skill.TECHNICAL, 4),
                Map.entry(Skill.SOFT, 4));
        assertThat(result.preview().industries()).isEqualTo(5);
        assertThat(result.preview().selfChecks()).isEqualTo(4);
        assertThat(result.unplaced()).containsExactly("A portfolio that shows your process, not only pictures.");
    }
}

package dev.stepwise.io;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stepwise.domain.Item;
import dev.stepwise.domain.LearningPath;
import dev.stepwise.domain.Resource;
import dev.stepwise.domain.Section;
import dev.stepwise.domain.SectionKind;
import dev.stepwise.domain.Skill;
import dev.stepwise.service.BundledPaths;
import dev.stepwise.service.Stepwise;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bundled Backend Engineer path as it ships on the classpath: it reads without errors, holds what PRODUCT.md
 * promises from the role description (7 steps in order, 3 background, 7 practice, 7 + 5 skills, 5 self checks, 6
 * industries, every step and practice item building a skill), and installs into a database and reads back exactly.
 * The only tests that read the bundled file; every other test uses its own fixture path.
 */
class BundledBackendEngineerPathTest {
    private static LearningPath path;

    @BeforeAll
    static void load() {
        List<LearningPath> bundled = BundledPaths.load();
        assertThat(bundled).hasSize(1);
        path = bundled.get(0);
    }

    private static Section section(SectionKind kind) {
        List<Section> matching = path.sections().stream().filter(section -> section.kind() == kind).toList();
        assertThat(matching).as("sections of kind %s", kind).hasSize(1);
        return matching.get(0);
    }

    @Test
    void isTheBackendEngineerPathWithTextForTheOverview() {
        assertThat(path.id()).isEqualTo("backend-engineer");
        assertThat(path.contentVersion()).isPositive();
        assertThat(path.title()).isEqualTo("Backend Engineer");
        assertThat(path.tagline()).isNotBlank();
        assertThat(path.overview()).isNotBlank();
    }

    @Test
    void hasStepsThenBackgroundThenPractice() {
        assertThat(path.sections()).extracting(Section::kind)
                .containsExactly(SectionKind.STEPS, SectionKind.BACKGROUND, SectionKind.PRACTICE);
    }

    @Test
    void hasTheSevenStepsInTheOrderOfTheRoleDescription() {
        List<String> titles = section(SectionKind.STEPS).items().stream().map(Item::title).toList();

        assertThat(titles).hasSize(7);
        assertThat(titles.get(0)).containsIgnoringCase("language");
        assertThat(titles.get(6)).containsIgnoringCase("open source");
        // One keyword per step of the seed, in the seed's order.
        List<String> keywords = List.of("language", "web", "SQL", "API", "security", "cloud", "open source");
        for (int i = 0; i < keywords.size(); i++) {
            assertThat(titles.get(i)).as("step %d", i + 1).containsIgnoringCase(keywords.get(i));
        }
    }

    @Test
    void hasThreeBackgroundAndSevenPracticeItems() {
        assertThat(section(SectionKind.BACKGROUND).items()).hasSize(3);
        assertThat(section(SectionKind.PRACTICE).items()).hasSize(7);
    }

    @Test
    void hasSevenTechnicalThenFiveSoftSkills() {
        assertThat(path.skills()).filteredOn(skill -> skill.category().equals(Skill.TECHNICAL)).hasSize(7);
        assertThat(path.skills()).filteredOn(skill -> skill.category().equals(Skill.SOFT)).hasSize(5);
        assertThat(path.skills()).hasSize(12);
        assertThat(path.categories()).containsExactly(Skill.TECHNICAL, Skill.SOFT);
    }

    @Test
    void hasFiveSelfChecksAndSixIndustries() {
        assertThat(path.selfChecks()).hasSize(5);
        assertThat(path.industries()).hasSize(6).doesNotHaveDuplicates();
    }

    @Test
    void everyStepAndPracticeItemBuildsAtLeastOneSkillOfThePath() {
        Set<String> skillIds = path.skills().stream().map(Skill::id).collect(Collectors.toSet());
        List<Item> linked = Stream.concat(section(SectionKind.STEPS).items().stream(),
                section(SectionKind.PRACTICE).items().stream()).toList();

        assertThat(linked).hasSize(14).allSatisfy(item -> {
            assertThat(item.skillIds()).as(item.id()).isNotEmpty();
            assertThat(skillIds).as(item.id()).containsAll(item.skillIds());
        });
    }

    @Test
    void everySkillIsBuiltBySomeItemSoTheMatrixCanSuggestALevel() {
        assertThat(path.skills()).allSatisfy(skill ->
                assertThat(path.itemsBuilding(skill.id())).as(skill.id()).isNotEmpty());
    }

    @Test
    void learningSqlBuildsTheDatabaseSkill() {
        Item sqlStep = section(SectionKind.STEPS).items().get(2);

        assertThat(sqlStep.skillIds()).contains("databases");
    }

    @Test
    void everyStepCarriesSubStepsAndResourcesAndEveryLinkIsAWebLink() {
        assertThat(section(SectionKind.STEPS).items()).allSatisfy(step -> {
            assertThat(step.subItems()).as(step.id()).isNotEmpty();
            assertThat(step.resources()).as(step.id()).isNotEmpty();
        });
        assertThat(path.items().flatMap(item -> item.resources().stream())).allSatisfy(resource ->
                assertThat(resource.isWebLink()).as(resource.url()).isTrue());
        assertThat(path.items().flatMap(item -> item.resources().stream()).map(Resource::url))
                .allSatisfy(url -> assertThat(url).startsWith("https://"));
    }

    @Test
    void writesAsAPathFileThatReadsBackEqual() {
        // The installed copy's upstream base is this text: reading it back must give the bundled path again.
        String written = new PathFileWriter().write(path);

        LearningPath read = new PathFileReader().read("written.json",
                new ByteArrayInputStream(written.getBytes(StandardCharsets.UTF_8)));
        assertThat(read).isEqualTo(path);
    }

    @Test
    void installsIntoANewDatabaseAndReadsBackExactly(@TempDir Path dir) {
        try (Stepwise stepwise = Stepwise.open(dir.resolve("stepwise.db"), List.of(path), Clock.systemUTC())) {
            assertThat(stepwise.pathIds()).containsExactly(path.id());
            assertThat(stepwise.progress().load(path.id()).path()).isEqualTo(path);
        }
    }
}

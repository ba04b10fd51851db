package dev.stepwise.domain;

import static dev.stepwise.domain.MergeFixtures.addItem;
import static dev.stepwise.domain.MergeFixtures.change;
import static dev.stepwise.domain.MergeFixtures.described;
import static dev.stepwise.domain.MergeFixtures.detail;
import static dev.stepwise.domain.MergeFixtures.itemIds;
import static dev.stepwise.domain.MergeFixtures.merge;
import static dev.stepwise.domain.MergeFixtures.sectionIds;
import static dev.stepwise.domain.MergeFixtures.skillIds;
import static dev.stepwise.domain.MergeFixtures.summary;
import static dev.stepwise.domain.MergeFixtures.v2;
import static dev.stepwise.domain.MergeFixtures.withSkillOrder;
import static dev.stepwise.domain.TestPaths.DEGREE;
import static dev.stepwise.domain.TestPaths.EXPERIENCE;
import static dev.stepwise.domain.TestPaths.LANG;
import static dev.stepwise.domain.TestPaths.REVIEW;
import static dev.stepwise.domain.TestPaths.SCHEMA;
import static dev.stepwise.domain.UpstreamChange.Kind.ADDED;
import static dev.stepwise.domain.UpstreamChange.Kind.EDITED;
import static dev.stepwise.domain.UpstreamChange.Kind.KEPT_YOURS;
import static dev.stepwise.domain.UpstreamChange.Kind.MOVED;
import static dev.stepwise.domain.UpstreamChange.Kind.REMOVED;
import static dev.stepwise.domain.UpstreamChange.Kind.RENAMED;
import static dev.stepwise.domain.UpstreamChange.Subject.ITEM;
import static dev.stepwise.domain.UpstreamChange.Subject.SECTION;
import static dev.stepwise.domain.UpstreamChange.Subject.SKILL;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** {@link UpstreamMerge} on sections and skills: added, removed, changed and moved upstream. */
class UpstreamMergeSectionsAndSkillsTest {

    private final LearningPath base = TestPaths.backendPath();

    @Nested
    @DisplayName("sections")
    class Sections {

        @Test
        @DisplayName("a new section goes after its upstream predecessor, with its items")
        void added() {
            LearningPath theirs = v2(PathEdits.addSection(base, 1, new Section("projects", SectionKind.PRACTICE,
                    "Projects", "", List.of(TestPaths.item("portfolio", "Build a portfolio", List.of("apis"))))));

            MergeResult result = merge(base, theirs, PathEdits.moveSection(base, "steps", 2));

            assertThat(sectionIds(result.merged())).containsExactly("background", "practice", "steps", "projects");
            assertThat(result.merged().section("projects")).contains(theirs.section("projects").orElseThrow());
            assertThat(described(result.changes())).containsExactly(
                    change(ADDED, SECTION, "projects", "Projects", "new section"),
                    change(ADDED, ITEM, "portfolio", "Build a portfolio", "added to Projects"));
        }

        @Test
        @DisplayName("a new section goes after its nearest upstream predecessor the learner kept, else first")
        void addedAfterDeletedPredecessor() {
            Section projects = new Section("projects", SectionKind.PRACTICE, "Projects", "", List.of());
            LearningPath mine = PathEdits.removeSection(base, "background");

            MergeResult afterSteps = merge(base, v2(PathEdits.addSection(base, 2, projects)), mine);
            MergeResult first = merge(base, v2(PathEdits.addSection(base, 0, projects)), mine);

            assertThat(sectionIds(afterSteps.merged())).containsExactly("steps", "projects", "practice");
            assertThat(sectionIds(first.merged())).containsExactly("projects", "steps", "practice");
        }

        @Test
        @DisplayName("a section removed upstream stays while it holds the learner's items")
        void removedButHoldsYourItems() {
            LearningPath mine = addItem(base, "background", 0, "my-course", "My online course");

            MergeResult result = merge(base, v2(PathEdits.removeSection(base, "background")), mine);

            assertThat(itemIds(result.merged(), "background")).containsExactly("my-course");
            assertThat(summary(result)).containsExactly(
                    "KEPT_YOURS SECTION background", "REMOVED ITEM " + DEGREE, "REMOVED ITEM " + EXPERIENCE);
            assertThat(detail(result.changes().get(0))).isEqualTo("removed upstream; kept: it still holds your items");
        }

        @Test
        @DisplayName("a section removed upstream goes when its items moved elsewhere upstream")
        void removedAfterItsItemsMoved() {
            LearningPath theirs = PathEdits.moveItem(PathEdits.moveItem(base, DEGREE, "practice", 2), EXPERIENCE, "practice", 3);
            theirs = v2(PathEdits.removeSection(theirs, "background"));

            MergeResult result = merge(base, theirs, base, Set.of(DEGREE, EXPERIENCE), Set.of());

            assertThat(sectionIds(result.merged())).containsExactly("steps", "practice");
            assertThat(itemIds(result.merged(), "practice")).containsExactly(SCHEMA, REVIEW, DEGREE, EXPERIENCE);
            assertThat(result.merged().archived()).isEmpty();
        }

        @Test
        @DisplayName("title, description and kind merge per field")
        void fields() {
            LearningPath theirs = PathEdits.editSection(base, "practice", "Practice", "Real projects");
            theirs = PathEdits.withSections(theirs, theirs.sections().stream().map(section -> section.id().equals("background")
                    ? new Section(section.id(), SectionKind.PRACTICE, section.title(), section.description(), section.items())
                    : section).toList());
            LearningPath mine = PathEdits.editSection(base, "practice", "Day to day", "My notes");

            MergeResult result = merge(base, v2(theirs), mine);

            Section practice = result.merged().section("practice").orElseThrow();
            assertThat(practice.title()).isEqualTo("Practice");
            assertThat(practice.description()).isEqualTo("My notes");
            assertThat(result.merged().section("background").orElseThrow().kind()).isEqualTo(SectionKind.PRACTICE);
            assertThat(described(result.changes())).containsExactly(
                    change(EDITED, SECTION, "background", "Typical background", "changed kind"),
                    change(RENAMED, SECTION, "practice", "Practice",
                            "renamed from “Day to day”; kept your description"));
        }

        @Test
        @DisplayName("a section moved upstream moves, unless the learner moved it themselves")
        void moved() {
            LearningPath theirs = v2(PathEdits.moveSection(base, "practice", 0));

            MergeResult untouched = merge(base, theirs, base);
            MergeResult movedByLearner = merge(base, theirs, PathEdits.moveSection(base, "practice", 1));

            assertThat(sectionIds(untouched.merged())).containsExactly("practice", "steps", "background");
            assertThat(described(untouched.changes())).containsExactly(change(MOVED, SECTION, "practice", "Day to day",
                    "moved to the top"));
            assertThat(sectionIds(movedByLearner.merged())).containsExactly("steps", "practice", "background");
            assertThat(summary(movedByLearner)).containsExactly("KEPT_YOURS SECTION practice");
        }
    }

    @Nested
    @DisplayName("skills")
    class Skills {

        @Test
        @DisplayName("a new skill goes after its upstream predecessor; the learner's own skills stay")
        void added() {
            LearningPath theirs = v2(withSkillOrder(base, "sql", "docker", "apis", "comms"));
            LearningPath mine = SkillEdits.addSkill(base, new Skill("rust", "Rust", "Languages", "", Level.AWARE));

            MergeResult result = merge(base, theirs, mine);

            assertThat(skillIds(result.merged())).containsExactly("sql", "docker", "apis", "comms", "rust");
            assertThat(described(result.changes())).containsExactly(change(ADDED, SKILL, "docker", "Containers",
                    "added to Technical"));
        }

        @Test
        @DisplayName("a new skill goes first when first upstream, after its nearest kept predecessor, else last")
        void addedPlacement() {
            LearningPath withoutApis = SkillEdits.removeSkill(base, "apis");
            LearningPath withoutSql = SkillEdits.removeSkill(base, "sql");

            assertThat(skillIds(merge(base, v2(withSkillOrder(base, "docker", "sql", "apis", "comms")), base).merged()))
                    .containsExactly("docker", "sql", "apis", "comms");
            assertThat(skillIds(merge(base, v2(withSkillOrder(base, "sql", "apis", "docker", "comms")), withoutApis)
                    .merged())).containsExactly("sql", "docker", "comms");
            assertThat(skillIds(merge(base, v2(withSkillOrder(base, "sql", "docker", "apis", "comms")), withoutSql)
                    .merged())).containsExactly("apis", "comms", "docker");
        }

        @Test
        @DisplayName("a skill removed upstream goes with its links when the learner neither changed nor rated it")
        void removed() {
            LearningPath mine = PathEdits.updateItem(base, LANG, item -> ItemEdits.linkSkill(item, "comms", true));

            MergeResult result = merge(base, v2(SkillEdits.removeSkill(base, "comms")), mine);

            assertThat(skillIds(result.merged())).containsExactly("sql", "apis");
            assertThat(result.merged().itemsBuilding("comms")).isEmpty();
            assertThat(result.merged().item(LANG).orElseThrow().skillIds()).containsExactly("apis");
            assertThat(described(result.changes())).last().isEqualTo(change(REMOVED, SKILL, "comms", "Communication",
                    "removed upstream"));
        }

        @Test
        @DisplayName("a skill removed upstream is kept when the learner has progress on it or changed it")
        void removedButKept() {
            LearningPath theirs = v2(SkillEdits.removeSkill(base, "comms"));
            LearningPath changed = SkillEdits.updateSkill(base, "comms", "Talking", Skill.SOFT, "", Level.AWARE);

            MergeResult rated = merge(base, theirs, base, Set.of(), Set.of("comms"));
            MergeResult edited = merge(base, theirs, changed);

            assertThat(rated.merged().skill("comms")).contains(TestPaths.COMMS);
            assertThat(described(rated.changes())).last().isEqualTo(change(KEPT_YOURS, SKILL, "comms", "Communication",
                    "removed upstream; kept: you have progress on it"));
            assertThat(edited.merged().skill("comms").orElseThrow().name()).isEqualTo("Talking");
            assertThat(edited.changes()).last().extracting(MergeFixtures::detail)
                    .isEqualTo("removed upstream; kept: you changed it");
        }

        @Test
        @DisplayName("name, category, description and target level merge per field")
        void fields() {
            LearningPath theirs = v2(SkillEdits.updateSkill(base, "sql", "Databases", Skill.TECHNICAL,
                    "SQL and schema design", Level.TEACHES));
            LearningPath mine = SkillEdits.updateSkill(base, "sql", "Relational databases", Skill.TECHNICAL,
                    "My words", Level.INDEPENDENT);

            MergeResult result = merge(base, theirs, mine);

            assertThat(result.merged().skill("sql")).contains(new Skill("sql", "Databases", Skill.TECHNICAL, "My words",
                    Level.TEACHES));
            assertThat(described(result.changes())).containsExactly(change(RENAMED, SKILL, "sql", "Databases",
                    "renamed from “Relational databases”; also changed target level"));
        }

        @Test
        @DisplayName("the learner's name is kept against a newer one")
        void nameConflict() {
            LearningPath theirs = v2(SkillEdits.updateSkill(base, "sql", "Databases", Skill.TECHNICAL, "", Level.GUIDED));
            LearningPath mine = SkillEdits.updateSkill(base, "sql", "SQL", Skill.TECHNICAL, "", Level.GUIDED);

            MergeResult result = merge(base, theirs, mine);

            assertThat(result.merged().skill("sql").orElseThrow().name()).isEqualTo("SQL");
            assertThat(described(result.changes())).containsExactly(change(KEPT_YOURS, SKILL, "sql", "SQL", "kept your name “SQL”"));
        }

        @Test
        @DisplayName("a skill the learner deleted stays deleted, even when changed upstream")
        void deletedStaysDeleted() {
            LearningPath theirs = v2(SkillEdits.updateSkill(base, "apis", "Web APIs", Skill.TECHNICAL, "", Level.TEACHES));

            MergeResult result = merge(base, theirs, SkillEdits.removeSkill(base, "apis"));

            assertThat(result.merged().skill("apis")).isEmpty();
            assertThat(result.changes()).isEmpty();
        }

        @Test
        @DisplayName("a skill moved upstream moves, unless the learner moved it themselves")
        void moved() {
            LearningPath theirs = v2(withSkillOrder(base, "comms", "sql", "apis"));

            MergeResult untouched = merge(base, theirs, base);
            MergeResult movedByLearner = merge(base, theirs, withSkillOrder(base, "sql", "comms", "apis"));

            assertThat(skillIds(untouched.merged())).containsExactly("comms", "sql", "apis");
            assertThat(described(untouched.changes())).containsExactly(change(MOVED, SKILL, "comms", "Communication",
                    "moved to the top"));
            assertThat(skillIds(movedByLearner.merged())).containsExactly("sql", "comms", "apis");
            assertThat(summary(movedByLearner)).containsExactly("KEPT_YOURS SKILL comms");
        }
    }
}

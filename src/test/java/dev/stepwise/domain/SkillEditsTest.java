package dev.stepwise.domain;

import static dev.stepwise.domain.TestPaths.APIS;
import static dev.stepwise.domain.TestPaths.COMMS;
import static dev.stepwise.domain.TestPaths.EXPERIENCE;
import static dev.stepwise.domain.TestPaths.LANG;
import static dev.stepwise.domain.TestPaths.REVIEW;
import static dev.stepwise.domain.TestPaths.SQL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SkillEditsTest {
    private static final Instant MONDAY = Instant.parse("2026-11-30T09:00:00Z");

    private final LearningPath path = TestPaths.backendPath();

    private static <T> void assertSameElements(List<T> actual, List<T> expected) {
        assertThat(actual).hasSameSizeAs(expected);
        for (int i = 0; i < expected.size(); i++) {
            assertThat(actual.get(i)).as("element %d", i).isSameAs(expected.get(i));
        }
    }

    private static Item item(LearningPath path, String itemId) {
        return path.item(itemId).orElseThrow();
    }

    @Nested
    class NewSkill {
        @Test
        @DisplayName("a new skill has stripped texts and an id made of its name")
        void fresh() {
            Skill skill = SkillEdits.newSkill(path, "  Cloud Security ", " Cloud ", " IAM, networks. ", Level.GUIDED);

            assertThat(skill).isEqualTo(new Skill("cloud-security", "Cloud Security", "Cloud", "IAM, networks.",
                    Level.GUIDED));
        }

        @Test
        @DisplayName("the id avoids the path's skill ids; a name without letters or digits gets \"skill\"")
        void uniqueIds() {
            assertThat(SkillEdits.newSkill(path, "SQL", Skill.TECHNICAL, "", Level.AWARE).id()).isEqualTo("sql-2");
            assertThat(SkillEdits.newSkill(path, "C++", Skill.TECHNICAL, "", Level.AWARE).id()).isEqualTo("c");
            assertThat(SkillEdits.newSkill(path, "???", Skill.TECHNICAL, "", Level.AWARE).id()).isEqualTo("skill");
            LearningPath withSkill = SkillEdits.addSkill(path, SkillEdits.newSkill(path, "!", "X", null, Level.AWARE));
            assertThat(SkillEdits.newSkill(withSkill, "?", "X", null, Level.AWARE).id()).isEqualTo("skill-2");
        }

        @Test
        @DisplayName("a missing description becomes empty")
        void nullDescription() {
            assertThat(SkillEdits.newSkill(path, "Docker", "Cloud", null, Level.AWARE).description()).isEmpty();
        }

        @ParameterizedTest(name = "[{index}] \"{0}\" is refused")
        @ValueSource(strings = {"", "  ", "\u00A0", "\u200B\uFEFF", "\n\t"})
        @DisplayName("a blank name or category is refused")
        void blank(String text) {
            assertThatIllegalArgumentException()
                    .isThrownBy(() -> SkillEdits.newSkill(path, text, "Cloud", "", Level.AWARE))
                    .withMessage("A skill’s name cannot be empty.");
            assertThatIllegalArgumentException()
                    .isThrownBy(() -> SkillEdits.newSkill(path, "Docker", text, "", Level.AWARE))
                    .withMessage("A category cannot be empty.");
        }

        @Test
        @DisplayName("a too-long name, category or description is refused")
        void tooLong() {
            assertThatIllegalArgumentException()
                    .isThrownBy(() -> SkillEdits.newSkill(path, "n".repeat(301), "Cloud", "", Level.AWARE))
                    .withMessage("A skill’s name is too long (at most 300 characters).");
            assertThatIllegalArgumentException()
                    .isThrownBy(() -> SkillEdits.newSkill(path, "Docker", "c".repeat(301), "", Level.AWARE))
                    .withMessage("A category is too long (at most 300 characters).");
            assertThatIllegalArgumentException()
                    .isThrownBy(() -> SkillEdits.newSkill(path, "Docker", "Cloud", "d".repeat(20_001), Level.AWARE))
                    .withMessage("The description is too long (at most 20000 characters).");
        }
    }

    @Nested
    class AddSkill {
        @Test
        @DisplayName("appends the checked skill; the other skills and all sections stay the same objects")
        void add() {
            LearningPath edited = SkillEdits.addSkill(path,
                    new Skill("docker", " Docker ", " Cloud ", " Containers ", Level.INDEPENDENT));

            assertThat(edited.skills()).extracting(Skill::id).containsExactly(SQL.id(), APIS.id(), COMMS.id(), "docker");
            assertThat(edited.skills().get(3)).isEqualTo(new Skill("docker", "Docker", "Cloud", "Containers",
                    Level.INDEPENDENT));
            assertSameElements(edited.skills().subList(0, 3), path.skills());
            assertSameElements(edited.sections(), path.sections());
            assertThat(edited.categories()).containsExactly(Skill.TECHNICAL, Skill.SOFT, "Cloud");
        }

        @Test
        @DisplayName("a skill made by newSkill can then be linked to items")
        void linkable() {
            Skill docker = SkillEdits.newSkill(path, "Docker", "Cloud", "", Level.GUIDED);
            LearningPath edited = PathEdits.updateItem(SkillEdits.addSkill(path, docker), LANG,
                    item -> ItemEdits.linkSkill(item, docker.id(), true));
            assertThat(item(edited, LANG).skillIds()).containsExactly(APIS.id(), "docker");
        }

        @Test
        @DisplayName("refuses a skill id the path already has")
        void duplicate() {
            assertThatIllegalArgumentException()
                    .isThrownBy(() -> SkillEdits.addSkill(path, new Skill("apis", "Other", "X", "", Level.AWARE)))
                    .withMessage("This path already has a skill with id \"apis\".");
        }

        @Test
        @DisplayName("refuses a blank name or category")
        void blank() {
            assertThatIllegalArgumentException()
                    .isThrownBy(() -> SkillEdits.addSkill(path, new Skill("x", "\u00A0", "X", "", Level.AWARE)))
                    .withMessage("A skill’s name cannot be empty.");
            assertThatIllegalArgumentException()
                    .isThrownBy(() -> SkillEdits.addSkill(path, new Skill("x", "X", "\u200B", "", Level.AWARE)))
                    .withMessage("A category cannot be empty.");
        }
    }

    @Nested
    class UpdateSkill {
        @Test
        @DisplayName("a name another skill has is refused, case and spaces aside; a skill keeps its own name")
        void nameTaken() {
            assertThatThrownBy(() -> SkillEdits.updateSkill(path, APIS.id(), " " + SQL.name().toUpperCase() + " ", "Web", "",
                    Level.TEACHES)).isInstanceOf(InvalidEditException.class).hasMessageContaining(SQL.name().toUpperCase());
            assertThatThrownBy(() -> SkillEdits.addSkill(path, new Skill("other", SQL.name(), "Cloud", "", Level.AWARE)))
                    .isInstanceOf(InvalidEditException.class);
            assertThat(SkillEdits.updateSkill(path, SQL.id(), SQL.name(), "Data", "", Level.AWARE).skills().get(0).category())
                    .isEqualTo("Data");
        }

        @Test
        @DisplayName("changes the skill in place, keeping its id; the other skills and all sections stay the same")
        void update() {
            LearningPath edited = SkillEdits.updateSkill(path, APIS.id(), " HTTP APIs ", " Web ", " REST, gRPC ",
                    Level.TEACHES);

            assertThat(edited.skills()).extracting(Skill::id).containsExactly(SQL.id(), APIS.id(), COMMS.id());
            assertThat(edited.skills().get(1)).isEqualTo(new Skill(APIS.id(), "HTTP APIs", "Web", "REST, gRPC",
                    Level.TEACHES));
            assertThat(edited.skills().get(0)).isSameAs(SQL);
            assertThat(edited.skills().get(2)).isSameAs(COMMS);
            assertSameElements(edited.sections(), path.sections());
            assertThat(edited.itemsBuilding(APIS.id())).extracting(Item::id)
                    .containsExactlyElementsOf(path.itemsBuilding(APIS.id()).stream().map(Item::id).toList());
        }

        @Test
        @DisplayName("refuses an unknown skill")
        void unknown() {
            assertThatIllegalArgumentException()
                    .isThrownBy(() -> SkillEdits.updateSkill(path, "docker", "Docker", "Cloud", "", Level.AWARE))
                    .withMessage("This path has no skill \"docker\".");
        }

        @ParameterizedTest(name = "[{index}] \"{0}\" is refused")
        @ValueSource(strings = {"", " ", "\u00A0\u00A0", "\u2060"})
        @DisplayName("refuses a blank name or category")
        void blank(String text) {
            assertThatIllegalArgumentException()
                    .isThrownBy(() -> SkillEdits.updateSkill(path, SQL.id(), text, "X", "", Level.AWARE))
                    .withMessage("A skill’s name cannot be empty.");
            assertThatIllegalArgumentException()
                    .isThrownBy(() -> SkillEdits.updateSkill(path, SQL.id(), "SQL", text, "", Level.AWARE))
                    .withMessage("A category cannot be empty.");
        }
    }

    @Nested
    class RemoveSkill {
        @Test
        @DisplayName("removes the skill and unlinks it from every item, keeping their other links in order")
        void remove() {
            LearningPath edited = SkillEdits.removeSkill(path, COMMS.id());

            assertThat(edited.skills()).containsExactly(SQL, APIS);
            assertThat(edited.skills().get(0)).isSameAs(SQL);
            assertThat(edited.itemsBuilding(COMMS.id())).isEmpty();
            assertThat(item(edited, EXPERIENCE).skillIds()).isEmpty();
            assertThat(item(edited, REVIEW).skillIds()).containsExactly(APIS.id());
        }

        @Test
        @DisplayName("sections and items that did not build the skill stay the same objects")
        void untouchedStaySame() {
            LearningPath edited = SkillEdits.removeSkill(path, COMMS.id());

            assertThat(edited.sections().get(0)).isSameAs(path.sections().get(0));
            Section background = edited.sections().get(1);
            assertThat(background.items().get(0)).isSameAs(path.sections().get(1).items().get(0));
            Section practice = edited.sections().get(2);
            assertThat(practice.items().get(0)).isSameAs(path.sections().get(2).items().get(0));
            assertThat(practice.title()).isEqualTo(path.sections().get(2).title());
        }

        @Test
        @DisplayName("a skill no item builds goes without touching any section")
        void unlinkedSkill() {
            LearningPath withDocker = SkillEdits.addSkill(path, new Skill("docker", "Docker", "Cloud", "", Level.AWARE));
            LearningPath edited = SkillEdits.removeSkill(withDocker, "docker");

            assertThat(edited.skills()).containsExactly(SQL, APIS, COMMS);
            assertSameElements(edited.sections(), path.sections());
        }

        @Test
        @DisplayName("archived items are unlinked too, keeping section and date; others stay the same objects")
        void archivedItems() {
            LearningPath archived = PathEdits.archiveItem(PathEdits.archiveItem(path, REVIEW, MONDAY), LANG, MONDAY);

            LearningPath edited = SkillEdits.removeSkill(archived, COMMS.id());

            ArchivedItem review = edited.archivedItem(REVIEW).orElseThrow();
            assertThat(review.item().skillIds()).containsExactly(APIS.id());
            assertThat(review.item().title()).isEqualTo("Review code");
            assertThat(review.sectionId()).isEqualTo("practice");
            assertThat(review.archivedAt()).isEqualTo(MONDAY);
            assertThat(edited.archived().get(1)).isSameAs(archived.archived().get(1));
        }

        @Test
        @DisplayName("a restored item no longer links the removed skill")
        void restoreAfterRemoval() {
            LearningPath archived = PathEdits.archiveItem(path, REVIEW, MONDAY);
            LearningPath restored = PathEdits.restoreItem(SkillEdits.removeSkill(archived, APIS.id()), REVIEW);

            assertThat(item(restored, REVIEW).skillIds()).containsExactly(COMMS.id());
        }

        @Test
        @DisplayName("refuses an unknown skill")
        void unknown() {
            assertThatIllegalArgumentException()
                    .isThrownBy(() -> SkillEdits.removeSkill(path, "docker"))
                    .withMessage("This path has no skill \"docker\".");
        }
    }
}

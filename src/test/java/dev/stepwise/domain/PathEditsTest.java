package dev.stepwise.domain;

import static dev.stepwise.domain.TestPaths.API_STEP;
import static dev.stepwise.domain.TestPaths.APIS;
import static dev.stepwise.domain.TestPaths.COMMS;
import static dev.stepwise.domain.TestPaths.DEGREE;
import static dev.stepwise.domain.TestPaths.EXPERIENCE;
import static dev.stepwise.domain.TestPaths.LANG;
import static dev.stepwise.domain.TestPaths.REVIEW;
import static dev.stepwise.domain.TestPaths.SCHEMA;
import static dev.stepwise.domain.TestPaths.SQL;
import static dev.stepwise.domain.TestPaths.SQL_STEP;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class PathEditsTest {
    private static final Instant MONDAY = Instant.parse("2026-11-30T09:00:00Z");
    private static final Instant TUESDAY = Instant.parse("2026-12-01T09:00:00Z");

    private final LearningPath path = TestPaths.backendPath();

    /** Section id → its item ids, in checklist order: the whole shape of a path in one comparable value. */
    private static Map<String, List<String>> layout(LearningPath path) {
        Map<String, List<String>> layout = new LinkedHashMap<>();
        path.sections().forEach(section -> layout.put(section.id(), section.items().stream().map(Item::id).toList()));
        return layout;
    }

    private static List<String> archivedIds(LearningPath path) {
        return path.archived().stream().map(ArchivedItem::id).toList();
    }

    private static Section section(LearningPath path, String sectionId) {
        return path.section(sectionId).orElseThrow();
    }

    private static Item item(LearningPath path, String itemId) {
        return path.item(itemId).orElseThrow();
    }

    /** The sections not named are the very objects they were before the edit. */
    private static void assertUntouchedSections(LearningPath before, LearningPath after, String... touched) {
        List<String> changed = List.of(touched);
        before.sections().stream().filter(section -> !changed.contains(section.id())).forEach(section ->
                assertThat(section(after, section.id())).as("section %s", section.id()).isSameAs(section));
    }

    /** Everything outside the sections and the archive is the very same as before. */
    private static void assertRestUntouched(LearningPath before, LearningPath after) {
        assertThat(after.id()).isEqualTo(before.id());
        assertThat(after.contentVersion()).isEqualTo(before.contentVersion());
        assertThat(after.title()).isSameAs(before.title());
        assertThat(after.tagline()).isSameAs(before.tagline());
        assertThat(after.overview()).isSameAs(before.overview());
        assertThat(after.industries()).isEqualTo(before.industries());
        assertSameElements(after.skills(), before.skills());
        assertSameElements(after.selfChecks(), before.selfChecks());
    }

    private static <T> void assertSameElements(List<T> actual, List<T> expected) {
        assertThat(actual).hasSameSizeAs(expected);
        for (int i = 0; i < expected.size(); i++) {
            assertThat(actual.get(i)).as("element %d", i).isSameAs(expected.get(i));
        }
    }

    private static Section emptySection(String id, String title) {
        return new Section(id, SectionKind.PRACTICE, title, "", List.of());
    }

    @Nested
    class WithDetails {
        @Test
        @DisplayName("sets the stripped title, tagline and overview and keeps every part of the path")
        void details() {
            LearningPath edited = PathEdits.withDetails(path, "  Platform Engineer ", " Runs the platform\n",
                    "\tA longer overview. ");

            assertThat(edited.title()).isEqualTo("Platform Engineer");
            assertThat(edited.tagline()).isEqualTo("Runs the platform");
            assertThat(edited.overview()).isEqualTo("A longer overview.");
            assertThat(edited.id()).isEqualTo(path.id());
            assertThat(edited.contentVersion()).isEqualTo(path.contentVersion());
            assertThat(edited.industries()).isEqualTo(path.industries());
            assertSameElements(edited.sections(), path.sections());
            assertSameElements(edited.skills(), path.skills());
            assertSameElements(edited.selfChecks(), path.selfChecks());
        }

        @Test
        @DisplayName("sets the leading industries, stripped, in the learner's order")
        void industries() {
            LearningPath edited = PathEdits.withDetails(path, path.title(), "", "", List.of(" Healthcare ", "Finance & banking"));

            assertThat(edited.industries()).containsExactly("Healthcare", "Finance & banking");
            assertThat(PathEdits.withDetails(edited, edited.title(), "", "", List.of()).industries()).isEmpty();
        }

        @Test
        @DisplayName("refuses a blank or too long industry, naming it")
        void badIndustry() {
            assertThatIllegalArgumentException()
                    .isThrownBy(() -> PathEdits.withDetails(path, path.title(), "", "", List.of("Retail", " ")))
                    .withMessage("An industry cannot be empty.");
            assertThatIllegalArgumentException()
                    .isThrownBy(() -> PathEdits.withDetails(path, path.title(), "", "", List.of("x".repeat(Texts.MAX_TITLE + 1))))
                    .withMessageStartingWith("An industry ");
        }

        @Test
        @DisplayName("sets the self-check statements: an edited one keeps its id, and no statement means the same path")
        void selfChecks() {
            List<SelfCheck> statements = List.of(new SelfCheck("likes-teaching", " I like explaining things\n"),
                    new SelfCheck("likes-puzzles", "I enjoy hard puzzles"));
            LearningPath edited = PathEdits.withSelfChecks(path, statements);

            assertThat(edited.selfChecks()).containsExactly(new SelfCheck("likes-teaching", "I like explaining things"),
                    new SelfCheck("likes-puzzles", "I enjoy hard puzzles"));
            assertThat(edited.sections()).isSameAs(path.sections());
            assertThat(PathEdits.withSelfChecks(edited, edited.selfChecks())).isSameAs(edited);
            assertThat(PathEdits.withSelfChecks(edited, List.of()).selfChecks()).isEmpty();
        }

        @Test
        @DisplayName("refuses a blank or too long statement, or two statements under one id")
        void badSelfChecks() {
            assertThatIllegalArgumentException()
                    .isThrownBy(() -> PathEdits.withSelfChecks(path, List.of(new SelfCheck("blank", " \t"))))
                    .withMessage("A statement cannot be empty.");
            assertThatIllegalArgumentException()
                    .isThrownBy(() -> PathEdits.withSelfChecks(path, List.of(new SelfCheck("long", "x".repeat(Texts.MAX_TITLE + 1)))))
                    .withMessageStartingWith("A statement ");
            assertThatIllegalArgumentException()
                    .isThrownBy(() -> PathEdits.withSelfChecks(path, List.of(new SelfCheck("twice", "One"), new SelfCheck("twice", "Two"))))
                    .withMessage("This path already has a statement with id \"twice\".");
        }

        @Test
        @DisplayName("keeps the archive as the same entries")
        void keepsArchive() {
            LearningPath archived = PathEdits.archiveItem(path, LANG, MONDAY);
            assertSameElements(PathEdits.withDetails(archived, "T", "", "").archived(), archived.archived());
        }

        @Test
        @DisplayName("a missing tagline or overview becomes empty")
        void nullTexts() {
            LearningPath edited = PathEdits.withDetails(path, "Backend Engineer", null, null);
            assertThat(edited.tagline()).isEmpty();
            assertThat(edited.overview()).isEmpty();
        }

        @ParameterizedTest(name = "[{index}] \"{0}\" is refused")
        @ValueSource(strings = {"", "  ", "\u00A0", "\u200B", "\uFEFF\n"})
        @DisplayName("refuses a blank title")
        void blankTitle(String title) {
            assertThatIllegalArgumentException()
                    .isThrownBy(() -> PathEdits.withDetails(path, title, "", ""))
                    .withMessage("A path’s title cannot be empty.");
        }

        @Test
        @DisplayName("refuses a too-long title, tagline or overview")
        void tooLong() {
            assertThatIllegalArgumentException()
                    .isThrownBy(() -> PathEdits.withDetails(path, "t".repeat(301), "", ""))
                    .withMessage("A path’s title is too long (at most 300 characters).");
            assertThatIllegalArgumentException()
                    .isThrownBy(() -> PathEdits.withDetails(path, "T", "x".repeat(20_001), ""))
                    .withMessage("The tagline is too long (at most 20000 characters).");
            assertThatIllegalArgumentException()
                    .isThrownBy(() -> PathEdits.withDetails(path, "T", "", "x".repeat(20_001)))
                    .withMessage("The overview is too long (at most 20000 characters).");
        }
    }

    @Nested
    class AddSection {
        @Test
        @DisplayName("inserts the section at the index with its texts stripped; the others stay the same objects")
        void insert() {
            Section projects = new Section("projects", SectionKind.PRACTICE, "  Projects ", " Things to build. ", List.of());

            LearningPath edited = PathEdits.addSection(path, 1, projects);

            assertThat(edited.sections()).extracting(Section::id)
                    .containsExactly("steps", "projects", "background", "practice");
            assertThat(section(edited, "projects"))
                    .isEqualTo(new Section("projects", SectionKind.PRACTICE, "Projects", "Things to build.", List.of()));
            assertUntouchedSections(path, edited, "projects");
            assertSameElements(edited.archived(), path.archived());
            assertRestUntouched(path, edited);
        }

        @Test
        @DisplayName("clamps the index: past the end appends, below zero prepends")
        void clamps() {
            assertThat(PathEdits.addSection(path, 99, emptySection("x", "X")).sections()).extracting(Section::id)
                    .containsExactly("steps", "background", "practice", "x");
            assertThat(PathEdits.addSection(path, 3, emptySection("x", "X")).sections()).extracting(Section::id)
                    .containsExactly("steps", "background", "practice", "x");
            assertThat(PathEdits.addSection(path, -1, emptySection("x", "X")).sections()).extracting(Section::id)
                    .containsExactly("x", "steps", "background", "practice");
        }

        @Test
        @DisplayName("a section may arrive with new items, which join the checklist")
        void withItems() {
            Section projects = new Section("projects", SectionKind.PRACTICE, "Projects", "", List.of(
                    TestPaths.item("p-cli", " Build a CLI ", List.of(APIS.id())),
                    TestPaths.item("p-blog", "Build a blog", List.of())));

            LearningPath edited = PathEdits.addSection(path, 99, projects);

            assertThat(layout(edited)).containsEntry("projects", List.of("p-cli", "p-blog"));
            assertThat(item(edited, "p-cli").title()).isEqualTo("Build a CLI");
        }

        @Test
        @DisplayName("refuses a section id the path already has")
        void duplicateSectionId() {
            assertThatIllegalArgumentException()
                    .isThrownBy(() -> PathEdits.addSection(path, 0, emptySection("background", "Another")))
                    .withMessage("This path already has a section with id \"background\".");
        }

        @ParameterizedTest(name = "[{index}] \"{0}\" is refused")
        @ValueSource(strings = {"", " ", "\u00A0\u00A0", "\u200B", "\t"})
        @DisplayName("refuses a blank title")
        void blankTitle(String title) {
            assertThatIllegalArgumentException()
                    .isThrownBy(() -> PathEdits.addSection(path, 0, emptySection("x", title)))
                    .withMessage("A section’s title cannot be empty.");
        }

        @Test
        @DisplayName("refuses a too-long title or description")
        void tooLong() {
            assertThatIllegalArgumentException()
                    .isThrownBy(() -> PathEdits.addSection(path, 0, emptySection("x", "t".repeat(301))))
                    .withMessage("A section’s title is too long (at most 300 characters).");
            assertThatIllegalArgumentException()
                    .isThrownBy(() -> PathEdits.addSection(path, 0,
                            new Section("x", SectionKind.STEPS, "X", "d".repeat(20_001), List.of())))
                    .withMessage("The description is too long (at most 20000 characters).");
        }

        @Test
        @DisplayName("refuses items whose ids are in use, in the checklist or in the archive")
        void takenItemIds() {
            Section clash = new Section("x", SectionKind.STEPS, "X", "", List.of(TestPaths.item(LANG, "Again", List.of())));
            assertThatIllegalArgumentException()
                    .isThrownBy(() -> PathEdits.addSection(path, 0, clash))
                    .withMessage("This path already has an item with id \"s-lang\".");

            LearningPath archived = PathEdits.removeItem(PathEdits.archiveItem(path, LANG, MONDAY), SQL_STEP);
            assertThatIllegalArgumentException()
                    .isThrownBy(() -> PathEdits.addSection(archived, 0, clash))
                    .withMessage("This path already has an item with id \"s-lang\".");
        }

        @Test
        @DisplayName("refuses two new items sharing one id")
        void duplicateIdsWithinTheSection() {
            Section twins = new Section("x", SectionKind.STEPS, "X", "", List.of(
                    TestPaths.item("twin", "One", List.of()), TestPaths.item("twin", "Two", List.of())));
            assertThatIllegalArgumentException()
                    .isThrownBy(() -> PathEdits.addSection(path, 0, twins))
                    .withMessage("This path already has an item with id \"twin\".");
        }

        @Test
        @DisplayName("checks the new items as addItem does: titles, links, estimates, skills")
        void checksItems() {
            assertThatIllegalArgumentException()
                    .isThrownBy(() -> PathEdits.addSection(path, 0, new Section("x", SectionKind.STEPS, "X", "",
                            List.of(TestPaths.item("a", "\u00A0", List.of())))))
                    .withMessage("An item’s title cannot be empty.");
            assertThatIllegalArgumentException()
                    .isThrownBy(() -> PathEdits.addSection(path, 0, new Section("x", SectionKind.STEPS, "X", "",
                            List.of(TestPaths.item("a", "A", List.of("docker"))))))
                    .withMessage("This path has no skill \"docker\" to link.");
            assertThatIllegalArgumentException()
                    .isThrownBy(() -> PathEdits.addSection(path, 0, new Section("x", SectionKind.STEPS, "X", "",
                            List.of(TestPaths.item("a", "A", List.of()).withResources(
                                    List.of(new Resource("evil", "javascript:alert(1)")))))))
                    .withMessage("Only web links (http:// or https://) can be added. (javascript:alert(1))");
        }
    }

    @Nested
    class EditSection {
        @Test
        @DisplayName("changes title and description only; id, kind, items and position stay")
        void edit() {
            Section before = section(path, "background");

            LearningPath edited = PathEdits.editSection(path, "background", "  Where people come from ", " Usually… ");

            Section after = section(edited, "background");
            assertThat(after.title()).isEqualTo("Where people come from");
            assertThat(after.description()).isEqualTo("Usually…");
            assertThat(after.kind()).isEqualTo(SectionKind.BACKGROUND);
            assertSameElements(after.items(), before.items());
            assertThat(edited.sections()).extracting(Section::id).containsExactly("steps", "background", "practice");
            assertUntouchedSections(path, edited, "background");
            assertRestUntouched(path, edited);
        }

        @Test
        @DisplayName("a missing description becomes empty")
        void nullDescription() {
            assertThat(section(PathEdits.editSection(path, "steps", "Steps", null), "steps").description()).isEmpty();
        }

        @Test
        @DisplayName("refuses an unknown section")
        void unknown() {
            assertThatIllegalArgumentException()
                    .isThrownBy(() -> PathEdits.editSection(path, "nope", "Title", ""))
                    .withMessage("This path has no section \"nope\".");
        }

        @ParameterizedTest(name = "[{index}] \"{0}\" is refused")
        @ValueSource(strings = {"", "   ", "\u00A0", "\u200D", "\u2060\u3000"})
        @DisplayName("refuses a blank title")
        void blankTitle(String title) {
            assertThatIllegalArgumentException()
                    .isThrownBy(() -> PathEdits.editSection(path, "steps", title, ""))
                    .withMessage("A section’s title cannot be empty.");
        }

        @Test
        @DisplayName("refuses a too-long title or description")
        void tooLong() {
            assertThatIllegalArgumentException()
                    .isThrownBy(() -> PathEdits.editSection(path, "steps", "t".repeat(301), ""))
                    .withMessage("A section’s title is too long (at most 300 characters).");
            assertThatIllegalArgumentException()
                    .isThrownBy(() -> PathEdits.editSection(path, "steps", "Steps", "d".repeat(20_001)))
                    .withMessage("The description is too long (at most 20000 characters).");
        }
    }

    @Nested
    class MoveSection {
        @Test
        @DisplayName("moves the section to the index; every section stays the same object")
        void move() {
            LearningPath edited = PathEdits.moveSection(path, "steps", 2);

            assertThat(edited.sections()).extracting(Section::id).containsExactly("background", "practice", "steps");
            assertUntouchedSections(path, edited);
            assertRestUntouched(path, edited);
        }

        @Test
        @DisplayName("moves up and down, clamping past either end")
        void positions() {
            assertThat(PathEdits.moveSection(path, "practice", 0).sections()).extracting(Section::id)
                    .containsExactly("practice", "steps", "background");
            assertThat(PathEdits.moveSection(path, "steps", 1).sections()).extracting(Section::id)
                    .containsExactly("background", "steps", "practice");
            assertThat(PathEdits.moveSection(path, "steps", 99).sections()).extracting(Section::id)
                    .containsExactly("background", "practice", "steps");
            assertThat(PathEdits.moveSection(path, "practice", -5).sections()).extracting(Section::id)
                    .containsExactly("practice", "steps", "background");
            assertThat(PathEdits.moveSection(path, "background", 1).sections()).extracting(Section::id)
                    .containsExactly("steps", "background", "practice");
        }

        @Test
        @DisplayName("refuses an unknown section")
        void unknown() {
            assertThatIllegalArgumentException()
                    .isThrownBy(() -> PathEdits.moveSection(path, "nope", 0))
                    .withMessage("This path has no section \"nope\".");
        }
    }

    @Nested
    class RemoveSection {
        @Test
        @DisplayName("removes the section with its items; the other sections stay the same objects")
        void remove() {
            LearningPath edited = PathEdits.removeSection(path, "background");

            assertThat(layout(edited)).containsExactly(
                    Map.entry("steps", List.of(LANG, SQL_STEP, API_STEP)),
                    Map.entry("practice", List.of(SCHEMA, REVIEW)));
            assertThat(edited.itemIds()).doesNotContain(DEGREE, EXPERIENCE);
            assertThat(edited.archived()).isEmpty();
            assertUntouchedSections(path, edited, "background");
            assertRestUntouched(path, edited);
        }

        @Test
        @DisplayName("archived items of the removed section are re-pointed to the first remaining section, kept whole")
        void repointsArchivedItems() {
            LearningPath archived = PathEdits.archiveItem(PathEdits.archiveItem(PathEdits.archiveItem(path,
                    LANG, MONDAY), SCHEMA, TUESDAY), SQL_STEP, TUESDAY);
            ArchivedItem lang = archived.archivedItem(LANG).orElseThrow();
            ArchivedItem schema = archived.archivedItem(SCHEMA).orElseThrow();
            ArchivedItem sql = archived.archivedItem(SQL_STEP).orElseThrow();

            LearningPath edited = PathEdits.removeSection(archived, "steps");

            assertThat(edited.archived()).hasSize(3);
            assertThat(edited.archived().get(0).item()).isSameAs(lang.item());
            assertThat(edited.archived().get(0).sectionId()).isEqualTo("background");
            assertThat(edited.archived().get(0).archivedAt()).isEqualTo(MONDAY);
            assertThat(edited.archived().get(1)).isSameAs(schema);
            assertThat(edited.archived().get(2).item()).isSameAs(sql.item());
            assertThat(edited.archived().get(2).sectionId()).isEqualTo("background");
            assertThat(edited.archived().get(2).archivedAt()).isEqualTo(TUESDAY);
        }

        @Test
        @DisplayName("refuses to remove the last section")
        void lastSection() {
            LearningPath one = PathEdits.removeSection(PathEdits.removeSection(path, "steps"), "practice");
            assertThat(one.sections()).extracting(Section::id).containsExactly("background");

            assertThatIllegalArgumentException()
                    .isThrownBy(() -> PathEdits.removeSection(one, "background"))
                    .withMessage("A path keeps at least one section: add another one first.");
        }

        @Test
        @DisplayName("refuses an unknown section, even when only one is left")
        void unknown() {
            assertThatIllegalArgumentException()
                    .isThrownBy(() -> PathEdits.removeSection(path, "nope"))
                    .withMessage("This path has no section \"nope\".");
            LearningPath one = PathEdits.removeSection(PathEdits.removeSection(path, "steps"), "practice");
            assertThatIllegalArgumentException()
                    .isThrownBy(() -> PathEdits.removeSection(one, "nope"))
                    .withMessage("This path has no section \"nope\".");
        }
    }

    @Nested
    class AddItem {
        @Test
        @DisplayName("inserts the checked item at the index; other items and sections stay the same objects")
        void insert() {
            Section before = section(path, "background");

            LearningPath edited = PathEdits.addItem(path, "background", 1,
                    TestPaths.item("b-bootcamp", "  A bootcamp ", List.of(COMMS.id())));

            assertThat(layout(edited)).containsEntry("background", List.of(DEGREE, "b-bootcamp", EXPERIENCE));
            assertThat(item(edited, "b-bootcamp")).isEqualTo(TestPaths.item("b-bootcamp", "A bootcamp", List.of(COMMS.id())));
            Section after = section(edited, "background");
            assertThat(after.items().get(0)).isSameAs(before.items().get(0));
            assertThat(after.items().get(2)).isSameAs(before.items().get(1));
            assertThat(after.title()).isEqualTo(before.title());
            assertUntouchedSections(path, edited, "background");
            assertRestUntouched(path, edited);
        }

        @Test
        @DisplayName("clamps the index: past the end appends, below zero prepends")
        void clamps() {
            Item cli = TestPaths.item("cli", "Build a CLI", List.of());
            assertThat(layout(PathEdits.addItem(path, "steps", Integer.MAX_VALUE, cli)))
                    .containsEntry("steps", List.of(LANG, SQL_STEP, API_STEP, "cli"));
            assertThat(layout(PathEdits.addItem(path, "steps", 3, cli)))
                    .containsEntry("steps", List.of(LANG, SQL_STEP, API_STEP, "cli"));
            assertThat(layout(PathEdits.addItem(path, "steps", -1, cli)))
                    .containsEntry("steps", List.of("cli", LANG, SQL_STEP, API_STEP));
        }

        @Test
        @DisplayName("adds into an empty section")
        void intoEmptySection() {
            LearningPath withEmpty = PathEdits.addSection(path, 99, emptySection("later", "Later"));
            assertThat(layout(PathEdits.addItem(withEmpty, "later", 5, TestPaths.item("x", "X", List.of()))))
                    .containsEntry("later", List.of("x"));
        }

        @Test
        @DisplayName("a new item made by newItem goes in with its generated id")
        void newItem() {
            LearningPath edited = PathEdits.addItem(path, "practice", 0, ItemEdits.newItem(path, "Write runbooks"));
            assertThat(layout(edited)).containsEntry("practice", List.of("write-runbooks", SCHEMA, REVIEW));
        }

        @Test
        @DisplayName("refuses an id already in the checklist or in the archive")
        void duplicateId() {
            assertThatIllegalArgumentException()
                    .isThrownBy(() -> PathEdits.addItem(path, "practice", 0, TestPaths.item(LANG, "Other", List.of())))
                    .withMessage("This path already has an item with id \"s-lang\".");

            LearningPath archived = PathEdits.archiveItem(path, LANG, MONDAY);
            assertThatIllegalArgumentException()
                    .isThrownBy(() -> PathEdits.addItem(archived, "steps", 0, TestPaths.item(LANG, "Other", List.of())))
                    .withMessage("This path already has an item with id \"s-lang\".");
        }

        @Test
        @DisplayName("refuses an unknown section")
        void unknownSection() {
            assertThatIllegalArgumentException()
                    .isThrownBy(() -> PathEdits.addItem(path, "nope", 0, TestPaths.item("x", "X", List.of())))
                    .withMessage("This path has no section \"nope\".");
        }

        static Stream<Arguments> badItems() {
            Item base = TestPaths.item("x", "X", List.of());
            return Stream.of(
                    Arguments.of(base.withTitle(""), "An item’s title cannot be empty."),
                    Arguments.of(base.withTitle("   "), "An item’s title cannot be empty."),
                    Arguments.of(base.withTitle("\u00A0\u202F"), "An item’s title cannot be empty."),
                    Arguments.of(base.withTitle("\u200B\u200C\uFEFF"), "An item’s title cannot be empty."),
                    Arguments.of(base.withTitle("t".repeat(301)), "An item’s title is too long (at most 300 characters)."),
                    Arguments.of(base.withEstimate(-5), "An estimate is a number of hours from 0 to 10000."),
                    Arguments.of(base.withEstimate(1_000_000), "An estimate is a number of hours from 0 to 10000."),
                    Arguments.of(base.withResources(List.of(new Resource("a", "file:///etc/passwd"))),
                            "Only web links (http:// or https://) can be added. (file:///etc/passwd)"),
                    Arguments.of(base.withSkillIds(List.of("docker")), "This path has no skill \"docker\" to link."));
        }

        @ParameterizedTest(name = "[{index}] {1}")
        @MethodSource("badItems")
        @DisplayName("refuses an item that fails the item check")
        void refusesBadItems(Item bad, String message) {
            assertThatIllegalArgumentException()
                    .isThrownBy(() -> PathEdits.addItem(path, "steps", 0, bad))
                    .withMessage(message);
        }
    }

    @Nested
    class UpdateItem {
        @Test
        @DisplayName("replaces the item in place with the checked change; everything else stays the same objects")
        void update() {
            Section before = section(path, "steps");

            LearningPath edited = PathEdits.updateItem(path, SQL_STEP, item -> item.withTitle("  Learn SQL ").withEstimate(30));

            assertThat(layout(edited)).isEqualTo(layout(path));
            Item sql = item(edited, SQL_STEP);
            assertThat(sql.title()).isEqualTo("Learn SQL");
            assertThat(sql.estimateHours()).isEqualTo(30);
            assertThat(sql.subItems()).isEqualTo(item(path, SQL_STEP).subItems());
            Section after = section(edited, "steps");
            assertThat(after.items().get(0)).isSameAs(before.items().get(0));
            assertThat(after.items().get(2)).isSameAs(before.items().get(2));
            assertUntouchedSections(path, edited, "steps");
            assertRestUntouched(path, edited);
        }

        @Test
        @DisplayName("edits an archived item in the archive, keeping its section and date; the checklist stays as it was")
        void updateArchived() {
            LearningPath archived = PathEdits.archiveItem(PathEdits.archiveItem(path, LANG, MONDAY), SCHEMA, TUESDAY);

            LearningPath edited = PathEdits.updateItem(archived, LANG, item -> item.withDetail(" Any language. "));

            ArchivedItem entry = edited.archived().get(0);
            assertThat(entry.item().detail()).isEqualTo("Any language.");
            assertThat(entry.sectionId()).isEqualTo("steps");
            assertThat(entry.archivedAt()).isEqualTo(MONDAY);
            assertThat(edited.archived().get(1)).isSameAs(archived.archived().get(1));
            assertThat(edited.item(LANG)).isEmpty();
            assertUntouchedSections(archived, edited);
        }

        @Test
        @DisplayName("links a skill the path has")
        void linkSkill() {
            LearningPath edited = PathEdits.updateItem(path, DEGREE, item -> ItemEdits.linkSkill(item, COMMS.id(), true));
            assertThat(item(edited, DEGREE).skillIds()).containsExactly(COMMS.id());
        }

        @Test
        @DisplayName("refuses linking a skill the path lacks")
        void unknownSkill() {
            assertThatIllegalArgumentException()
                    .isThrownBy(() -> PathEdits.updateItem(path, DEGREE, item -> ItemEdits.linkSkill(item, "docker", true)))
                    .withMessage("This path has no skill \"docker\" to link.");
        }

        @ParameterizedTest(name = "[{index}] \"{0}\" is refused")
        @ValueSource(strings = {"", " \t ", "\u00A0", "\u200B", "\u2060\uFEFF"})
        @DisplayName("refuses a blank title, in the checklist and in the archive")
        void blankTitle(String title) {
            assertThatIllegalArgumentException()
                    .isThrownBy(() -> PathEdits.updateItem(path, LANG, item -> item.withTitle(title)))
                    .withMessage("An item’s title cannot be empty.");
            LearningPath archived = PathEdits.archiveItem(path, LANG, MONDAY);
            assertThatIllegalArgumentException()
                    .isThrownBy(() -> PathEdits.updateItem(archived, LANG, item -> item.withTitle(title)))
                    .withMessage("An item’s title cannot be empty.");
        }

        @Test
        @DisplayName("refuses a non-web link and an insane estimate")
        void badContent() {
            assertThatIllegalArgumentException()
                    .isThrownBy(() -> PathEdits.updateItem(path, LANG, item -> item.withResources(
                            List.of(new Resource("x", "ftp://example.com/x")))))
                    .withMessage("Only web links (http:// or https://) can be added. (ftp://example.com/x)");
            assertThatIllegalArgumentException()
                    .isThrownBy(() -> PathEdits.updateItem(path, LANG, item -> item.withEstimate(-1)))
                    .withMessage("An estimate is a number of hours from 0 to 10000.");
        }

        @Test
        @DisplayName("refuses an unknown item")
        void unknown() {
            assertThatIllegalArgumentException()
                    .isThrownBy(() -> PathEdits.updateItem(path, "nope", item -> item))
                    .withMessage("This path has no item \"nope\" in its checklist.");
        }

        @Test
        @DisplayName("refuses a change that gives the item another id, which would duplicate or orphan ids")
        void idChange() {
            assertThatIllegalArgumentException()
                    .isThrownBy(() -> PathEdits.updateItem(path, LANG, item -> TestPaths.item(SQL_STEP, "Clash", List.of())))
                    .withMessage("An item’s id cannot change (\"s-lang\" became \"s-sql\").");
            LearningPath archived = PathEdits.archiveItem(path, LANG, MONDAY);
            assertThatIllegalArgumentException()
                    .isThrownBy(() -> PathEdits.updateItem(archived, LANG, item -> TestPaths.item("other", "X", List.of())))
                    .withMessage("An item’s id cannot change (\"s-lang\" became \"other\").");
        }
    }

    @Nested
    class MoveItem {
        @Test
        @DisplayName("moves within a section; all items and other sections stay the same objects")
        void withinSection() {
            LearningPath edited = PathEdits.moveItem(path, LANG, "steps", 2);

            assertThat(layout(edited)).containsEntry("steps", List.of(SQL_STEP, API_STEP, LANG));
            assertThat(item(edited, LANG)).isSameAs(item(path, LANG));
            assertThat(item(edited, SQL_STEP)).isSameAs(item(path, SQL_STEP));
            assertUntouchedSections(path, edited, "steps");
            assertRestUntouched(path, edited);
        }

        @Test
        @DisplayName("within a section, clamps the index past either end")
        void withinSectionClamps() {
            assertThat(layout(PathEdits.moveItem(path, LANG, "steps", 99)))
                    .containsEntry("steps", List.of(SQL_STEP, API_STEP, LANG));
            assertThat(layout(PathEdits.moveItem(path, API_STEP, "steps", -4)))
                    .containsEntry("steps", List.of(API_STEP, LANG, SQL_STEP));
            assertThat(layout(PathEdits.moveItem(path, SQL_STEP, "steps", 1)))
                    .containsEntry("steps", List.of(LANG, SQL_STEP, API_STEP));
        }

        @Test
        @DisplayName("moves to another section at the index; the third section stays the same object")
        void acrossSections() {
            LearningPath edited = PathEdits.moveItem(path, LANG, "background", 1);

            assertThat(layout(edited)).containsExactly(
                    Map.entry("steps", List.of(SQL_STEP, API_STEP)),
                    Map.entry("background", List.of(DEGREE, LANG, EXPERIENCE)),
                    Map.entry("practice", List.of(SCHEMA, REVIEW)));
            assertThat(item(edited, LANG)).isSameAs(item(path, LANG));
            assertThat(section(edited, "background").items().get(0)).isSameAs(item(path, DEGREE));
            assertUntouchedSections(path, edited, "steps", "background");
            assertRestUntouched(path, edited);
        }

        @Test
        @DisplayName("across sections, clamps the index past either end and fills an empty section")
        void acrossSectionsClamps() {
            assertThat(layout(PathEdits.moveItem(path, REVIEW, "steps", 99)))
                    .containsEntry("steps", List.of(LANG, SQL_STEP, API_STEP, REVIEW))
                    .containsEntry("practice", List.of(SCHEMA));
            assertThat(layout(PathEdits.moveItem(path, REVIEW, "steps", -1)))
                    .containsEntry("steps", List.of(REVIEW, LANG, SQL_STEP, API_STEP));
            LearningPath withEmpty = PathEdits.addSection(path, 1, emptySection("later", "Later"));
            assertThat(layout(PathEdits.moveItem(withEmpty, LANG, "later", 3)))
                    .containsEntry("later", List.of(LANG));
        }

        @Test
        @DisplayName("refuses an unknown item, an archived item, or an unknown section")
        void unknown() {
            assertThatIllegalArgumentException()
                    .isThrownBy(() -> PathEdits.moveItem(path, "nope", "steps", 0))
                    .withMessage("This path has no item \"nope\" in its checklist.");
            LearningPath archived = PathEdits.archiveItem(path, LANG, MONDAY);
            assertThatIllegalArgumentException()
                    .isThrownBy(() -> PathEdits.moveItem(archived, LANG, "steps", 0))
                    .withMessage("This path has no item \"s-lang\" in its checklist.");
            assertThatIllegalArgumentException()
                    .isThrownBy(() -> PathEdits.moveItem(path, LANG, "nope", 0))
                    .withMessage("This path has no section \"nope\".");
        }
    }

    @Nested
    class NudgeItem {
        @Test
        @DisplayName("moves one place up or down inside its section")
        void insideSection() {
            assertThat(layout(PathEdits.nudgeItem(path, SQL_STEP, -1)))
                    .containsEntry("steps", List.of(SQL_STEP, LANG, API_STEP));
            assertThat(layout(PathEdits.nudgeItem(path, SQL_STEP, +1)))
                    .containsEntry("steps", List.of(LANG, API_STEP, SQL_STEP));
            LearningPath edited = PathEdits.nudgeItem(path, LANG, +1);
            assertThat(layout(edited)).containsEntry("steps", List.of(SQL_STEP, LANG, API_STEP));
            assertUntouchedSections(path, edited, "steps");
        }

        @Test
        @DisplayName("only the direction counts, not the size of the step")
        void directionOnly() {
            assertThat(layout(PathEdits.nudgeItem(path, LANG, 5)))
                    .containsEntry("steps", List.of(SQL_STEP, LANG, API_STEP));
            assertThat(layout(PathEdits.nudgeItem(path, API_STEP, -7)))
                    .containsEntry("steps", List.of(LANG, API_STEP, SQL_STEP));
        }

        @Test
        @DisplayName("up from the top of a section goes to the end of the section above")
        void upAcrossBorder() {
            LearningPath edited = PathEdits.nudgeItem(path, DEGREE, -1);

            assertThat(layout(edited)).containsExactly(
                    Map.entry("steps", List.of(LANG, SQL_STEP, API_STEP, DEGREE)),
                    Map.entry("background", List.of(EXPERIENCE)),
                    Map.entry("practice", List.of(SCHEMA, REVIEW)));
            assertUntouchedSections(path, edited, "steps", "background");
        }

        @Test
        @DisplayName("down from the bottom of a section goes to the start of the section below")
        void downAcrossBorder() {
            LearningPath edited = PathEdits.nudgeItem(path, EXPERIENCE, +1);

            assertThat(layout(edited)).containsExactly(
                    Map.entry("steps", List.of(LANG, SQL_STEP, API_STEP)),
                    Map.entry("background", List.of(DEGREE)),
                    Map.entry("practice", List.of(EXPERIENCE, SCHEMA, REVIEW)));
            assertUntouchedSections(path, edited, "background", "practice");
        }

        @Test
        @DisplayName("nudging back undoes a nudge across a border")
        void roundTrip() {
            LearningPath down = PathEdits.nudgeItem(path, API_STEP, +1);
            assertThat(layout(down)).containsEntry("background", List.of(API_STEP, DEGREE, EXPERIENCE));
            assertThat(layout(PathEdits.nudgeItem(down, API_STEP, -1))).isEqualTo(layout(path));
        }

        @Test
        @DisplayName("an empty section is a stop on the way, not skipped")
        void throughEmptySection() {
            LearningPath withEmpty = PathEdits.addSection(path, 1, emptySection("later", "Later"));

            LearningPath once = PathEdits.nudgeItem(withEmpty, API_STEP, +1);
            assertThat(layout(once)).containsEntry("steps", List.of(LANG, SQL_STEP))
                    .containsEntry("later", List.of(API_STEP));
            LearningPath twice = PathEdits.nudgeItem(once, API_STEP, +1);
            assertThat(layout(twice)).containsEntry("later", List.of())
                    .containsEntry("background", List.of(API_STEP, DEGREE, EXPERIENCE));
        }

        @Test
        @DisplayName("at the very top or the very bottom nothing moves: the same path comes back")
        void edges() {
            assertThat(PathEdits.nudgeItem(path, LANG, -1)).isSameAs(path);
            assertThat(PathEdits.nudgeItem(path, REVIEW, +1)).isSameAs(path);
        }

        @Test
        @DisplayName("the top of a path whose first section is empty is the first item, one section down")
        void edgeBelowEmptySection() {
            LearningPath emptyFirst = PathEdits.addSection(path, 0, emptySection("intro", "Intro"));
            LearningPath up = PathEdits.nudgeItem(emptyFirst, LANG, -1);
            assertThat(layout(up)).containsEntry("intro", List.of(LANG));
            assertThat(PathEdits.nudgeItem(up, LANG, -1)).isSameAs(up);
        }

        @Test
        @DisplayName("refuses an unknown or archived item")
        void unknown() {
            assertThatIllegalArgumentException()
                    .isThrownBy(() -> PathEdits.nudgeItem(path, "nope", 1))
                    .withMessage("This path has no item \"nope\" in its checklist.");
            LearningPath archived = PathEdits.archiveItem(path, LANG, MONDAY);
            assertThatIllegalArgumentException()
                    .isThrownBy(() -> PathEdits.nudgeItem(archived, LANG, 1))
                    .withMessage("This path has no item \"s-lang\" in its checklist.");
        }
    }

    @Nested
    class RemoveItem {
        @Test
        @DisplayName("removes a checklist item; the other items and sections stay the same objects")
        void fromChecklist() {
            LearningPath edited = PathEdits.removeItem(path, SQL_STEP);

            assertThat(layout(edited)).containsEntry("steps", List.of(LANG, API_STEP));
            assertThat(edited.itemIds()).doesNotContain(SQL_STEP);
            assertThat(section(edited, "steps").items().get(0)).isSameAs(item(path, LANG));
            assertThat(section(edited, "steps").items().get(1)).isSameAs(item(path, API_STEP));
            assertUntouchedSections(path, edited, "steps");
            assertRestUntouched(path, edited);
        }

        @Test
        @DisplayName("removes an archived item for good; the checklist and the other archived items stay")
        void fromArchive() {
            LearningPath archived = PathEdits.archiveItem(PathEdits.archiveItem(path, LANG, MONDAY), SCHEMA, TUESDAY);

            LearningPath edited = PathEdits.removeItem(archived, LANG);

            assertThat(archivedIds(edited)).containsExactly(SCHEMA);
            assertThat(edited.archived().get(0)).isSameAs(archived.archived().get(1));
            assertThat(edited.itemIds()).doesNotContain(LANG);
            assertUntouchedSections(archived, edited);
        }

        @Test
        @DisplayName("a section may be emptied")
        void emptiesSection() {
            LearningPath edited = PathEdits.removeItem(PathEdits.removeItem(path, DEGREE), EXPERIENCE);
            assertThat(layout(edited)).containsEntry("background", List.of());
        }

        @Test
        @DisplayName("refuses an unknown item")
        void unknown() {
            assertThatIllegalArgumentException()
                    .isThrownBy(() -> PathEdits.removeItem(path, "nope"))
                    .withMessage("This path has no item \"nope\" in its checklist.");
        }
    }

    @Nested
    class ArchiveAndRestore {
        @Test
        @DisplayName("archiving takes the item out of the checklist into the archive, with its section and time")
        void archive() {
            Item lang = item(path, LANG);

            LearningPath edited = PathEdits.archiveItem(path, LANG, MONDAY);

            assertThat(layout(edited)).containsEntry("steps", List.of(SQL_STEP, API_STEP));
            assertThat(edited.item(LANG)).isEmpty();
            assertThat(edited.archived()).hasSize(1);
            ArchivedItem entry = edited.archived().get(0);
            assertThat(entry.item()).isSameAs(lang);
            assertThat(entry.sectionId()).isEqualTo("steps");
            assertThat(entry.archivedAt()).isEqualTo(MONDAY);
            assertThat(edited.itemIds()).contains(LANG);
            assertUntouchedSections(path, edited, "steps");
            assertRestUntouched(path, edited);
        }

        @Test
        @DisplayName("a newly archived item goes after those archived before, which stay the same objects")
        void archiveAppends() {
            LearningPath once = PathEdits.archiveItem(path, SCHEMA, MONDAY);
            LearningPath twice = PathEdits.archiveItem(once, DEGREE, TUESDAY);

            assertThat(archivedIds(twice)).containsExactly(SCHEMA, DEGREE);
            assertThat(twice.archived().get(0)).isSameAs(once.archived().get(0));
            assertThat(twice.archived().get(1).sectionId()).isEqualTo("background");
            assertUntouchedSections(once, twice, "background");
        }

        @Test
        @DisplayName("refuses archiving an unknown or already archived item")
        void archiveRefusals() {
            assertThatIllegalArgumentException()
                    .isThrownBy(() -> PathEdits.archiveItem(path, "nope", MONDAY))
                    .withMessage("This path has no item \"nope\" in its checklist.");
            LearningPath archived = PathEdits.archiveItem(path, LANG, MONDAY);
            assertThatIllegalArgumentException()
                    .isThrownBy(() -> PathEdits.archiveItem(archived, LANG, TUESDAY))
                    .withMessage("This path has no item \"s-lang\" in its checklist.");
        }

        @Test
        @DisplayName("restoring puts the item back at the end of its former section, as it was")
        void restore() {
            LearningPath archived = PathEdits.archiveItem(path, LANG, MONDAY);

            LearningPath restored = PathEdits.restoreItem(archived, LANG);

            assertThat(layout(restored)).containsExactly(
                    Map.entry("steps", List.of(SQL_STEP, API_STEP, LANG)),
                    Map.entry("background", List.of(DEGREE, EXPERIENCE)),
                    Map.entry("practice", List.of(SCHEMA, REVIEW)));
            assertThat(item(restored, LANG)).isEqualTo(item(path, LANG));
            assertThat(restored.archived()).isEmpty();
            assertUntouchedSections(archived, restored, "steps");
            assertRestUntouched(path, restored);
        }

        @Test
        @DisplayName("restoring one archived item leaves the other archived items as the same objects")
        void restoreKeepsOtherArchived() {
            LearningPath archived = PathEdits.archiveItem(PathEdits.archiveItem(PathEdits.archiveItem(path,
                    LANG, MONDAY), SCHEMA, MONDAY), DEGREE, TUESDAY);

            LearningPath restored = PathEdits.restoreItem(archived, SCHEMA);

            assertThat(archivedIds(restored)).containsExactly(LANG, DEGREE);
            assertThat(restored.archived().get(0)).isSameAs(archived.archived().get(0));
            assertThat(restored.archived().get(1)).isSameAs(archived.archived().get(2));
            assertThat(layout(restored)).containsEntry("practice", List.of(REVIEW, SCHEMA));
        }

        @Test
        @DisplayName("an item archived from a removed section is restored into the first section")
        void restoreAfterSectionRemoved() {
            LearningPath archived = PathEdits.archiveItem(path, EXPERIENCE, MONDAY);
            LearningPath removed = PathEdits.removeSection(archived, "background");

            LearningPath restored = PathEdits.restoreItem(removed, EXPERIENCE);

            assertThat(layout(restored)).containsExactly(
                    Map.entry("steps", List.of(LANG, SQL_STEP, API_STEP, EXPERIENCE)),
                    Map.entry("practice", List.of(SCHEMA, REVIEW)));
        }

        @Test
        @DisplayName("an archive entry naming a section the path no longer has is restored into the first section")
        void restoreIntoFirstSectionWhenGone() {
            Item old = TestPaths.item("old", "Something upstream dropped", List.of(SQL.id()));
            LearningPath upstream = withArchive(path, new ArchivedItem(old, "gone", MONDAY));

            LearningPath restored = PathEdits.restoreItem(upstream, "old");

            assertThat(layout(restored)).containsEntry("steps", List.of(LANG, SQL_STEP, API_STEP, "old"));
            assertThat(restored.archived()).isEmpty();
        }

        @Test
        @DisplayName("links to skills the path no longer has are dropped on restore; the others stay in order")
        void restoreDropsMissingSkills() {
            Item old = TestPaths.item("old", "Old", List.of("docker", COMMS.id(), "k8s", SQL.id()));
            LearningPath upstream = withArchive(path, new ArchivedItem(old, "practice", MONDAY));

            LearningPath restored = PathEdits.restoreItem(upstream, "old");

            assertThat(layout(restored)).containsEntry("practice", List.of(SCHEMA, REVIEW, "old"));
            assertThat(item(restored, "old").skillIds()).containsExactly(COMMS.id(), SQL.id());
        }

        @Test
        @DisplayName("refuses restoring an item that is not archived")
        void restoreRefusals() {
            assertThatIllegalArgumentException()
                    .isThrownBy(() -> PathEdits.restoreItem(path, "nope"))
                    .withMessage("No archived item \"nope\" in this path.");
            assertThatIllegalArgumentException()
                    .isThrownBy(() -> PathEdits.restoreItem(path, LANG))
                    .withMessage("No archived item \"s-lang\" in this path.");
        }

        private static LearningPath withArchive(LearningPath path, ArchivedItem... entries) {
            return new LearningPath(path.id(), path.contentVersion(), path.title(), path.tagline(), path.overview(),
                    path.industries(), path.skills(), path.sections(), path.selfChecks(), List.of(entries));
        }
    }
}

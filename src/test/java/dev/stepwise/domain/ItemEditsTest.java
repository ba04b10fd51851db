package dev.stepwise.domain;

import static dev.stepwise.domain.TestPaths.APIS;
import static dev.stepwise.domain.TestPaths.COMMS;
import static dev.stepwise.domain.TestPaths.SQL;
import static dev.stepwise.domain.TestPaths.SQL_STEP;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class ItemEditsTest {

    private final LearningPath path = TestPaths.backendPath();
    /** "Learn SQL and design databases" with sub-steps joins, indexes, transactions. */
    private final Item learnSql = path.item(SQL_STEP).orElseThrow();

    private static List<String> subIds(Item item) {
        return item.subItems().stream().map(SubItem::id).toList();
    }

    @Nested
    class NewItem {
        @Test
        @DisplayName("a new item has the stripped title, an id made of it, and nothing else yet")
        void fresh() {
            Item item = ItemEdits.newItem(path, "  Learn Docker \u00A0");

            assertThat(item).isEqualTo(new Item("learn-docker", "Learn Docker", "", List.of(), List.of(), List.of(),
                    null, null));
        }

        @Test
        @DisplayName("the id avoids every id in use, archived items included")
        void idAvoidsChecklistAndArchive() {
            LearningPath withDocker = PathEdits.addItem(path, "steps", 0, TestPaths.item("docker", "Docker", List.of()));
            assertThat(ItemEdits.newItem(withDocker, "Docker").id()).isEqualTo("docker-2");

            LearningPath archived = PathEdits.archiveItem(withDocker, "docker", Instant.EPOCH);
            assertThat(archived.item("docker")).isEmpty();
            assertThat(ItemEdits.newItem(archived, "Docker").id()).isEqualTo("docker-2");
        }

        @Test
        @DisplayName("asking the path's lookups which ids are taken gives the id the walk of every id gives")
        void idFromLookupsIsIdFromEveryId() {
            LearningPath twice = PathEdits.addItem(path, "steps", 0, TestPaths.item("docker-2", "Docker", List.of()));
            LearningPath both = PathEdits.archiveItem(PathEdits.addItem(twice, "steps", 0,
                    TestPaths.item("docker", "Docker", List.of())), "docker-2", Instant.EPOCH);
            for (LearningPath any : List.of(path, twice, both)) {
                for (String title : List.of("Docker", "Learn SQL", "?!", SQL_STEP)) {
                    assertThat(ItemEdits.newItem(PathState.fresh(any).shape(), title))
                            .as("%s in %s", title, any.itemIds()).isEqualTo(ItemEdits.newItem(any, title));
                }
            }
            assertThat(ItemEdits.newItem(PathState.fresh(both).shape(), "Docker").id()).isEqualTo("docker-3");
        }

        @Test
        @DisplayName("a title without letters or digits gets the id \"item\"")
        void fallbackId() {
            assertThat(ItemEdits.newItem(path, "?!").id()).isEqualTo("item");
            assertThat(ItemEdits.newItem(path, "?!").title()).isEqualTo("?!");
        }

        @ParameterizedTest(name = "[{index}] \"{0}\" is refused")
        @ValueSource(strings = {"", "   ", "\u00A0", "\u200B\u200B", "\t\n"})
        @DisplayName("a blank title is refused")
        void blankTitle(String title) {
            assertThatIllegalArgumentException()
                    .isThrownBy(() -> ItemEdits.newItem(path, title))
                    .withMessage("An item’s title cannot be empty.");
        }

        @Test
        @DisplayName("a too-long title is refused")
        void longTitle() {
            assertThatIllegalArgumentException()
                    .isThrownBy(() -> ItemEdits.newItem(path, "t".repeat(301)))
                    .withMessage("An item’s title is too long (at most 300 characters).");
        }
    }

    @Nested
    class SubItems {
        @Test
        @DisplayName("addSubItem inserts at the index with an id made of the title, keeping everything else")
        void add() {
            Item edited = ItemEdits.addSubItem(learnSql, 1, "  Window functions ");

            assertThat(subIds(edited)).containsExactly("joins", "window-functions", "indexes", "transactions");
            assertThat(edited.subItems().get(1)).isEqualTo(new SubItem("window-functions", "Window functions"));
            assertThat(edited.subItems().get(0)).isSameAs(learnSql.subItems().get(0));
            assertThat(edited.subItems().get(2)).isSameAs(learnSql.subItems().get(1));
            assertThat(edited.withSubItems(learnSql.subItems())).isEqualTo(learnSql);
        }

        @Test
        @DisplayName("addSubItem clamps the index: past the end appends, below zero prepends")
        void addClamps() {
            assertThat(subIds(ItemEdits.addSubItem(learnSql, 99, "Views")))
                    .containsExactly("joins", "indexes", "transactions", "views");
            assertThat(subIds(ItemEdits.addSubItem(learnSql, Integer.MAX_VALUE, "Views")))
                    .containsExactly("joins", "indexes", "transactions", "views");
            assertThat(subIds(ItemEdits.addSubItem(learnSql, -3, "Views")))
                    .containsExactly("views", "joins", "indexes", "transactions");
        }

        @Test
        @DisplayName("a sub-step whose title slugs to a taken id is numbered; a symbol-only one is \"sub-step\"")
        void addUniqueIds() {
            Item twice = ItemEdits.addSubItem(ItemEdits.addSubItem(learnSql, 99, "Joins!"), 99, "JOINS");
            assertThat(subIds(twice)).containsExactly("joins", "indexes", "transactions", "joins-2", "joins-3");

            Item symbols = ItemEdits.addSubItem(ItemEdits.addSubItem(learnSql, 99, "???"), 99, "!!!");
            assertThat(subIds(symbols)).containsExactly("joins", "indexes", "transactions", "sub-step", "sub-step-2");
        }

        @ParameterizedTest(name = "[{index}] \"{0}\" is refused")
        @ValueSource(strings = {"", " ", "\u00A0\u00A0", "\uFEFF", "\u2060 \u200C"})
        @DisplayName("addSubItem and renameSubItem refuse a blank title")
        void blankTitles(String title) {
            assertThatIllegalArgumentException()
                    .isThrownBy(() -> ItemEdits.addSubItem(learnSql, 0, title))
                    .withMessage("A sub-step’s title cannot be empty.");
            assertThatIllegalArgumentException()
                    .isThrownBy(() -> ItemEdits.renameSubItem(learnSql, "joins", title))
                    .withMessage("A sub-step’s title cannot be empty.");
        }

        @Test
        @DisplayName("addSubItem refuses a too-long title")
        void longTitle() {
            assertThatIllegalArgumentException()
                    .isThrownBy(() -> ItemEdits.addSubItem(learnSql, 0, "s".repeat(301)))
                    .withMessage("A sub-step’s title is too long (at most 300 characters).");
        }

        @Test
        @DisplayName("renameSubItem changes the title only: the id and the position stay")
        void rename() {
            Item edited = ItemEdits.renameSubItem(learnSql, "indexes", "  B-tree indexes ");

            assertThat(edited.subItems()).containsExactly(new SubItem("joins", "Joins"),
                    new SubItem("indexes", "B-tree indexes"), new SubItem("transactions", "Transactions"));
            assertThat(edited.subItems().get(0)).isSameAs(learnSql.subItems().get(0));
            assertThat(edited.subItems().get(2)).isSameAs(learnSql.subItems().get(2));
        }

        @Test
        @DisplayName("moveSubItem puts the sub-step at the index, clamping past either end")
        void move() {
            assertThat(subIds(ItemEdits.moveSubItem(learnSql, "joins", 2)))
                    .containsExactly("indexes", "transactions", "joins");
            assertThat(subIds(ItemEdits.moveSubItem(learnSql, "transactions", 0)))
                    .containsExactly("transactions", "joins", "indexes");
            assertThat(subIds(ItemEdits.moveSubItem(learnSql, "joins", 1)))
                    .containsExactly("indexes", "joins", "transactions");
            assertThat(subIds(ItemEdits.moveSubItem(learnSql, "joins", 99)))
                    .containsExactly("indexes", "transactions", "joins");
            assertThat(subIds(ItemEdits.moveSubItem(learnSql, "transactions", -1)))
                    .containsExactly("transactions", "joins", "indexes");
            assertThat(ItemEdits.moveSubItem(learnSql, "indexes", 1).subItems()).isEqualTo(learnSql.subItems());
        }

        @Test
        @DisplayName("moving keeps the very same sub-step objects")
        void moveKeepsObjects() {
            Item moved = ItemEdits.moveSubItem(learnSql, "joins", 2);
            assertThat(moved.subItems().get(2)).isSameAs(learnSql.subItems().get(0));
            assertThat(moved.subItems().get(0)).isSameAs(learnSql.subItems().get(1));
        }

        @Test
        @DisplayName("removeSubItem removes exactly that sub-step")
        void remove() {
            assertThat(subIds(ItemEdits.removeSubItem(learnSql, "indexes"))).containsExactly("joins", "transactions");
            Item none = ItemEdits.removeSubItem(ItemEdits.removeSubItem(ItemEdits.removeSubItem(learnSql,
                    "joins"), "indexes"), "transactions");
            assertThat(none.subItems()).isEmpty();
            assertThat(none.title()).isEqualTo(learnSql.title());
        }

        @Test
        @DisplayName("renaming, moving or removing an unknown sub-step is refused, naming the item")
        void unknownSubItem() {
            String message = "Item \"Learn SQL and design databases\" has no sub-step \"views\".";
            assertThatIllegalArgumentException()
                    .isThrownBy(() -> ItemEdits.renameSubItem(learnSql, "views", "Views"))
                    .withMessage(message);
            assertThatIllegalArgumentException()
                    .isThrownBy(() -> ItemEdits.moveSubItem(learnSql, "views", 0))
                    .withMessage(message);
            assertThatIllegalArgumentException()
                    .isThrownBy(() -> ItemEdits.removeSubItem(learnSql, "views"))
                    .withMessage(message);
        }
    }

    @Nested
    class LinkSkill {
        @Test
        @DisplayName("linking adds the skill after the existing links")
        void link() {
            assertThat(ItemEdits.linkSkill(learnSql, APIS.id(), true).skillIds()).containsExactly(SQL.id(), APIS.id());
        }

        @Test
        @DisplayName("unlinking removes only that skill, keeping the others in order")
        void unlink() {
            Item review = path.item(TestPaths.REVIEW).orElseThrow();
            Item three = ItemEdits.linkSkill(review, SQL.id(), true);
            assertThat(three.skillIds()).containsExactly(COMMS.id(), APIS.id(), SQL.id());
            assertThat(ItemEdits.linkSkill(three, APIS.id(), false).skillIds()).containsExactly(COMMS.id(), SQL.id());
        }

        @Test
        @DisplayName("linking a linked skill or unlinking an unlinked one returns the very same item")
        void noChangeIsSameItem() {
            assertThat(ItemEdits.linkSkill(learnSql, SQL.id(), true)).isSameAs(learnSql);
            assertThat(ItemEdits.linkSkill(learnSql, COMMS.id(), false)).isSameAs(learnSql);
        }

        @Test
        @DisplayName("linking a skill the path lacks is refused when the item goes back into the path")
        void unknownSkillRefusedByThePath() {
            assertThatIllegalArgumentException()
                    .isThrownBy(() -> PathEdits.updateItem(path, SQL_STEP,
                            item -> ItemEdits.linkSkill(item, "docker", true)))
                    .withMessage("This path has no skill \"docker\" to link.");
        }
    }

    @Nested
    class Checked {
        @Test
        @DisplayName("a good item comes back with every text stripped and everything else as it was")
        void strips() {
            Item messy = new Item("x", "  Learn Docker\u00A0", "  Containers.\n",
                    List.of(new SubItem("images", " Images "), new SubItem("volumes", "Volumes\t")),
                    List.of(new Resource(" Docs ", "  https://docs.docker.com/  ")),
                    List.of(APIS.id(), SQL.id()), 12, LocalDate.of(2027, 3, 1));

            Item checked = ItemEdits.checked(path, messy);

            assertThat(checked).isEqualTo(new Item("x", "Learn Docker", "Containers.",
                    List.of(new SubItem("images", "Images"), new SubItem("volumes", "Volumes")),
                    List.of(new Resource("Docs", "https://docs.docker.com/")),
                    List.of(APIS.id(), SQL.id()), 12, LocalDate.of(2027, 3, 1)));
        }

        @Test
        @DisplayName("the estimate's bounds 0 and MAX_ESTIMATE_HOURS pass, and so does no estimate")
        void estimateBounds() {
            assertThat(ItemEdits.checked(path, learnSql.withEstimate(0)).estimateHours()).isZero();
            assertThat(ItemEdits.checked(path, learnSql.withEstimate(10_000)).estimateHours()).isEqualTo(10_000);
            assertThat(ItemEdits.checked(path, learnSql.withEstimate(null)).estimate()).isEmpty();
        }

        static Stream<Arguments> badItems() {
            Item base = new Item("x", "Learn Docker", "", List.of(), List.of(), List.of(), null, null);
            return Stream.of(
                    Arguments.of("blank title", base.withTitle(" \u00A0 "), "An item’s title cannot be empty."),
                    Arguments.of("zero-width title", base.withTitle("\u200B\u200D"), "An item’s title cannot be empty."),
                    Arguments.of("long title", base.withTitle("t".repeat(301)),
                            "An item’s title is too long (at most 300 characters)."),
                    Arguments.of("long detail", base.withDetail("d".repeat(20_001)),
                            "The detail is too long (at most 20000 characters)."),
                    Arguments.of("negative estimate", base.withEstimate(-1),
                            "An estimate is a number of hours from 0 to 10000."),
                    Arguments.of("huge estimate", base.withEstimate(10_001),
                            "An estimate is a number of hours from 0 to 10000."),
                    Arguments.of("blank sub-step", base.withSubItems(List.of(new SubItem("a", "A"), new SubItem("b", "\t"))),
                            "A sub-step’s title cannot be empty."),
                    Arguments.of("duplicate sub-step ids",
                            base.withSubItems(List.of(new SubItem("a", "A"), new SubItem("a", "Also A"))),
                            "Two sub-steps share the id \"a\"."),
                    Arguments.of("javascript: link", base.withResources(List.of(new Resource("x", "javascript:alert(1)"))),
                            "Only web links (http:// or https://) can be added. (javascript:alert(1))"),
                    Arguments.of("file: link", base.withResources(List.of(new Resource("x", "file:///etc/passwd"))),
                            "Only web links (http:// or https://) can be added. (file:///etc/passwd)"),
                    Arguments.of("ftp: link", base.withResources(List.of(new Resource("x", "ftp://example.com/a"))),
                            "Only web links (http:// or https://) can be added. (ftp://example.com/a)"),
                    Arguments.of("empty link", base.withResources(List.of(new Resource("x", " "))),
                            "A link cannot be empty. ( )"),
                    Arguments.of("blank resource title",
                            base.withResources(List.of(new Resource("\u00A0", "https://example.com"))),
                            "A resource’s title cannot be empty."),
                    Arguments.of("unknown skill", base.withSkillIds(List.of(SQL.id(), "docker")),
                            "This path has no skill \"docker\" to link."),
                    Arguments.of("skill linked twice", base.withSkillIds(List.of(SQL.id(), APIS.id(), SQL.id())),
                            "A skill is linked twice."));
        }

        @ParameterizedTest(name = "[{index}] {0}")
        @MethodSource("badItems")
        @DisplayName("an item with something wrong is refused with the learner-facing reason")
        void refusals(String what, Item bad, String message) {
            assertThatIllegalArgumentException()
                    .isThrownBy(() -> ItemEdits.checked(path, bad))
                    .withMessage(message);
        }
    }
}

package dev.stepwise.domain;

import static dev.stepwise.domain.MergeFixtures.EARLIER;
import static dev.stepwise.domain.MergeFixtures.addItem;
import static dev.stepwise.domain.MergeFixtures.change;
import static dev.stepwise.domain.MergeFixtures.described;
import static dev.stepwise.domain.MergeFixtures.itemIds;
import static dev.stepwise.domain.MergeFixtures.merge;
import static dev.stepwise.domain.MergeFixtures.rename;
import static dev.stepwise.domain.MergeFixtures.summary;
import static dev.stepwise.domain.MergeFixtures.v2;
import static dev.stepwise.domain.TestPaths.API_STEP;
import static dev.stepwise.domain.TestPaths.DEGREE;
import static dev.stepwise.domain.TestPaths.EXPERIENCE;
import static dev.stepwise.domain.TestPaths.LANG;
import static dev.stepwise.domain.TestPaths.REVIEW;
import static dev.stepwise.domain.TestPaths.SCHEMA;
import static dev.stepwise.domain.TestPaths.SQL_STEP;
import static dev.stepwise.domain.UpstreamChange.Kind.ADDED;
import static dev.stepwise.domain.UpstreamChange.Kind.ARCHIVED;
import static dev.stepwise.domain.UpstreamChange.Kind.EDITED;
import static dev.stepwise.domain.UpstreamChange.Kind.KEPT_YOURS;
import static dev.stepwise.domain.UpstreamChange.Kind.MOVED;
import static dev.stepwise.domain.UpstreamChange.Kind.RENAMED;
import static dev.stepwise.domain.UpstreamChange.Subject.ITEM;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** {@link UpstreamMerge} on items: their fields merged three-way, and where added and moved items go. */
class UpstreamMergeItemsTest {

    private final LearningPath base = TestPaths.backendPath();

    @Nested
    @DisplayName("items changed upstream")
    class ItemFields {

        @Test
        @DisplayName("an untouched item takes the new title, reported as renamed under its new title")
        void renamed() {
            MergeResult result = merge(base, v2(rename(base, SQL_STEP, "Learn SQL")), base);

            assertThat(result.merged().item(SQL_STEP).orElseThrow().title()).isEqualTo("Learn SQL");
            assertThat(described(result.changes())).containsExactly(change(RENAMED, ITEM, SQL_STEP, "Learn SQL",
                    "renamed from “Learn SQL and design databases”"));
        }

        @Test
        @DisplayName("the detail is a phrase: German in a German window, the fields joined in German too")
        void theDetailIsSaidInGerman() {
            LearningPath theirs = v2(PathEdits.updateItem(rename(base, SQL_STEP, "Learn SQL"), SQL_STEP,
                    item -> item.withEstimate(30).withDetail("Start with joins.")));

            UpstreamChange change = merge(base, theirs, base).changes().get(0);

            assertThat(change.detail().english())
                    .isEqualTo("renamed from “Learn SQL and design databases”; also changed details, estimate");
            assertThat(change.detail().in(ResourceBundle.getBundle(Phrase.BUNDLE, Locale.GERMAN), Locale.GERMAN))
                    .isEqualTo("umbenannt von „Learn SQL and design databases“; außerdem geändert: Details, Schätzung");
        }

        @Test
        @DisplayName("every content field follows the newer version when the learner left it alone")
        void allFields() {
            LearningPath theirs = v2(PathEdits.updateItem(base, SQL_STEP, item -> ItemEdits.addSubItem(item, 3, "Views")
                    .withResources(List.of(new Resource("Docs", "https://example.com/docs")))
                    .withSkillIds(List.of("sql", "apis")).withEstimate(30).withDetail("Start with joins.")));
            theirs = PathEdits.updateItem(theirs, SQL_STEP, item -> new Item(item.id(), item.title(), item.detail(),
                    item.subItems(), item.resources(), item.skillIds(), item.estimateHours(), LocalDate.of(2025, 9, 1)));

            MergeResult result = merge(base, theirs, base);

            assertThat(result.merged().item(SQL_STEP)).contains(theirs.item(SQL_STEP).orElseThrow());
            assertThat(described(result.changes())).containsExactly(change(EDITED, ITEM, SQL_STEP, "Learn SQL and design databases",
                    "changed details, sub-steps, resources, linked skills, estimate, target date"));
        }

        @Test
        @DisplayName("the learner's field is kept, the others follow the newer version: one entry for the item")
        void conflictPerField() {
            LearningPath theirs = v2(PathEdits.updateItem(base, SQL_STEP,
                    item -> item.withTitle("Learn SQL").withDetail("Joins first.")));
            LearningPath mine = rename(base, SQL_STEP, "My SQL");

            MergeResult result = merge(base, theirs, mine);

            Item merged = result.merged().item(SQL_STEP).orElseThrow();
            assertThat(merged.title()).isEqualTo("My SQL");
            assertThat(merged.detail()).isEqualTo("Joins first.");
            assertThat(described(result.changes())).containsExactly(change(EDITED, ITEM, SQL_STEP, "My SQL",
                    "changed details; kept your title “My SQL”"));
        }

        @Test
        @DisplayName("a conflict on the only changed field is reported as kept yours")
        void keptYours() {
            MergeResult result = merge(base, v2(rename(base, SQL_STEP, "Learn SQL")), rename(base, SQL_STEP, "My SQL"));

            assertThat(result.merged().item(SQL_STEP).orElseThrow().title()).isEqualTo("My SQL");
            assertThat(described(result.changes())).containsExactly(change(KEPT_YOURS, ITEM, SQL_STEP, "My SQL",
                    "kept your title “My SQL”"));
        }

        @Test
        @DisplayName("lists are fields: the learner's sub-steps stay while the new resources come in")
        void listsAreFields() {
            LearningPath theirs = v2(PathEdits.updateItem(base, SQL_STEP, item -> ItemEdits.renameSubItem(item, "joins",
                    "Joins and keys").withResources(List.of(new Resource("Docs", "https://example.com/docs")))));
            LearningPath mine = PathEdits.updateItem(base, SQL_STEP, item -> ItemEdits.removeSubItem(item, "indexes"));

            MergeResult result = merge(base, theirs, mine);

            Item merged = result.merged().item(SQL_STEP).orElseThrow();
            assertThat(merged.subItems()).extracting(SubItem::title).containsExactly("Joins", "Transactions");
            assertThat(merged.resources()).extracting(Resource::title).containsExactly("Docs");
            assertThat(result.changes()).extracting(MergeFixtures::detail)
                    .containsExactly("changed resources; kept your sub-steps");
        }

        @Test
        @DisplayName("an item the learner deleted stays deleted, even when changed upstream")
        void deletedStaysDeleted() {
            MergeResult result = merge(base, v2(rename(base, SQL_STEP, "Learn SQL")), PathEdits.removeItem(base, SQL_STEP));

            assertThat(result.merged().item(SQL_STEP)).isEmpty();
            assertThat(result.merged().itemIds()).doesNotContain(SQL_STEP);
            assertThat(result.changes()).isEmpty();
        }

        @Test
        @DisplayName("a link to a skill the learner deleted is dropped, and not reported as a change")
        void linksToMissingSkillsDropped() {
            LearningPath theirs = v2(PathEdits.updateItem(base, DEGREE, item -> ItemEdits.linkSkill(item, "apis", true)));
            LearningPath mine = SkillEdits.removeSkill(base, "apis");

            MergeResult result = merge(base, theirs, mine);

            assertThat(result.merged().skill("apis")).isEmpty();
            assertThat(result.merged().items()).allSatisfy(item -> assertThat(item.skillIds()).doesNotContain("apis"));
            assertThat(result.changes()).isEmpty();
        }

        @Test
        @DisplayName("an item the learner archived stays archived, with the newer content")
        void archivedStaysArchived() {
            LearningPath mine = PathEdits.archiveItem(base, SQL_STEP, EARLIER);

            MergeResult result = merge(base, v2(rename(base, SQL_STEP, "Learn SQL")), mine);

            assertThat(result.merged().item(SQL_STEP)).isEmpty();
            ArchivedItem archived = result.merged().archivedItem(SQL_STEP).orElseThrow();
            assertThat(archived.item().title()).isEqualTo("Learn SQL");
            assertThat(archived.sectionId()).isEqualTo("steps");
            assertThat(archived.archivedAt()).isEqualTo(EARLIER);
            assertThat(described(result.changes())).containsExactly(change(RENAMED, ITEM, SQL_STEP, "Learn SQL",
                    "renamed from “Learn SQL and design databases” (it is in your archive)"));
        }

        @Test
        @DisplayName("an item the learner archived stays archived when the newer version removes or re-adds it")
        void archivedStaysArchivedWhenRemovedOrReadded() {
            LearningPath mine = PathEdits.archiveItem(base, SQL_STEP, EARLIER);

            MergeResult removed = merge(base, v2(PathEdits.removeItem(base, SQL_STEP)), mine);
            MergeResult readded = merge(PathEdits.removeItem(base, SQL_STEP), v2(base), mine);

            assertThat(removed.merged().archived()).isEqualTo(mine.archived());
            assertThat(removed.changes()).extracting(UpstreamChange::kind, MergeFixtures::detail)
                    .containsExactly(tuple(ARCHIVED, "removed upstream (it is in your archive)"));
            assertThat(readded.merged().archived()).isEqualTo(mine.archived());
            assertThat(readded.merged().item(SQL_STEP)).isEmpty();
            assertThat(summary(readded)).containsExactly("KEPT_YOURS ITEM " + SQL_STEP);
        }
    }

    @Nested
    @DisplayName("where added and moved items go")
    class ItemPlacement {

        @Test
        @DisplayName("a new item goes right after its upstream predecessor, wherever the learner moved that one")
        void afterPredecessor() {
            LearningPath theirs = v2(addItem(base, "steps", 2, "docker-step", "Learn Docker"));
            LearningPath mine = PathEdits.moveItem(base, API_STEP, "steps", 0);

            MergeResult result = merge(base, theirs, mine);

            assertThat(itemIds(result.merged(), "steps")).containsExactly(API_STEP, LANG, SQL_STEP, "docker-step");
            assertThat(described(result.changes())).containsExactly(change(ADDED, ITEM, "docker-step", "Learn Docker",
                    "added to Steps"));
        }

        @Test
        @DisplayName("a new item first upstream goes first; the learner's own items stay where they put them")
        void firstGoesFirst() {
            LearningPath theirs = v2(addItem(base, "steps", 0, "intro", "Read the intro"));
            LearningPath mine = addItem(base, "steps", 0, "my-first", "My first step");

            MergeResult result = merge(base, theirs, mine);

            assertThat(itemIds(result.merged(), "steps")).containsExactly("intro", "my-first", LANG, SQL_STEP, API_STEP);
        }

        @Test
        @DisplayName("a new item whose predecessors the learner moved out of the section goes to its end")
        void noPredecessorInSectionGoesLast() {
            LearningPath theirs = v2(addItem(base, "steps", 2, "docker-step", "Learn Docker"));
            LearningPath mine = PathEdits.moveItem(PathEdits.moveItem(base, LANG, "practice", 0), SQL_STEP, "practice", 0);

            MergeResult result = merge(base, theirs, mine);

            assertThat(itemIds(result.merged(), "steps")).containsExactly(API_STEP, "docker-step");
        }

        @Test
        @DisplayName("a new item of a section the learner deleted joins the section holding its predecessor")
        void deletedSectionFollowsPredecessor() {
            LearningPath theirs = v2(addItem(base, "background", 2, "bootcamp", "A bootcamp"));
            LearningPath mine = PathEdits.removeSection(PathEdits.moveItem(base, EXPERIENCE, "practice", 0), "background");

            MergeResult result = merge(base, theirs, mine);

            assertThat(result.merged().section("background")).isEmpty();
            assertThat(itemIds(result.merged(), "practice")).containsExactly(EXPERIENCE, "bootcamp", SCHEMA, REVIEW);
            assertThat(result.changes()).extracting(MergeFixtures::detail).containsExactly("added to Day to day");
        }

        @Test
        @DisplayName("a new item of a section the learner deleted, with no predecessor left, goes to the first section")
        void deletedSectionFallsBackToFirst() {
            LearningPath theirs = v2(addItem(base, "background", 2, "bootcamp", "A bootcamp"));

            MergeResult result = merge(base, theirs, PathEdits.removeSection(base, "background"));

            assertThat(itemIds(result.merged(), "steps")).containsExactly(LANG, SQL_STEP, API_STEP, "bootcamp");
        }

        @Test
        @DisplayName("the learner's own items are kept where they put them, next to new upstream ones")
        void learnersItemsStay() {
            LearningPath theirs = v2(PathEdits.removeItem(addItem(base, "steps", 1, "docker-step", "Learn Docker"), API_STEP));
            LearningPath mine = addItem(base, "steps", 1, "my-notes", "My notes");

            MergeResult result = merge(base, theirs, mine);

            assertThat(itemIds(result.merged(), "steps")).containsExactly(LANG, "docker-step", "my-notes", SQL_STEP);
        }

        @Test
        @DisplayName("an item moved to another section upstream moves there, after its new predecessor")
        void movedAcrossSections() {
            MergeResult result = merge(base, v2(PathEdits.moveItem(base, SCHEMA, "steps", 2)), base);

            assertThat(itemIds(result.merged(), "steps")).containsExactly(LANG, SQL_STEP, SCHEMA, API_STEP);
            assertThat(itemIds(result.merged(), "practice")).containsExactly(REVIEW);
            assertThat(described(result.changes())).containsExactly(change(MOVED, ITEM, SCHEMA, "Design database schemas",
                    "moved to Steps"));
        }

        @Test
        @DisplayName("an item moved within its section upstream moves, and only that item counts as moved")
        void movedWithinSection() {
            MergeResult top = merge(base, v2(PathEdits.moveItem(base, API_STEP, "steps", 0)), base);
            MergeResult down = merge(base, v2(PathEdits.moveItem(base, LANG, "steps", 2)), base);

            assertThat(itemIds(top.merged(), "steps")).containsExactly(API_STEP, LANG, SQL_STEP);
            assertThat(top.changes()).extracting(UpstreamChange::id, MergeFixtures::detail)
                    .containsExactly(tuple(API_STEP, "moved to the top of Steps"));
            assertThat(itemIds(down.merged(), "steps")).containsExactly(SQL_STEP, API_STEP, LANG);
            assertThat(down.changes()).extracting(UpstreamChange::id, MergeFixtures::detail)
                    .containsExactly(tuple(LANG, "moved after “Build an API”"));
        }

        @Test
        @DisplayName("an upstream move of an item the learner moved themselves is not applied")
        void learnersMoveWins() {
            LearningPath theirs = v2(PathEdits.moveItem(base, SCHEMA, "steps", 2));
            LearningPath mine = PathEdits.moveItem(base, SCHEMA, "background", 2);

            MergeResult result = merge(base, theirs, mine);

            assertThat(itemIds(result.merged(), "background")).containsExactly(DEGREE, EXPERIENCE, SCHEMA);
            assertThat(itemIds(result.merged(), "steps")).containsExactly(LANG, SQL_STEP, API_STEP);
            assertThat(described(result.changes())).containsExactly(change(KEPT_YOURS, ITEM, SCHEMA, "Design database schemas",
                    "moved upstream; kept where you put it"));
        }

        @Test
        @DisplayName("the learner's move of one item and an upstream move of another both apply")
        void independentMoves() {
            LearningPath theirs = v2(PathEdits.moveItem(base, SCHEMA, "steps", 2));
            LearningPath mine = PathEdits.moveItem(base, REVIEW, "steps", 0);

            MergeResult result = merge(base, theirs, mine);

            assertThat(itemIds(result.merged(), "steps")).containsExactly(REVIEW, LANG, SQL_STEP, SCHEMA, API_STEP);
            assertThat(itemIds(result.merged(), "practice")).isEmpty();
        }

        @Test
        @DisplayName("an insertion and a removal upstream do not make the neighbours count as moved")
        void neighboursNotMoved() {
            LearningPath theirs = v2(PathEdits.removeItem(addItem(base, "steps", 0, "intro", "Read the intro"), SQL_STEP));

            MergeResult result = merge(base, theirs, base);

            assertThat(summary(result)).containsExactly("ADDED ITEM intro", "REMOVED ITEM " + SQL_STEP);
        }
    }
}

package dev.stepwise.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.stepwise.domain.ArchivedItem;
import dev.stepwise.domain.Item;
import dev.stepwise.domain.ItemEdits;
import dev.stepwise.domain.LearningPath;
import dev.stepwise.domain.Level;
import dev.stepwise.domain.PathEdits;
import dev.stepwise.domain.SelfCheck;
import dev.stepwise.domain.PathOrigin;
import dev.stepwise.domain.Resource;
import dev.stepwise.domain.Section;
import dev.stepwise.domain.SectionKind;
import dev.stepwise.domain.Skill;
import dev.stepwise.domain.SkillEdits;
import dev.stepwise.domain.SubItem;
import java.nio.file.Path;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every kind of content edit written through {@link PathRepository#update}: the path reads back exactly as edited,
 * and exactly the rows the edit changed were written. Each test names those rows ({@link Snapshot}), and the
 * connection's own count of written rows ({@code total_changes()}) must equal their number, so rewriting a row
 * with the value it already had is caught too. The path row changes with every edit (its {@code updated_at}).
 *
 * <p>The sample path, with the position of each row:
 * <pre>
 * z-steps 0       z-first 0  subs z-sub 0, a-sub 1, m-sub 2; resources 0 (b.example), 1 (a.example); skills zz-sql 0, aa-api 1
 *                 a-second 1 skills mm-talk 0
 * a-practice 1    m-third 0  subs only-sub 0; skills aa-api 0, zz-sql 1, mm-talk 2
 * m-background 2  (empty)
 * skills zz-sql 0, aa-api 1, mm-talk 2
 * </pre>
 */
class PathContentWriterTest {
    private static final String P = "p";
    private static final String FIRST = SamplePaths.FIRST;
    private static final String SECOND = SamplePaths.SECOND;
    private static final String THIRD = SamplePaths.THIRD;
    private static final Instant T0 = Instant.parse("2026-01-10T09:00:00.000000000Z");

    @TempDir
    Path dir;
    private Path file;
    private Database database;
    private PathRepository paths;
    private Instant now = T0;

    @BeforeEach
    void open() {
        file = dir.resolve("stepwise.db");
        database = Database.open(file);
        paths = new PathRepository(database);
        database.inTransaction(() -> paths.insert(SamplePaths.sample(P, 1), PathOrigin.OWN, T0));
    }

    @AfterEach
    void close() {
        database.close();
    }

    private long totalChanges() {
        try (Statement statement = database.connection().createStatement();
             var result = statement.executeQuery("SELECT total_changes()")) {
            result.next();
            return result.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private LearningPath stored() {
        return paths.load(P).orElseThrow();
    }

    /**
     * Applies the edit to the stored path and writes it; checks that it reads back exactly as edited and that the
     * connection wrote as many rows as differ. Returns the rows that differ.
     */
    private List<String> written(UnaryOperator<LearningPath> edit) {
        LearningPath before = stored();
        LearningPath after = edit.apply(before);
        Snapshot was = Snapshot.of(file);
        long changesBefore = totalChanges();
        now = now.plusSeconds(60);
        database.inTransaction(() -> paths.update(before, after, now));
        long writes = totalChanges() - changesBefore;
        List<String> changed = was.changesTo(Snapshot.of(file));

        assertThat(stored()).as("the path read back").isEqualTo(after);
        assertThat(writes).as("rows written, where only these differ: %s", changed).isEqualTo(changed.size());
        return changed;
    }

    private static UnaryOperator<LearningPath> item(String itemId, UnaryOperator<Item> change) {
        return path -> PathEdits.updateItem(path, itemId, change);
    }

    private static Item newItem(String id, String title) {
        return new Item(id, title, "", List.of(), List.of(), List.of(), null, null);
    }

    // --- a new path ------------------------------------------------------------------------------------------

    @Test
    void aNewPathsItemsAreWrittenInKeyOrderWhateverTheirOrderInThePath() {
        // Listed z-first, a-second, m-third: written in key order, each row lands at the end of the primary-key index
        // (an import of 10,000 items in random key order took twice as long in SQLite).
        assertThat(Probe.column(file, "SELECT id FROM item ORDER BY rowid")).containsExactly(SECOND, THIRD, FIRST);
        assertThat(Probe.column(file, "SELECT item_id || '/' || id FROM sub_item ORDER BY rowid"))
                .containsExactly("m-third/only-sub", "z-first/z-sub", "z-first/a-sub", "z-first/m-sub");
        assertThat(stored()).as("the path read back, in its own order").isEqualTo(SamplePaths.sample(P, 1));
    }

    // --- the path's own text ---------------------------------------------------------------------------------

    @Test
    void theTitleTaglineAndOverviewAreThePathRowOnly() {
        assertThat(written(path -> PathEdits.withDetails(path, "Renamed", "New tagline", "New overview")))
                .containsExactlyInAnyOrder("~path p");
        assertThat(Probe.rows(file, "SELECT title, tagline, overview, updated_at FROM path"))
                .containsExactly(List.of("Renamed", "New tagline", "New overview", Probe.stamp(now)));
    }

    @Test
    void theIndustriesAreTheirOwnRowsOnly() {
        assertThat(written(path -> PathEdits.withDetails(path, path.title(), path.tagline(), path.overview(),
                List.of("Healthcare", "Retail")))).contains("~path p").allMatch(row -> row.startsWith("~path") || row.contains("industry"));
        assertThat(Probe.rows(file, "SELECT name FROM path_industry ORDER BY position"))
                .containsExactly(List.of("Healthcare"), List.of("Retail"));
    }

    /**
     * One row per changed statement, by id: deleting every statement and inserting them again wrote rows under keys the
     * same transaction had deleted, which the undo log could not redo ("UNIQUE constraint failed: self_check…").
     */
    @Test
    void theStatementsThatChangedAreTheirOwnRowsOnly() {
        assertThat(written(path -> PathEdits.withSelfChecks(path, List.of(path.selfChecks().get(0),
                new SelfCheck("a-check", "I like data a lot"))))).containsExactlyInAnyOrder("~path p", "~self_check p/a-check");
        assertThat(written(path -> PathEdits.withSelfChecks(path, List.of(new SelfCheck("b-check", "I like servers"),
                path.selfChecks().get(1))))).as("a-check keeps its place and text")
                .containsExactlyInAnyOrder("~path p", "+self_check p/b-check", "-self_check p/z-check");
        assertThat(Probe.rows(file, "SELECT id, position, statement FROM self_check ORDER BY position"))
                .containsExactly(List.of("b-check", "0", "I like servers"), List.of("a-check", "1", "I like data a lot"));
    }

    // --- one item's content ----------------------------------------------------------------------------------

    @Test
    void renamingAnItemWritesItsRowAndNothingElse() {
        assertThat(written(item(FIRST, it -> it.withTitle("Learn SQL well")))).containsExactlyInAnyOrder("~path p", "~item p/z-first");
    }

    @Test
    void editingTheDetailOrTheEstimateWritesTheItemRowOnly() {
        assertThat(written(item(THIRD, it -> it.withDetail("Sketch first, then build."))))
                .containsExactlyInAnyOrder("~path p", "~item p/m-third");
        assertThat(written(item(SECOND, it -> it.withEstimate(4)))).containsExactlyInAnyOrder("~path p", "~item p/a-second");
        assertThat(written(item(FIRST, it -> it.withEstimate(null)))).containsExactlyInAnyOrder("~path p", "~item p/z-first");
        assertThat(Probe.rows(file, "SELECT id, estimate_hours FROM item ORDER BY id")).containsExactly(
                List.of(SECOND, "4"), List.of(THIRD, "0"), Arrays.asList(FIRST, null));
    }

    @Test
    void addingASubStepInsertsItsRowAndMovesTheOnesAfterIt() {
        assertThat(written(item(FIRST, it -> ItemEdits.addSubItem(it, 1, "Views"))))
                .containsExactlyInAnyOrder("~path p",
                        "~sub_item p/z-first/a-sub", "~sub_item p/z-first/m-sub", "+sub_item p/z-first/views");
        assertThat(written(item(THIRD, it -> ItemEdits.addSubItem(it, Integer.MAX_VALUE, "Build it"))))
                .containsExactlyInAnyOrder("~path p", "+sub_item p/m-third/build-it");
    }

    @Test
    void renamingASubStepWritesItsRowOnly() {
        assertThat(written(item(FIRST, it -> ItemEdits.renameSubItem(it, "a-sub", "Indexes and plans"))))
                .containsExactlyInAnyOrder("~path p", "~sub_item p/z-first/a-sub");
    }

    @Test
    void movingASubStepRewritesThePositionsThatChanged() {
        assertThat(written(item(FIRST, it -> ItemEdits.moveSubItem(it, "m-sub", 0))))
                .containsExactlyInAnyOrder("~path p",
                        "~sub_item p/z-first/a-sub", "~sub_item p/z-first/m-sub", "~sub_item p/z-first/z-sub");
        assertThat(written(item(FIRST, it -> ItemEdits.moveSubItem(it, "z-sub", 2))))
                .containsExactlyInAnyOrder("~path p", "~sub_item p/z-first/a-sub", "~sub_item p/z-first/z-sub");
    }

    @Test
    void deletingASubStepDeletesItsRowAndMovesTheOnesAfterIt() {
        assertThat(written(item(FIRST, it -> ItemEdits.removeSubItem(it, "z-sub"))))
                .containsExactlyInAnyOrder("~path p",
                        "~sub_item p/z-first/a-sub", "~sub_item p/z-first/m-sub", "-sub_item p/z-first/z-sub");
        assertThat(written(item(FIRST, it -> ItemEdits.removeSubItem(it, "m-sub"))))
                .containsExactlyInAnyOrder("~path p", "-sub_item p/z-first/m-sub");
    }

    @Test
    void addingAResourceInsertsOneRow() {
        assertThat(written(item(FIRST, it -> it.withResources(append(it.resources(),
                new Resource("Third site", "https://c.example.com/sql"))))))
                .containsExactlyInAnyOrder("~path p", "+resource p/z-first/2");
        assertThat(written(item(SECOND, it -> it.withResources(List.of(new Resource("Talks", "https://talks.example.com"))))))
                .containsExactlyInAnyOrder("~path p", "+resource p/a-second/0");
    }

    @Test
    void removingAResourceDeletesTheLastRowAndRewritesThoseThatMovedUp() {
        // Resources are keyed by position: removing the first one moves the second into its row.
        assertThat(written(item(FIRST, it -> it.withResources(it.resources().subList(1, 2)))))
                .containsExactlyInAnyOrder("~path p", "~resource p/z-first/0", "-resource p/z-first/1");
        assertThat(written(item(FIRST, it -> it.withResources(List.of()))))
                .containsExactlyInAnyOrder("~path p", "-resource p/z-first/0");
    }

    @Test
    void linkingASkillInsertsOneLink() {
        assertThat(written(item(FIRST, it -> ItemEdits.linkSkill(it, SamplePaths.TALK, true))))
                .containsExactlyInAnyOrder("~path p", "+item_skill p/z-first/mm-talk");
    }

    @Test
    void unlinkingASkillDeletesItsLinkAndMovesTheOnesAfterIt() {
        assertThat(written(item(THIRD, it -> ItemEdits.linkSkill(it, SamplePaths.API, false))))
                .containsExactlyInAnyOrder("~path p", "-item_skill p/m-third/aa-api", "~item_skill p/m-third/mm-talk",
                        "~item_skill p/m-third/zz-sql");
        assertThat(written(item(THIRD, it -> ItemEdits.linkSkill(it, SamplePaths.TALK, false))))
                .containsExactlyInAnyOrder("~path p", "-item_skill p/m-third/mm-talk");
    }

    // --- items in the checklist ------------------------------------------------------------------------------

    @Test
    void addingAnItemAtTheStartMovesEveryItemOfItsSection() {
        assertThat(written(path -> PathEdits.addItem(path, "z-steps", 0, newItem("n-new", "New first"))))
                .containsExactlyInAnyOrder("~path p", "~item p/a-second", "+item p/n-new", "~item p/z-first");
    }

    @Test
    void addingAnItemInTheMiddleMovesOnlyTheItemsAfterIt() {
        Item withEverything = new Item("n-new", "New", "Some detail", List.of(new SubItem("s", "A sub-step")),
                List.of(new Resource("Site", "https://n.example.com")), List.of(SamplePaths.TALK, SamplePaths.SQL), 3,
                LocalDate.of(2026, 6, 1));
        assertThat(written(path -> PathEdits.addItem(path, "z-steps", 1, withEverything)))
                .containsExactlyInAnyOrder("~path p", "~item p/a-second", "+item p/n-new", "+item_skill p/n-new/mm-talk",
                        "+item_skill p/n-new/zz-sql", "+resource p/n-new/0", "+sub_item p/n-new/s");
    }

    @Test
    void addingAnItemAtTheEndOrToAnEmptySectionInsertsOnlyItsRow() {
        assertThat(written(path -> PathEdits.addItem(path, "z-steps", Integer.MAX_VALUE, newItem("n-last", "Last"))))
                .containsExactlyInAnyOrder("~path p", "+item p/n-last");
        assertThat(written(path -> PathEdits.addItem(path, "m-background", 0, newItem("n-bg", "Degree"))))
                .containsExactlyInAnyOrder("~path p", "+item p/n-bg");
        assertThat(Probe.rows(file, "SELECT section_id, position FROM item WHERE id IN ('n-last', 'n-bg') ORDER BY id"))
                .containsExactly(List.of("m-background", "0"), List.of("z-steps", "2"));
    }

    @Test
    void movingAnItemWithinItsSectionRewritesThePositionsThatChanged() {
        assertThat(written(path -> PathEdits.moveItem(path, SECOND, "z-steps", 0)))
                .containsExactlyInAnyOrder("~path p", "~item p/a-second", "~item p/z-first");
        assertThat(written(path -> PathEdits.nudgeItem(path, SECOND, +1)))
                .containsExactlyInAnyOrder("~path p", "~item p/a-second", "~item p/z-first");
    }

    @Test
    void movingAnItemToAnotherSectionRewritesItAndTheItemsThatMoved() {
        assertThat(written(path -> PathEdits.moveItem(path, FIRST, "a-practice", 0)))
                .containsExactlyInAnyOrder("~path p", "~item p/a-second", "~item p/m-third", "~item p/z-first");
        assertThat(Probe.rows(file, "SELECT id, section_id, position FROM item ORDER BY section_id, position")).containsExactly(
                List.of(FIRST, "a-practice", "0"), List.of(THIRD, "a-practice", "1"), List.of(SECOND, "z-steps", "0"));
        // Its sub-steps, resources and links are keyed by the item, not the section: none of them is rewritten.
        assertThat(written(path -> PathEdits.nudgeItem(path, THIRD, +1)))
                .containsExactlyInAnyOrder("~path p", "~item p/m-third");
        assertThat(stored().section("m-background").orElseThrow().items()).extracting(Item::id).containsExactly(THIRD);
    }

    @Test
    void deletingAnItemDeletesItsRowsAndMovesTheItemsAfterIt() {
        assertThat(written(path -> PathEdits.removeItem(path, FIRST))).containsExactlyInAnyOrder(
                "~path p", "~item p/a-second", "-item p/z-first", "-item_skill p/z-first/aa-api", "-item_skill p/z-first/zz-sql",
                "-resource p/z-first/0", "-resource p/z-first/1",
                "-sub_item p/z-first/a-sub", "-sub_item p/z-first/m-sub", "-sub_item p/z-first/z-sub");
    }

    // --- the archive -----------------------------------------------------------------------------------------

    @Test
    void archivingAnItemKeepsItsRowsWithItsSectionAndTheTime() {
        Instant at = Instant.parse("2026-02-01T12:00:00.000000000Z");

        assertThat(written(path -> PathEdits.archiveItem(path, FIRST, at)))
                .containsExactlyInAnyOrder("~path p", "~item p/a-second", "~item p/z-first");

        assertThat(Probe.rows(file, "SELECT section_id, position, archived_at FROM item WHERE id = ?", FIRST))
                .containsExactly(List.of("z-steps", "0", Probe.stamp(at)));
        LearningPath stored = stored();
        assertThat(stored.archived()).containsExactly(new ArchivedItem(SamplePaths.sample().item(FIRST).orElseThrow(), "z-steps", at));
        assertThat(stored.item(FIRST)).as("not in the checklist").isEmpty();
        assertThat(Probe.count(file, "sub_item")).as("its sub-steps stay").isEqualTo(4);
    }

    @Test
    void restoringAnItemPutsItBackAtTheEndOfItsSection() {
        written(path -> PathEdits.archiveItem(path, FIRST, T0));

        assertThat(written(path -> PathEdits.restoreItem(path, FIRST))).containsExactlyInAnyOrder("~path p", "~item p/z-first");

        assertThat(Probe.rows(file, "SELECT section_id, position, archived_at FROM item WHERE id = ?", FIRST))
                .containsExactly(Arrays.asList("z-steps", "1", null));
        assertThat(stored().sections().get(0).items()).extracting(Item::id).containsExactly(SECOND, FIRST);
    }

    @Test
    void archivedItemsKeepTheirOrderAndAnArchivedItemCanBeEditedAndDeleted() {
        Instant first = Instant.parse("2026-02-01T12:00:00.000000000Z");
        Instant second = first.plusSeconds(3600);
        written(path -> PathEdits.archiveItem(path, THIRD, first));
        written(path -> PathEdits.archiveItem(path, FIRST, second));
        assertThat(stored().archived()).extracting(ArchivedItem::id, ArchivedItem::sectionId, ArchivedItem::archivedAt)
                .containsExactly(tuple(THIRD, "a-practice", first),
                        tuple(FIRST, "z-steps", second));

        assertThat(written(item(FIRST, it -> it.withTitle("Archived, renamed")))).containsExactlyInAnyOrder("~path p", "~item p/z-first");
        assertThat(written(path -> PathEdits.removeItem(path, THIRD))).containsExactlyInAnyOrder("~path p", "-item p/m-third",
                "-item_skill p/m-third/aa-api", "-item_skill p/m-third/mm-talk", "-item_skill p/m-third/zz-sql",
                "-sub_item p/m-third/only-sub", "~item p/z-first");
    }

    // --- sections --------------------------------------------------------------------------------------------

    @Test
    void addingASectionInsertsItsRowAndMovesTheSectionsAfterIt() {
        Section added = new Section("n-section", SectionKind.PRACTICE, "More practice", "On the job", List.of());

        assertThat(written(path -> PathEdits.addSection(path, 1, added)))
                .containsExactlyInAnyOrder("~path p", "~section p/a-practice", "~section p/m-background", "+section p/n-section");
    }

    @Test
    void addingASectionWithItemsInsertsThemToo() {
        Section added = new Section("n-section", SectionKind.STEPS, "Later", "", List.of(newItem("n-one", "One"),
                newItem("n-two", "Two")));

        assertThat(written(path -> PathEdits.addSection(path, Integer.MAX_VALUE, added)))
                .containsExactlyInAnyOrder("~path p", "+item p/n-one", "+item p/n-two", "+section p/n-section");
    }

    @Test
    void editingASectionWritesItsRowOnly() {
        assertThat(written(path -> PathEdits.editSection(path, "a-practice", "On the job", "Done at work.")))
                .containsExactlyInAnyOrder("~path p", "~section p/a-practice");
    }

    @Test
    void movingASectionRewritesThePositionsThatChangedAndNoItem() {
        assertThat(written(path -> PathEdits.moveSection(path, "m-background", 0)))
                .containsExactlyInAnyOrder("~path p", "~section p/a-practice", "~section p/m-background", "~section p/z-steps");
        assertThat(written(path -> PathEdits.moveSection(path, "z-steps", 2)))
                .containsExactlyInAnyOrder("~path p", "~section p/a-practice", "~section p/z-steps");
    }

    @Test
    void deletingASectionDeletesItWithItsItems() {
        assertThat(written(path -> PathEdits.removeSection(path, "a-practice"))).containsExactlyInAnyOrder(
                "~path p", "-item p/m-third", "-item_skill p/m-third/aa-api", "-item_skill p/m-third/mm-talk",
                "-item_skill p/m-third/zz-sql", "-section p/a-practice", "~section p/m-background", "-sub_item p/m-third/only-sub");
    }

    @Test
    void anItemMovedOutOfASectionThatIsDeletedInTheSameEditSurvives() {
        List<String> changed = written(path -> PathEdits.removeSection(PathEdits.moveItem(path, THIRD, "z-steps", 0),
                "a-practice"));

        assertThat(changed).containsExactlyInAnyOrder("~path p", "~item p/a-second", "~item p/m-third", "~item p/z-first",
                "-section p/a-practice", "~section p/m-background");
        assertThat(stored().sections().get(0).items()).extracting(Item::id).containsExactly(THIRD, FIRST, SECOND);
        assertThat(stored().item(THIRD)).contains(SamplePaths.sample().item(THIRD).orElseThrow());
    }

    @Test
    void anArchivedItemOfADeletedSectionMovesToTheFirstSectionAndKeepsItsTime() {
        Instant at = Instant.parse("2026-02-01T12:00:00.000000000Z");
        written(path -> PathEdits.archiveItem(path, THIRD, at));

        assertThat(written(path -> PathEdits.removeSection(path, "a-practice")))
                .containsExactlyInAnyOrder("~path p", "~item p/m-third", "-section p/a-practice", "~section p/m-background");

        assertThat(Probe.rows(file, "SELECT section_id, archived_at FROM item WHERE id = ?", THIRD))
                .containsExactly(List.of("z-steps", Probe.stamp(at)));
        assertThat(Probe.column(file, "SELECT id FROM sub_item WHERE item_id = ?", THIRD)).containsExactly("only-sub");
    }

    // --- skills ----------------------------------------------------------------------------------------------

    @Test
    void addingASkillInsertsItsRowAtTheEnd() {
        Skill added = new Skill("n-cloud", "Cloud", "Cloud", "Running things elsewhere", Level.GUIDED);

        assertThat(written(path -> SkillEdits.addSkill(path, added))).containsExactlyInAnyOrder("~path p", "+skill p/n-cloud");
        assertThat(Probe.text(file, "SELECT position FROM skill WHERE id = 'n-cloud'")).isEqualTo("3");
    }

    @Test
    void editingASkillWritesItsRowOnly() {
        assertThat(written(path -> SkillEdits.updateSkill(path, SamplePaths.API, "REST design", "Design", "Resources",
                Level.TEACHES))).containsExactlyInAnyOrder("~path p", "~skill p/aa-api");
    }

    @Test
    void deletingASkillDeletesItAndItsLinksAndMovesTheLinksAndSkillsAfterIt() {
        assertThat(written(path -> SkillEdits.removeSkill(path, SamplePaths.API))).containsExactlyInAnyOrder(
                "~path p", "-item_skill p/m-third/aa-api", "~item_skill p/m-third/mm-talk", "~item_skill p/m-third/zz-sql",
                "-item_skill p/z-first/aa-api", "-skill p/aa-api", "~skill p/mm-talk");
        assertThat(Probe.column(file, "SELECT item_id FROM item_skill WHERE skill_id = ?", SamplePaths.API)).isEmpty();
    }

    @Test
    void deletingASkillUnlinksItFromArchivedItemsToo() {
        written(path -> PathEdits.archiveItem(path, SECOND, T0));

        assertThat(written(path -> SkillEdits.removeSkill(path, SamplePaths.TALK))).containsExactlyInAnyOrder(
                "~path p", "-item_skill p/a-second/mm-talk", "-item_skill p/m-third/mm-talk", "-skill p/mm-talk");
        assertThat(stored().archived().get(0).item().skillIds()).isEmpty();
    }

    // --- several edits, and none ---------------------------------------------------------------------------

    @Test
    void aPathWrittenUnchangedWritesOnlyItsUpdateTime() {
        assertThat(written(path -> path)).containsExactlyInAnyOrder("~path p");
        assertThat(written(path -> PathEdits.nudgeItem(path, FIRST, -1))).as("nothing above the first item")
                .containsExactlyInAnyOrder("~path p");
    }

    @Test
    void anItemMovedAndRenamedInOneEditIsOneRow() {
        assertThat(written(item(FIRST, it -> it.withTitle("Moved and renamed")).andThen(
                path -> PathEdits.moveItem(path, FIRST, "m-background", 0))::apply))
                .containsExactlyInAnyOrder("~path p", "~item p/a-second", "~item p/z-first");
        assertThat(Probe.rows(file, "SELECT section_id, position, title FROM item WHERE id = ?", FIRST))
                .containsExactly(List.of("m-background", "0", "Moved and renamed"));
    }

    @Test
    void aSkillAddedAndLinkedInOneEditIsWrittenBeforeItsLinks() {
        Skill added = new Skill("n-git", "Git", Skill.TECHNICAL, "", Level.GUIDED);

        assertThat(written(path -> PathEdits.updateItem(SkillEdits.addSkill(path, added), SECOND,
                it -> ItemEdits.linkSkill(it, "n-git", true))))
                .containsExactlyInAnyOrder("~path p", "+item_skill p/a-second/n-git", "+skill p/n-git");
    }

    @Test
    void everyEditInTurnLeavesThePathAsTheEditsSay() {
        // The same edits applied one by one to the domain path and to the store end in the same path.
        List<UnaryOperator<LearningPath>> edits = List.of(
                path -> PathEdits.addSection(path, 0, new Section("intro", SectionKind.STEPS, "Intro", "", List.of())),
                path -> PathEdits.moveItem(path, SECOND, "intro", 0),
                item(FIRST, it -> ItemEdits.addSubItem(it, 0, "Normal forms")),
                path -> SkillEdits.addSkill(path, new Skill("git", "Git", Skill.TECHNICAL, "", Level.GUIDED)),
                item(SECOND, it -> ItemEdits.linkSkill(it, "git", true)),
                path -> PathEdits.archiveItem(path, THIRD, T0),
                path -> SkillEdits.removeSkill(path, SamplePaths.SQL),
                path -> PathEdits.removeSection(path, "a-practice"),
                path -> PathEdits.restoreItem(path, THIRD),
                path -> PathEdits.moveSection(path, "m-background", 0));
        LearningPath expected = SamplePaths.sample(P, 1);
        for (UnaryOperator<LearningPath> edit : edits) {
            expected = edit.apply(expected);
            written(edit);
        }

        assertThat(stored()).isEqualTo(expected);
        assertThat(expected.sections()).extracting(Section::id).containsExactly("m-background", "intro", "z-steps");
        assertThat(stored().item(THIRD).orElseThrow().skillIds()).containsExactly(SamplePaths.API, SamplePaths.TALK);
    }

    private static <T> List<T> append(List<T> list, T value) {
        List<T> copy = new ArrayList<>(list);
        copy.add(value);
        return copy;
    }
}

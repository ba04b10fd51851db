package dev.stepwise.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stepwise.domain.ItemProgress;
import dev.stepwise.domain.ItemStatus;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The learner's item progress: upserted rows, ticked sub-steps kept in their own table. */
class ItemProgressRepositoryTest {
    private static final String PATH = SamplePaths.ID;
    private static final Instant T1 = Instant.parse("2026-03-01T08:00:00.000000000Z");
    private static final Instant T2 = Instant.parse("2026-03-05T20:45:10.123000000Z");

    @TempDir
    Path dir;
    private Path file;
    private Database database;
    private ItemProgressRepository items;

    @BeforeEach
    void open() {
        file = dir.resolve("stepwise.db");
        database = Database.open(file);
        database.inTransaction(() -> {
            new PathRepository(database).save(SamplePaths.sample(), T1);
            new PathRepository(database).save(SamplePaths.sample("other-path", 1), T1);
        });
        items = new ItemProgressRepository(database);
    }

    @AfterEach
    void close() {
        database.close();
    }

    private void save(String pathId, ItemProgress progress, Instant now) {
        database.inTransaction(() -> items.save(pathId, progress, now));
    }

    @Test
    void findOfAnUntouchedItemIsNotStarted() {
        assertThat(items.find(PATH, SamplePaths.FIRST)).isEqualTo(ItemProgress.notStarted(SamplePaths.FIRST));
    }

    @Test
    void findOfAnExistingItemReadsItsProgressAndTellsAnUnknownItemApart() {
        ItemProgress progress = new ItemProgress(SamplePaths.FIRST, ItemStatus.DONE, "Shipped", Set.of(),
                LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 2));
        save(PATH, progress, T1);

        database.inTransaction(() -> {
            assertThat(items.findOfExistingItem(PATH, SamplePaths.FIRST)).contains(progress);
            assertThat(items.findOfExistingItem(PATH, SamplePaths.SECOND)).contains(ItemProgress.notStarted(SamplePaths.SECOND));
            assertThat(items.findOfExistingItem(PATH, "no-such-item")).isEmpty();
            // Progress is per path: the same item id on another path is untouched there.
            assertThat(items.findOfExistingItem("other-path", SamplePaths.FIRST)).contains(ItemProgress.notStarted(SamplePaths.FIRST));
        });
    }

    @Test
    void saveInsertsARowThatFindReturns() {
        ItemProgress progress = new ItemProgress(SamplePaths.FIRST, ItemStatus.LEARNING, "Chapter 3 next", Set.of(),
                LocalDate.of(2026, 3, 1), null);

        save(PATH, progress, T1);

        assertThat(items.find(PATH, SamplePaths.FIRST)).isEqualTo(progress);
        assertThat(Probe.rows(file, "SELECT path_id, item_id, status, note, started_on, done_on, updated_at FROM item_progress"))
                .containsExactly(Arrays.asList(PATH, SamplePaths.FIRST, "LEARNING", "Chapter 3 next", "2026-03-01",
                        null, Probe.stamp(T1)));
    }

    @Test
    void saveAgainUpdatesTheSameRow() {
        save(PATH, new ItemProgress(SamplePaths.FIRST, ItemStatus.LEARNING, "", Set.of(), LocalDate.of(2026, 3, 1), null), T1);
        ItemProgress done = new ItemProgress(SamplePaths.FIRST, ItemStatus.DONE, "Finished", Set.of(),
                LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 5));

        save(PATH, done, T2);

        assertThat(items.find(PATH, SamplePaths.FIRST)).isEqualTo(done);
        assertThat(Probe.rows(file, "SELECT status, note, started_on, done_on, updated_at FROM item_progress"))
                .containsExactly(List.of("DONE", "Finished", "2026-03-01", "2026-03-05", Probe.stamp(T2)));
    }

    @Test
    void saveCanClearDatesAgain() {
        save(PATH, new ItemProgress(SamplePaths.FIRST, ItemStatus.DONE, "", Set.of(), LocalDate.of(2026, 3, 1),
                LocalDate.of(2026, 3, 2)), T1);

        save(PATH, ItemProgress.notStarted(SamplePaths.FIRST), T2);

        assertThat(items.find(PATH, SamplePaths.FIRST)).isEqualTo(ItemProgress.notStarted(SamplePaths.FIRST));
        assertThat(Probe.rows(file, "SELECT started_on, done_on FROM item_progress"))
                .containsExactly(Arrays.asList(null, null));
    }

    @Test
    void tickedSubStepsAreAddedAndRemovedAsRows() {
        ItemProgress none = ItemProgress.notStarted(SamplePaths.FIRST);

        save(PATH, none.withSubItems(Set.of("z-sub", "a-sub")), T1);
        assertThat(subItemRows()).containsExactly(List.of("a-sub", Probe.stamp(T1)), List.of("z-sub", Probe.stamp(T1)));

        save(PATH, none.withSubItems(Set.of("a-sub", "m-sub")), T2);
        assertThat(subItemRows()).as("z-sub removed, m-sub added, a-sub keeps the time it was first ticked")
                .containsExactly(List.of("a-sub", Probe.stamp(T1)), List.of("m-sub", Probe.stamp(T2)));
        assertThat(items.find(PATH, SamplePaths.FIRST).doneSubItemIds()).containsExactlyInAnyOrder("a-sub", "m-sub");

        save(PATH, none, T2);
        assertThat(subItemRows()).isEmpty();
        assertThat(items.find(PATH, SamplePaths.FIRST).doneSubItemIds()).isEmpty();
    }

    private List<List<String>> subItemRows() {
        return Probe.rows(file, "SELECT sub_item_id, done_at FROM sub_item_progress WHERE path_id = ? AND item_id = ? ORDER BY sub_item_id",
                PATH, SamplePaths.FIRST);
    }

    @Test
    void loadAllHasEveryTouchedItemIncludingOneWithOnlyTickedSubSteps() {
        ItemProgress first = new ItemProgress(SamplePaths.FIRST, ItemStatus.DONE, "ok", Set.of("a-sub"),
                LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 5));
        ItemProgress second = new ItemProgress(SamplePaths.SECOND, ItemStatus.SKIPPED, "", Set.of(), null, null);
        ItemProgress onlyTicks = ItemProgress.notStarted(SamplePaths.THIRD).withSubItems(Set.of("only-sub"));
        database.inTransaction(() -> {
            items.save(PATH, first, T1);
            items.save(PATH, second, T1);
            // Only a sub-step row, as if the status row had never been written.
            items.save(PATH, onlyTicks, T1);
        });
        Probe.execute(file, "DELETE FROM item_progress WHERE item_id = '" + SamplePaths.THIRD + "'");

        assertThat(items.loadAll(PATH)).containsOnlyKeys(SamplePaths.FIRST, SamplePaths.SECOND, SamplePaths.THIRD)
                .containsEntry(SamplePaths.FIRST, first)
                .containsEntry(SamplePaths.SECOND, second)
                .containsEntry(SamplePaths.THIRD, onlyTicks);
        assertThat(items.find(PATH, SamplePaths.THIRD)).isEqualTo(onlyTicks);
    }

    @Test
    void loadAllAndFindKeepPathsApart() {
        ItemProgress here = new ItemProgress(SamplePaths.FIRST, ItemStatus.DONE, "", Set.of("a-sub"), null, null);
        save(PATH, here, T1);

        assertThat(items.loadAll("other-path")).isEmpty();
        assertThat(items.find("other-path", SamplePaths.FIRST)).isEqualTo(ItemProgress.notStarted(SamplePaths.FIRST));
        assertThat(items.loadAll(PATH)).containsOnlyKeys(SamplePaths.FIRST);
    }

    @Test
    void loadAllOfAPathWithoutProgressIsEmpty() {
        assertThat(items.loadAll(PATH)).isEmpty();
    }

    @Test
    void progressForAPathThatIsNotInstalledIsRefusedByTheForeignKey() {
        assertThatThrownBy(() -> save("not-installed", ItemProgress.notStarted("x"), T1))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("FOREIGN KEY");
        assertThat(Probe.count(file, "item_progress")).isZero();
    }
}

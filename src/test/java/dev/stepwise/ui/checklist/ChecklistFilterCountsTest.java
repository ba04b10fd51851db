package dev.stepwise.ui.checklist;

import static dev.stepwise.fixtures.FixturePath.LEARN_LANGUAGE;
import static dev.stepwise.fixtures.FixturePath.LEARN_SQL;
import static dev.stepwise.fixtures.FixturePath.PRACTICE_DEBUGGING;
import static org.assertj.core.api.Assertions.assertThat;

import dev.stepwise.domain.Item;
import dev.stepwise.domain.ItemStatus;
import dev.stepwise.domain.StatusCounts;
import dev.stepwise.ui.ViewModelFixture;
import dev.stepwise.ui.ViewModelFixture.FakeScheduler;
import dev.stepwise.ui.checklist.ChecklistRow.ItemRow;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import javafx.collections.ListChangeListener;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The counts on the status filters ("Done 3") are those of the items the search matches, so that each filter says how
 * many rows it would show; over the real services and a real SQLite file, without a JavaFX toolkit.
 */
class ChecklistFilterCountsTest {
    @TempDir
    Path tempDir;

    ViewModelFixture fixture;
    ChecklistViewModel viewModel;

    @BeforeEach
    void open() {
        fixture = ViewModelFixture.open(tempDir);
        viewModel = new ChecklistViewModel(fixture.session, new FakeScheduler());
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    private StatusCounts counts() {
        return viewModel.statusCountsProperty().get();
    }

    @Test
    void withoutASearchTheCountsAreThePathsAndFollowEveryTick() {
        assertThat(counts()).isEqualTo(new StatusCounts(8, 0, 0, 0));

        viewModel.setStatus(LEARN_SQL, ItemStatus.DONE);
        viewModel.setStatus(PRACTICE_DEBUGGING, ItemStatus.SKIPPED);

        assertThat(counts()).isEqualTo(new StatusCounts(6, 0, 1, 1)).isEqualTo(fixture.session.state().statusCounts());
    }

    @Test
    void aSearchCountsOnlyTheItemsItMatches() {
        viewModel.setStatus(LEARN_SQL, ItemStatus.DONE);

        // Only a sub-step of the first step mentions Git.
        viewModel.searchProperty().set("git");

        assertThat(counts()).isEqualTo(new StatusCounts(1, 0, 0, 0));
        assertThat(StatusFilter.ALL.count(counts())).isEqualTo(1);
        assertThat(StatusFilter.DONE.count(counts())).isZero();

        viewModel.searchProperty().set("");
        assertThat(counts()).isEqualTo(new StatusCounts(7, 0, 1, 0));
    }

    @Test
    void aTickOnAMatchedItemMovesItsCountWithoutMakingTheListAgain() {
        viewModel.searchProperty().set("git");
        List<Boolean> rebuilt = new ArrayList<>();
        viewModel.rows().addListener((ListChangeListener<ChecklistRow>) change -> {
            while (change.next()) {
                rebuilt.add(!change.wasReplaced());
            }
        });

        viewModel.setStatus(LEARN_LANGUAGE, ItemStatus.LEARNING);

        assertThat(counts()).isEqualTo(new StatusCounts(0, 1, 0, 0));
        assertThat(rebuilt).isNotEmpty().containsOnly(false);
    }

    @Test
    void aTickOnAnItemTheSearchDoesNotMatchLeavesTheCounts() {
        viewModel.searchProperty().set("git");
        StatusCounts before = counts();

        viewModel.setStatus(LEARN_SQL, ItemStatus.DONE);

        assertThat(counts()).isSameAs(before);
    }

    @Test
    void aNoteThatMakesAnItemMatchAddsItToTheCountsAndOneThatStopsMatchingTakesItOut() {
        viewModel.setStatus(PRACTICE_DEBUGGING, ItemStatus.DONE);
        viewModel.searchProperty().set("git");

        fixture.session.saveNote(PRACTICE_DEBUGGING, "Practise git bisect on a real bug");
        assertThat(counts()).isEqualTo(new StatusCounts(1, 0, 1, 0));

        fixture.session.saveNote(PRACTICE_DEBUGGING, "Practise bisecting on a real bug");
        assertThat(counts()).isEqualTo(new StatusCounts(1, 0, 0, 0));
    }

    /**
     * Random ticks and notes under random searches: after each change, every filter's count is how many rows it shows
     * when chosen, the rows being made from scratch for it.
     */
    @Test
    void afterAnyChangeEachFiltersCountIsHowManyRowsItShows() {
        Random random = new Random(20261201);
        List<String> itemIds = fixture.session.state().path().sections().stream()
                .flatMap(section -> section.items().stream()).map(Item::id).toList();
        String[] searches = {"", "git", "learn", "zebra", "a"};
        String[] notes = {"", "zebra crossing", "learn more", "a git note"};
        for (int round = 0; round < 40; round++) {
            if (round % 8 == 0) {
                viewModel.searchProperty().set(searches[random.nextInt(searches.length)]);
            }
            // One to three changes in a row, each moving the counts from where the last one left them.
            for (int change = random.nextInt(3); change >= 0; change--) {
                String itemId = itemIds.get(random.nextInt(itemIds.size()));
                if (random.nextInt(3) == 0) {
                    fixture.session.saveNote(itemId, notes[random.nextInt(notes.length)]);
                } else {
                    viewModel.setStatus(itemId, ItemStatus.values()[random.nextInt(ItemStatus.values().length)]);
                }
            }

            StatusCounts maintained = counts();
            for (StatusFilter filter : StatusFilter.values()) {
                viewModel.filterProperty().set(filter);
                assertThat(viewModel.rows().stream().filter(ItemRow.class::isInstance).count())
                        .as("round %d, search \"%s\", filter %s", round, viewModel.searchProperty().get(), filter)
                        .isEqualTo(filter.count(maintained));
            }
            viewModel.filterProperty().set(StatusFilter.ALL);
        }
    }
}

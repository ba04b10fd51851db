package dev.stepwise.ui.checklist;

import static dev.stepwise.fixtures.FixturePath.DEPLOY;
import static dev.stepwise.fixtures.FixturePath.LEARN_LANGUAGE;
import static dev.stepwise.fixtures.FixturePath.LEARN_SQL;
import static org.assertj.core.api.Assertions.assertThat;

import dev.stepwise.domain.ItemStatus;
import dev.stepwise.ui.ViewModelFixture;
import dev.stepwise.ui.checklist.ChecklistRow.ItemRow;
import dev.stepwise.ui.common.Scheduler;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The checklist's rows for a search or filter are made off the FX thread and shown when they arrive; a result that a
 * newer request or a newer state has overtaken is never shown.
 */
class ChecklistRowsOffThreadTest {
    @TempDir
    Path tempDir;

    private ViewModelFixture fixture;
    private WorkerScheduler scheduler;
    private ChecklistViewModel viewModel;

    @BeforeEach
    void open() {
        fixture = ViewModelFixture.open(tempDir);
        scheduler = new WorkerScheduler();
        viewModel = new ChecklistViewModel(fixture.session, scheduler);
        scheduler.deliverAll();
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void theRowsOfASearchAreMadeOnAnotherThreadAndShownWhenTheyArrive() {
        viewModel.searchProperty().set("sql");

        assertThat(itemIds()).as("nothing changes before the rows arrive").hasSize(8);
        scheduler.deliverAll();
        assertThat(itemIds()).containsExactly(LEARN_SQL);
        assertThat(scheduler.workThreads).isNotEmpty().doesNotContain(Thread.currentThread().getName());
    }

    @Test
    void anOlderSearchArrivingLateIsNeverShown() {
        viewModel.searchProperty().set("sql");
        viewModel.searchProperty().set("cloud");

        // The older result comes last, as it could from a busy worker.
        scheduler.deliverNewestFirst();

        assertThat(itemIds()).containsExactly(DEPLOY);
        assertThat(viewModel.shownSummaryProperty().get()).isEqualTo("Showing 1 of 8 items");
    }

    @Test
    void rowsMadeForAStateThatChangedMeanwhileAreMadeAgain() {
        viewModel.filterProperty().set(StatusFilter.DONE);
        viewModel.setStatus(LEARN_LANGUAGE, ItemStatus.DONE);

        scheduler.deliverAll();

        assertThat(itemIds()).containsExactly(LEARN_LANGUAGE);
        assertThat(((ItemRow) viewModel.rows().get(viewModel.indexOf(ChecklistRow.itemKey(LEARN_LANGUAGE)))).status())
                .isEqualTo(ItemStatus.DONE);
    }

    private List<String> itemIds() {
        return viewModel.rows().stream().filter(ItemRow.class::isInstance).map(row -> ((ItemRow) row).item().id()).toList();
    }

    /** Work runs on a thread of its own; its results wait, as on the FX thread's queue, until the test delivers them. */
    private static final class WorkerScheduler implements Scheduler {
        final List<String> workThreads = new ArrayList<>();
        private final List<Runnable> queued = new ArrayList<>();

        @Override
        public Runnable schedule(Duration delay, Runnable action) {
            return () -> { };
        }

        @Override
        public <T> void offThread(Supplier<T> work, Consumer<T> onFx) {
            List<T> result = new ArrayList<>();
            Thread thread = new Thread(() -> {
                result.add(work.get());
                workThreads.add(Thread.currentThread().getName());
            }, "test-worker");
            thread.start();
            try {
                thread.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
            if (result.get(0) != null) {
                queued.add(() -> onFx.accept(result.get(0)));
            }
        }

        void deliverNewestFirst() {
            Collections.reverse(queued);
            deliverAll();
        }

        /** Delivers every waiting result in order, and those their delivery asks for. */
        void deliverAll() {
            while (!queued.isEmpty()) {
                queued.remove(0).run();
            }
        }
    }
}

package dev.stepwise.ui.overview;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stepwise.domain.ActivityHistory;
import dev.stepwise.domain.ItemStatus;
import dev.stepwise.fixtures.FixturePath;
import dev.stepwise.ui.ViewModelFixture;
import dev.stepwise.ui.ViewModelFixture.FakeScheduler;
import dev.stepwise.ui.ViewModelFixture.ManualExecutorService;
import dev.stepwise.ui.common.Background;
import dev.stepwise.ui.common.Workspace;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * When the overview's history is read: at once for another path, once after a burst of saves (progress or time logged),
 * and never twice for one path switch. Every read is a scan of a year of the activity log on the store thread.
 */
class ActivityViewModelTest {
    @TempDir
    Path tempDir;

    /** Jobs run when a test says: as on the store thread, what they load reaches the view models after the call. */
    final ManualExecutorService store = new ManualExecutorService();
    final FakeScheduler scheduler = new FakeScheduler();
    final List<String> reads = new ArrayList<>();
    ViewModelFixture fixture;
    Workspace workspace;
    ActivityViewModel viewModel;

    @BeforeEach
    void open() {
        fixture = ViewModelFixture.open(tempDir, store);
        workspace = fixture.workspace;
        viewModel = new ActivityViewModel(fixture.session, this::countedRead, scheduler, workspace.study().saveCountProperty());
        store.runAll();
    }

    @AfterEach
    void close() {
        viewModel.dispose();
        fixture.close();
    }

    private Background.Job<ActivityHistory> countedRead(String pathId) {
        reads.add(pathId);
        return workspace.history(pathId);
    }

    @Test
    void switchingPathsReadsTheOtherPathsHistoryOnceAndAtOnce() {
        String other = fixture.stepwise.workspace().fork(FixturePath.ID, "My copy", false).id();
        // The other path has time logged, so loading its study log changes the one the tracker holds.
        fixture.stepwise.studyTime().logTime(other, FixturePath.LEARN_LANGUAGE, 30);
        reads.clear();

        workspace.switchTo(other);
        store.runAll();
        scheduler.runPending();
        store.runAll();

        assertThat(reads).containsExactly(other);
        assertThat(fixture.session.pathId()).isEqualTo(other);
        assertThat(workspace.study().log().entries()).hasSize(1);
        assertThat(viewModel.historyProperty().get().thisWeek().minutes()).isEqualTo(30);
        assertThat(fixture.errors).isEmpty();
    }

    @Test
    void timeLoggedIsReadOnceAfterItSettles() {
        reads.clear();

        workspace.study().logTime(FixturePath.LEARN_LANGUAGE, 20);
        workspace.study().logTime(FixturePath.LEARN_LANGUAGE, 25);
        store.runAll();

        assertThat(reads).isEmpty();
        scheduler.runPending();
        store.runAll();
        assertThat(reads).containsExactly(FixturePath.ID);
        assertThat(viewModel.historyProperty().get().thisWeek().minutes()).isEqualTo(45);
    }

    @Test
    void aBurstOfTicksIsReadOnceAfterItSettles() {
        reads.clear();

        fixture.session.setStatus(FixturePath.LEARN_LANGUAGE, ItemStatus.LEARNING);
        fixture.session.setStatus(FixturePath.LEARN_SQL, ItemStatus.DONE);
        store.runAll();

        assertThat(reads).isEmpty();
        scheduler.runPending();
        store.runAll();
        assertThat(reads).containsExactly(FixturePath.ID);
    }
}

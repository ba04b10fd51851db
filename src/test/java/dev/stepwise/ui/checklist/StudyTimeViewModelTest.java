package dev.stepwise.ui.checklist;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stepwise.domain.ItemStatus;
import dev.stepwise.domain.ReviewPlan;
import dev.stepwise.fixtures.FixturePath;
import dev.stepwise.store.Probe;
import dev.stepwise.ui.ViewModelFixture;
import java.nio.file.Path;
import java.time.Duration;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The selected item's study time and review, over the real services and a real file, without a toolkit. */
class StudyTimeViewModelTest {
    @TempDir
    Path tempDir;

    ViewModelFixture fixture;
    final SimpleObjectProperty<String> selected = new SimpleObjectProperty<>();
    StudyTimeViewModel viewModel;

    @BeforeEach
    void open() {
        fixture = ViewModelFixture.open(tempDir);
        viewModel = new StudyTimeViewModel(fixture.workspace.study(), fixture.session, selected);
    }

    @AfterEach
    void close() {
        viewModel.dispose();
        fixture.close();
    }

    private long rows(String table) {
        return Probe.count(tempDir.resolve("stepwise.db"), table);
    }

    @Test
    void showsTimeAgainstTheEstimateAndThisWeekAsTimeIsAdded() {
        selected.set(FixturePath.LEARN_LANGUAGE);
        assertThat(viewModel.spentProperty().get()).isEqualTo("0 min of about 80 h");

        viewModel.addMinutes(45);
        viewModel.addMinutes(90);

        assertThat(viewModel.spentProperty().get()).isEqualTo("2 h 15 min of about 80 h");
        assertThat(viewModel.weekProperty().get()).isEqualTo("This week on the path: 2 h 15 min");
        selected.set(FixturePath.LEARN_SQL);
        viewModel.addMinutes(15);
        assertThat(viewModel.sectionProperty().get()).isEqualTo("The section “Steps”: 2 h 30 min in all");
        assertThat(viewModel.spentProperty().get()).startsWith("15 min");
        selected.set(null);
        assertThat(viewModel.spentProperty().get()).isEmpty();
        assertThat(fixture.errors).isEmpty();
    }

    @Test
    void typedMinutesAreCheckedBeforeAnythingIsSaved() {
        selected.set(FixturePath.LEARN_LANGUAGE);
        assertThat(viewModel.addTyped("abc")).isEqualTo("Type a whole number of minutes from 1 to 1440");
        assertThat(viewModel.addTyped("0")).isNotNull();
        assertThat(viewModel.addTyped("1441")).isNotNull();
        assertThat(rows("study_time")).isZero();

        assertThat(viewModel.addTyped(" 30 ")).isNull();
        assertThat(rows("study_time")).isEqualTo(1);
    }

    @Test
    void theTimerRunsHereOrElsewhereAndLogsItsMinutesWhenStopped() {
        selected.set(FixturePath.LEARN_LANGUAGE);
        viewModel.toggleTimer();
        assertThat(viewModel.runningSinceProperty().get()).isNotNull();
        fixture.clock.skip(Duration.ofMinutes(10));
        assertThat(viewModel.elapsedText()).startsWith("0:10:");

        selected.set(FixturePath.LEARN_SQL);
        assertThat(viewModel.runningSinceProperty().get()).isNull();
        assertThat(viewModel.elsewhereProperty().get()).contains("Learn a programming language");

        selected.set(FixturePath.LEARN_LANGUAGE);
        viewModel.toggleTimer();
        assertThat(viewModel.runningSinceProperty().get()).isNull();
        assertThat(viewModel.spentProperty().get()).isEqualTo("10 min of about 80 h");
        assertThat(rows("study_timer")).isZero();
    }

    @Test
    void aTimerLeftRunningOverTwelveHoursLogsNothingAndAsksForTheTimeByHand() {
        selected.set(FixturePath.LEARN_LANGUAGE);
        viewModel.toggleTimer();
        fixture.clock.skip(Duration.ofHours(13));
        viewModel.toggleTimer();

        assertThat(rows("study_time")).isZero();
        assertThat(viewModel.noticeProperty().get()).startsWith("The timer ran 13 h, longer than 12 h, so nothing was logged.");
        viewModel.addMinutes(90);
        assertThat(viewModel.noticeProperty().get()).as("answered by hand").isEmpty();
        assertThat(viewModel.spentProperty().get()).isEqualTo("1 h 30 min of about 80 h");
    }

    @Test
    void aReviewIsOfferedForADoneItemOnly() {
        selected.set(FixturePath.LEARN_LANGUAGE);
        assertThat(viewModel.reviewableProperty().get()).isFalse();
        assertThat(viewModel.reviewProperty().get()).isEqualTo("Mark the item done to plan a review of it.");
        viewModel.scheduleReview(ReviewPlan.SPACED);
        assertThat(rows("item_review")).isZero();

        fixture.session.setStatus(FixturePath.LEARN_LANGUAGE, ItemStatus.DONE);
        assertThat(viewModel.reviewProperty().get()).isEqualTo("No review planned");
        viewModel.scheduleReview(ReviewPlan.SPACED);

        assertThat(viewModel.reviewProperty().get()).isEqualTo("Next review: Mar 2, 2025 (step 1 of 4)");
        fixture.session.setStatus(FixturePath.LEARN_LANGUAGE, ItemStatus.LEARNING);
        assertThat(fixture.workspace.study().log().reviewOf(FixturePath.LEARN_LANGUAGE)).as("dropped as in the store").isEmpty();
        assertThat(rows("item_review")).isZero();
    }
}

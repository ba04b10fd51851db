package dev.stepwise.ui.overview;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stepwise.domain.ItemStatus;
import dev.stepwise.domain.ReviewPlan;
import dev.stepwise.fixtures.FixturePath;
import dev.stepwise.ui.ViewModelFixture;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The overview's review queue over the real services and a real file, without a toolkit. */
class ReviewQueueViewModelTest {
    @TempDir
    Path tempDir;

    ViewModelFixture fixture;
    final List<String> opened = new ArrayList<>();
    ReviewQueueViewModel viewModel;

    @BeforeEach
    void open() {
        fixture = ViewModelFixture.open(tempDir);
        viewModel = new ReviewQueueViewModel(fixture.workspace.study(), fixture.session, opened::add);
    }

    @AfterEach
    void close() {
        viewModel.dispose();
        fixture.close();
    }

    private void reviewed(String itemId, ReviewPlan plan) {
        fixture.session.setStatus(itemId, ItemStatus.DONE);
        fixture.workspace.study().scheduleReview(itemId, plan);
    }

    @Test
    void holdsReviewsDueTodayOrOverdueOldestFirst() {
        assertThat(viewModel.anyPlannedProperty().get()).isFalse();
        reviewed(FixturePath.LEARN_SQL, ReviewPlan.IN_TWO_WEEKS);
        reviewed(FixturePath.LEARN_LANGUAGE, ReviewPlan.SPACED);
        assertThat(viewModel.rows()).as("nothing is due yet").isEmpty();
        assertThat(viewModel.anyPlannedProperty().get()).isTrue();

        fixture.clock.skip(Duration.ofDays(14));
        viewModel.refresh();

        assertThat(viewModel.rows()).extracting(ReviewQueueViewModel.Row::itemId)
                .containsExactly(FixturePath.LEARN_LANGUAGE, FixturePath.LEARN_SQL);
        assertThat(viewModel.rows().get(0).dueOn()).isEqualTo(LocalDate.of(2025, 3, 2));
        assertThat(viewModel.rows().get(0).title()).isEqualTo("Learn a programming language");
    }

    @Test
    void confirmingMovesToTheNextStepAndReopeningLearnsTheItemAgain() {
        reviewed(FixturePath.LEARN_LANGUAGE, ReviewPlan.SPACED);
        reviewed(FixturePath.LEARN_SQL, ReviewPlan.SPACED);
        fixture.clock.skip(Duration.ofDays(1));
        viewModel.refresh();
        assertThat(viewModel.rows()).hasSize(2);

        viewModel.confirm(viewModel.rows().get(0));
        assertThat(viewModel.rows()).extracting(ReviewQueueViewModel.Row::itemId).containsExactly(FixturePath.LEARN_SQL);
        assertThat(fixture.workspace.study().log().reviewOf(FixturePath.LEARN_LANGUAGE).orElseThrow().step()).isEqualTo(1);

        viewModel.reopen(viewModel.rows().get(0));
        assertThat(viewModel.rows()).isEmpty();
        assertThat(fixture.session.state().statusOf(FixturePath.LEARN_SQL)).isEqualTo(ItemStatus.LEARNING);
        assertThat(fixture.errors).isEmpty();
    }

    @Test
    void anItemNoLongerDoneLeavesTheQueueAndOpeningShowsTheItem() {
        reviewed(FixturePath.LEARN_LANGUAGE, ReviewPlan.SPACED);
        fixture.clock.skip(Duration.ofDays(1));
        viewModel.refresh();
        viewModel.open(viewModel.rows().get(0));
        assertThat(opened).containsExactly(FixturePath.LEARN_LANGUAGE);

        fixture.session.setStatus(FixturePath.LEARN_LANGUAGE, ItemStatus.NOT_STARTED);
        assertThat(viewModel.rows()).isEmpty();
        assertThat(viewModel.anyPlannedProperty().get()).isFalse();
    }
}

package dev.stepwise.ui.charts;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stepwise.domain.ActivityKind;
import dev.stepwise.domain.DoneOverTime.Point;
import dev.stepwise.domain.DoneOverTime.Series;
import dev.stepwise.domain.ItemStatus;
import dev.stepwise.domain.Milestone;
import dev.stepwise.domain.MilestoneEdits;
import dev.stepwise.domain.PathChange;
import dev.stepwise.domain.PlanPoint;
import dev.stepwise.fixtures.FixturePath;
import dev.stepwise.ui.ViewModelFixture;
import dev.stepwise.ui.common.Scheduler;
import dev.stepwise.ui.common.UndoHistory;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The burn-up's view model over the real services (the fixture's clock ticks on 2025-03-01, UTC). */
class BurnUpChartViewModelTest {
    private static final LocalDate MARCH_1 = LocalDate.of(2025, 3, 1);
    /** Two days after the fixture's ticks; already March 4 in Tokyo. */
    private static final Instant MARCH_3_EVENING = Instant.parse("2025-03-03T20:00:00Z");

    @TempDir
    Path tempDir;
    ViewModelFixture fixture;
    final List<Runnable> held = new ArrayList<>();
    /** Background work waits here until the test runs it. */
    final Scheduler scheduler = new Scheduler() {
        @Override
        public Runnable schedule(Duration delay, Runnable action) {
            throw new UnsupportedOperationException();
        }

        @Override
        public <T> void offThread(Supplier<T> work, Consumer<T> onFx) {
            held.add(() -> onFx.accept(work.get()));
        }
    };

    @BeforeEach
    void open() {
        fixture = ViewModelFixture.open(tempDir);
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    private void runHeld() {
        List<Runnable> now = List.copyOf(held);
        held.clear();
        now.forEach(Runnable::run);
    }

    private BurnUpViewModel viewModel(ZoneId zone) {
        BurnUpViewModel viewModel = new BurnUpViewModel(fixture.session, scheduler, Clock.fixed(MARCH_3_EVENING, zone));
        runHeld();
        return viewModel;
    }

    @Test
    void anEmptyPathShowsNothingDoneAgainstAllItems() {
        Series series = viewModel(ZoneId.of("UTC")).seriesProperty().get();

        assertThat(series.isEmpty()).isTrue();
        assertThat(series.total()).isEqualTo(8);
        assertThat(series.points()).containsExactly(new Point(LocalDate.of(2025, 3, 3), 0));
    }

    @Test
    void aTickAddsToTheLineWithoutCountingThePathAgain() {
        BurnUpViewModel viewModel = viewModel(ZoneId.of("UTC"));

        fixture.session.setStatus(FixturePath.LEARN_LANGUAGE, ItemStatus.DONE);
        fixture.session.setStatus(FixturePath.LEARN_SQL, ItemStatus.DONE);
        fixture.session.setStatus(FixturePath.CS_DEGREE, ItemStatus.SKIPPED);

        assertThat(held).as("a tick counts no path again off the FX thread").isEmpty();
        Series series = viewModel.seriesProperty().get();
        assertThat(series.points()).containsExactly(new Point(MARCH_1.minusDays(1), 0), new Point(MARCH_1, 2),
                new Point(MARCH_1.plusDays(1), 2), new Point(MARCH_1.plusDays(2), 2));
        assertThat(series.total()).isEqualTo(7);

        fixture.session.setStatus(FixturePath.LEARN_SQL, ItemStatus.LEARNING);
        assertThat(viewModel.seriesProperty().get().points()).last().isEqualTo(new Point(MARCH_1.plusDays(2), 1));
    }

    @Test
    void todayIsTheLearnersDayInTheirZone() {
        fixture.session.setStatus(FixturePath.LEARN_LANGUAGE, ItemStatus.DONE);

        assertThat(viewModel(ZoneId.of("Asia/Tokyo")).seriesProperty().get().points()).last()
                .isEqualTo(new Point(LocalDate.of(2025, 3, 4), 1));
        assertThat(viewModel(ZoneId.of("America/New_York")).seriesProperty().get().points()).last()
                .isEqualTo(new Point(LocalDate.of(2025, 3, 3), 1));
    }

    @Test
    void aCountOfAnOlderStateIsDroppedForTheNewerOne() {
        BurnUpViewModel viewModel = new BurnUpViewModel(fixture.session, scheduler, Clock.fixed(MARCH_3_EVENING, ZoneId.of("UTC")));
        assertThat(viewModel.seriesProperty().get()).isNull();

        // A tick while the first count is still being made: the count is made again, for the newer state.
        fixture.session.setStatus(FixturePath.LEARN_LANGUAGE, ItemStatus.DONE);
        runHeld();

        assertThat(viewModel.seriesProperty().get().points()).last().isEqualTo(new Point(LocalDate.of(2025, 3, 3), 1));
    }

    @Test
    void thePlanLineIsTheHookMilestonesFill() {
        BurnUpViewModel viewModel = viewModel(ZoneId.of("UTC"));
        assertThat(viewModel.planProperty().get()).isEmpty();

        viewModel.setPlan(List.of(new PlanPoint(LocalDate.of(2025, 4, 1), 8), new PlanPoint(MARCH_1, 0)));

        assertThat(viewModel.planProperty().get()).containsExactly(new PlanPoint(MARCH_1, 0),
                new PlanPoint(LocalDate.of(2025, 4, 1), 8));
    }

    @Test
    void thePlanLineIsTheMilestonesAndFollowsThem() {
        BurnUpViewModel viewModel = viewModel(ZoneId.of("UTC"));
        assertThat(viewModel.planProperty().get()).as("no milestones, no plan").isEmpty();
        Milestone week = new Milestone("week-1", "Week 1", MARCH_1.plusDays(7),
                List.of(FixturePath.LEARN_LANGUAGE, FixturePath.LEARN_SQL));

        fixture.session.edit(new PathChange(ActivityKind.MILESTONE_ADDED, week.id(), "Milestone added",
                path -> MilestoneEdits.addMilestone(path, week)));

        // From nothing planned on the day the path was installed (the fixture's clock), so one milestone is a line.
        assertThat(viewModel.planProperty().get()).containsExactly(new PlanPoint(MARCH_1, 0),
                new PlanPoint(MARCH_1.plusDays(7), 2));

        // A skipped item leaves the plan, at once, and comes back when it is taken up again.
        fixture.session.setStatus(FixturePath.LEARN_SQL, ItemStatus.SKIPPED);
        assertThat(viewModel.planProperty().get()).containsExactly(new PlanPoint(MARCH_1, 0),
                new PlanPoint(MARCH_1.plusDays(7), 1));
        fixture.session.setStatus(FixturePath.LEARN_SQL, ItemStatus.LEARNING);
        assertThat(viewModel.planProperty().get()).containsExactly(new PlanPoint(MARCH_1, 0),
                new PlanPoint(MARCH_1.plusDays(7), 2));
    }

    @Test
    void aMilestoneDatedOnTheDayThePathBeganIsThePlansFirstPoint() {
        BurnUpViewModel viewModel = viewModel(ZoneId.of("UTC"));
        Milestone today = new Milestone("day-1", "Day 1", MARCH_1, List.of(FixturePath.LEARN_LANGUAGE));

        fixture.session.edit(new PathChange(ActivityKind.MILESTONE_ADDED, today.id(), "Milestone added",
                path -> MilestoneEdits.addMilestone(path, today)));

        assertThat(viewModel.planProperty().get()).containsExactly(new PlanPoint(MARCH_1, 1));
    }

    @Test
    void aSkipUndoneComesBackIntoThePlan() {
        BurnUpViewModel viewModel = viewModel(ZoneId.of("UTC"));
        Milestone week = new Milestone("week-1", "Week 1", MARCH_1.plusDays(7),
                List.of(FixturePath.LEARN_LANGUAGE, FixturePath.LEARN_SQL));
        fixture.session.edit(new PathChange(ActivityKind.MILESTONE_ADDED, week.id(), "Milestone added",
                path -> MilestoneEdits.addMilestone(path, week)));
        fixture.session.setStatus(FixturePath.LEARN_SQL, ItemStatus.SKIPPED);
        assertThat(viewModel.planProperty().get()).containsExactly(new PlanPoint(MARCH_1, 0),
                new PlanPoint(MARCH_1.plusDays(7), 1));

        // The path is read afresh after an undo: its content is the same, so it follows the state shown.
        new UndoHistory(fixture.workspace, fixture.stepwise.undo(), fixture.errors::add).undo();

        assertThat(fixture.session.state().statusOf(FixturePath.LEARN_SQL)).isEqualTo(ItemStatus.NOT_STARTED);
        assertThat(viewModel.planProperty().get()).containsExactly(new PlanPoint(MARCH_1, 0),
                new PlanPoint(MARCH_1.plusDays(7), 2));
    }
}

package dev.stepwise.domain;

import static dev.stepwise.domain.TestPaths.API_STEP;
import static dev.stepwise.domain.TestPaths.DEGREE;
import static dev.stepwise.domain.TestPaths.LANG;
import static dev.stepwise.domain.TestPaths.SQL_STEP;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The due and on-track rules on fixed dates: day boundaries, a daylight-saving change and a change of time zone. */
class MilestoneTest {
    private static final LocalDate DUE = LocalDate.of(2026, 4, 10);

    private final Map<String, ItemStatus> statuses = new HashMap<>();

    private ItemStatus status(String itemId) {
        return statuses.getOrDefault(itemId, ItemStatus.NOT_STARTED);
    }

    private static LearningPath withMilestones(Milestone... milestones) {
        return TestPaths.backendPath().withMilestones(List.of(milestones));
    }

    @Test
    void dueSoonRunsFromTodayToSevenDaysAheadBothIncludedAndOverdueStartsTheDayAfter() {
        assertThat(Deadlines.state(DUE, false, DUE.minusDays(8))).isEqualTo(DueState.LATER);
        assertThat(Deadlines.state(DUE, false, DUE.minusDays(7))).isEqualTo(DueState.DUE_SOON);
        assertThat(Deadlines.state(DUE, false, DUE)).isEqualTo(DueState.DUE_SOON);
        assertThat(Deadlines.state(DUE, false, DUE.plusDays(1))).isEqualTo(DueState.OVERDUE);
        assertThat(Deadlines.state(null, false, DUE)).isEqualTo(DueState.NONE);
    }

    @Test
    void doneAndSkippedItemsAreNeverDue() {
        assertThat(Deadlines.state(DUE, true, DUE.plusDays(30))).isEqualTo(DueState.NONE);
        LearningPath path = PathEdits.updateItem(TestPaths.backendPath(), LANG, item -> item.withTargetDate(DUE));
        Deadlines deadlines = Deadlines.of(path);
        assertThat(deadlines.stateOf(LANG, ItemStatus.LEARNING, DUE.plusDays(1))).isEqualTo(DueState.OVERDUE);
        assertThat(deadlines.stateOf(LANG, ItemStatus.DONE, DUE.plusDays(1))).isEqualTo(DueState.NONE);
        assertThat(deadlines.stateOf(LANG, ItemStatus.SKIPPED, DUE.plusDays(1))).isEqualTo(DueState.NONE);
    }

    @Test
    void anItemsOwnDateWinsOverItsMilestonesAndOtherwiseTheEarliestMilestoneCounts() {
        LearningPath path = withMilestones(
                new Milestone("late", "Late", DUE.plusDays(20), List.of(LANG, SQL_STEP)),
                new Milestone("early", "Early", DUE, List.of(SQL_STEP)));
        path = PathEdits.updateItem(path, LANG, item -> item.withTargetDate(DUE.plusDays(30)));
        Deadlines deadlines = Deadlines.of(path);

        assertThat(deadlines.dueOf(LANG)).contains(DUE.plusDays(30));
        assertThat(deadlines.dueOf(SQL_STEP)).contains(DUE);
        assertThat(deadlines.dueOf(API_STEP)).isEmpty();
    }

    @Test
    void theSameInstantIsADifferentDayInAnotherZoneAndSoADifferentDueState() {
        // 23:30 in London on the 10th is already 08:30 on the 11th in Tokyo.
        Instant instant = Instant.parse("2026-04-10T22:30:00Z");
        LocalDate london = Deadlines.today(Clock.fixed(instant, ZoneId.of("Europe/London")));
        LocalDate tokyo = Deadlines.today(Clock.fixed(instant, ZoneId.of("Asia/Tokyo")));

        assertThat(london).isEqualTo(DUE);
        assertThat(tokyo).isEqualTo(DUE.plusDays(1));
        assertThat(Deadlines.state(DUE, false, london)).isEqualTo(DueState.DUE_SOON);
        assertThat(Deadlines.state(DUE, false, tokyo)).isEqualTo(DueState.OVERDUE);
    }

    @Test
    void aDaylightSavingChangeNeitherShortensNorLengthensTheWeek() {
        // Berlin moves to summer time on 29 March 2026: from the 28th to 4 April is 7 days but only 167 hours.
        ZoneId berlin = ZoneId.of("Europe/Berlin");
        LocalDate due = LocalDate.of(2026, 4, 4);
        Clock justAfterMidnight = Clock.fixed(Instant.parse("2026-03-27T23:00:00Z"), berlin);
        Clock lastMinute = Clock.fixed(Instant.parse("2026-03-27T22:59:00Z"), berlin);

        assertThat(Deadlines.today(justAfterMidnight)).isEqualTo(LocalDate.of(2026, 3, 28));
        assertThat(Deadlines.state(due, false, Deadlines.today(justAfterMidnight))).isEqualTo(DueState.DUE_SOON);
        assertThat(Deadlines.state(due, false, Deadlines.today(lastMinute))).isEqualTo(DueState.LATER);
        Clock dayAfter = Clock.fixed(Instant.parse("2026-04-04T22:00:00Z"), berlin);
        assertThat(Deadlines.today(dayAfter)).as("midnight in summer time is 22:00 UTC").isEqualTo(due.plusDays(1));
        assertThat(Deadlines.state(due, false, Deadlines.today(dayAfter))).isEqualTo(DueState.OVERDUE);
    }

    @Test
    void aMilestoneIsOnTrackWhenItsDoneShareKeepsUpWithTheShareOfItsSpanThatHasPassed() {
        LocalDate start = LocalDate.of(2026, 4, 1);
        // Four items over 10 days from the path's start; on the 6th half the span has passed.
        LearningPath path = withMilestones(new Milestone("m", "Week 2", start.plusDays(10),
                List.of(LANG, SQL_STEP, API_STEP, DEGREE)));
        statuses.put(LANG, ItemStatus.DONE);
        MilestoneStanding behind = Timeline.of(path, this::status, start, start.plusDays(5)).get(0);
        assertThat(behind.elapsedShare()).isEqualTo(0.5);
        assertThat(behind.doneShare()).isEqualTo(0.25);
        assertThat(behind.onTrack()).isFalse();
        assertThat(behind.left()).containsExactly(SQL_STEP, API_STEP, DEGREE);
        assertThat(behind.daysLeft()).isEqualTo(5);

        statuses.put(SQL_STEP, ItemStatus.DONE);
        MilestoneStanding even = Timeline.of(path, this::status, start, start.plusDays(5)).get(0);
        assertThat(even.onTrack()).as("half done at half time").isTrue();
        assertThat(Timeline.of(path, this::status, start, start.plusDays(6)).get(0).onTrack()).isFalse();
    }

    @Test
    void skippedItemsDoNotCountAndAFinishedMilestoneIsOnTrackAndNotDueEvenLate() {
        LocalDate start = LocalDate.of(2026, 4, 1);
        LearningPath path = withMilestones(new Milestone("m", "Week 1", start.plusDays(7), List.of(LANG, SQL_STEP)));
        statuses.put(LANG, ItemStatus.DONE);
        statuses.put(SQL_STEP, ItemStatus.SKIPPED);

        MilestoneStanding standing = Timeline.of(path, this::status, start, start.plusDays(30)).get(0);
        assertThat(standing.counted()).isEqualTo(1);
        assertThat(standing.complete()).isTrue();
        assertThat(standing.onTrack()).isTrue();
        assertThat(standing.due()).isEqualTo(DueState.NONE);
        assertThat(standing.daysLeft()).isEqualTo(-23);

        statuses.put(LANG, ItemStatus.LEARNING);
        MilestoneStanding late = Timeline.of(path, this::status, start, start.plusDays(8)).get(0);
        assertThat(late.due()).isEqualTo(DueState.OVERDUE);
        assertThat(late.onTrack()).isFalse();
    }

    @Test
    void eachSpanStartsAtThePreviousMilestonesDateAndTheFirstAtThePathsStart() {
        LocalDate start = LocalDate.of(2026, 4, 1);
        LearningPath path = withMilestones(
                new Milestone("c", "Third", start.plusDays(30), List.of(API_STEP)),
                new Milestone("a", "First", start.plusDays(10), List.of(LANG)),
                new Milestone("b", "Second", start.plusDays(20), List.of(SQL_STEP)),
                new Milestone("b2", "Second too", start.plusDays(20), List.of()));

        List<MilestoneStanding> timeline = Timeline.of(path, this::status, start, start.plusDays(15));
        assertThat(timeline).extracting(standing -> standing.milestone().id()).containsExactly("a", "b", "b2", "c");
        assertThat(timeline).extracting(MilestoneStanding::spanStart)
                .containsExactly(start, start.plusDays(10), start.plusDays(10), start.plusDays(20));
        assertThat(timeline.get(1).elapsedShare()).isEqualTo(0.5);
        assertThat(timeline.get(3).elapsedShare()).as("its span has not begun").isZero();
        assertThat(timeline.get(3).onTrack()).isTrue();
        assertThat(timeline.get(2).complete()).as("nothing to do").isTrue();
    }

    @Test
    void aPathStartedAfterItsFirstMilestoneGivesThatMilestoneASpanOfItsOwnDay() {
        LocalDate due = LocalDate.of(2026, 4, 1);
        LearningPath path = withMilestones(new Milestone("m", "Early", due, List.of(LANG)));
        MilestoneStanding before = Timeline.of(path, this::status, due.plusDays(5), due.minusDays(1)).get(0);
        assertThat(before.spanStart()).isEqualTo(due);
        assertThat(before.onTrack()).isTrue();
        assertThat(Timeline.of(path, this::status, due.plusDays(5), due).get(0).onTrack()).isFalse();
    }

    @Test
    void dueSoonListsOverdueAndDueSoonMilestonesAndItemsWithTheirOwnDateEarliestFirstAndLeavesOutDoneAndLater() {
        LocalDate today = LocalDate.of(2026, 4, 10);
        LearningPath path = withMilestones(
                new Milestone("soon", "Soon", today.plusDays(3), List.of(LANG, SQL_STEP)),
                new Milestone("later", "Later", today.plusDays(8), List.of(API_STEP)),
                new Milestone("done", "All done", today.minusDays(1), List.of(API_STEP)));
        path = PathEdits.updateItem(path, DEGREE, item -> item.withTargetDate(today.minusDays(2)));
        path = PathEdits.updateItem(path, SQL_STEP, item -> item.withTargetDate(today.plusDays(7)));
        PathState state = PathState.fresh(path).with(ItemProgress.notStarted(API_STEP).withStatus(ItemStatus.DONE, today));

        DueSoon dueSoon = DueSoon.of(state, today, 6);
        List<DueSoon.Entry> entries = dueSoon.first();
        assertThat(entries).extracting(DueSoon.Entry::id).as("LANG is due through its milestone: the milestone's line counts it")
                .containsExactly(DEGREE, "soon", SQL_STEP);
        assertThat(entries).extracting(DueSoon.Entry::state)
                .containsExactly(DueState.OVERDUE, DueState.DUE_SOON, DueState.DUE_SOON);
        assertThat(entries.get(1).milestone()).isTrue();
        assertThat(entries.get(1).left()).isEqualTo(2);
        assertThat(dueSoon.overdue()).isEqualTo(1);
        assertThat(dueSoon.count()).isEqualTo(3);
        assertThat(state.shape().deadlines().stateOf(LANG, ItemStatus.NOT_STARTED, today))
                .as("the checklist still marks it").isEqualTo(DueState.DUE_SOON);
    }
}

package dev.stepwise.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The study-time rules on fixed instants: entry limits, the timer, and totals per item, section, set and week. */
class StudyTimeRulesTest {
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    private static StudyEntry entry(String itemId, String start, int minutes) {
        return new StudyEntry(itemId, Instant.parse(start), minutes, StudySource.MANUAL);
    }

    @Test
    void anEntryHasAtLeastOneMinuteAndAtMostADay() {
        assertThat(entry("a", "2026-03-02T10:00:00Z", 1).minutes()).isEqualTo(1);
        assertThat(entry("a", "2026-03-02T10:00:00Z", StudyEntry.MAX_MINUTES).minutes()).isEqualTo(1440);
        for (int minutes : new int[] {0, -5, StudyEntry.MAX_MINUTES + 1, Integer.MIN_VALUE}) {
            assertThatThrownBy(() -> entry("a", "2026-03-02T10:00:00Z", minutes)).isInstanceOf(InvalidEditException.class)
                    .hasMessageContaining(String.valueOf(minutes));
        }
    }

    @Test
    void aTimerLogsItsRealMinutesRoundedToTheNearestMinute() {
        StudyTimer timer = new StudyTimer("a", Instant.parse("2026-03-02T10:00:00Z"));
        assertThat(timer.minutesAt(Instant.parse("2026-03-02T10:45:29Z"))).hasValue(45);
        assertThat(timer.minutesAt(Instant.parse("2026-03-02T10:45:30Z"))).hasValue(46);
        assertThat(timer.minutesAt(Instant.parse("2026-03-02T10:00:29Z"))).as("under half a minute logs nothing").isEmpty();
        assertThat(timer.minutesAt(Instant.parse("2026-03-02T09:00:00Z"))).as("a clock set back").isEmpty();
        assertThat(timer.stopAt(Instant.parse("2026-03-02T11:00:00Z"))).contains(
                new StudyEntry("a", timer.startedAt(), 60, StudySource.TIMER));
    }

    @Test
    void aTimerLeftRunningOverTwelveHoursLogsNothingTheLearnerIsAsked() {
        StudyTimer timer = new StudyTimer("a", Instant.parse("2026-03-02T10:00:00Z"));
        Instant twelveHours = timer.startedAt().plus(StudyTimer.LONGEST);
        assertThat(timer.minutesAt(twelveHours)).hasValue(720);
        assertThat(timer.isOverlongAt(twelveHours)).isFalse();
        assertThat(timer.isOverlongAt(twelveHours.plusSeconds(1))).isTrue();
        assertThat(timer.stopAt(twelveHours.plusSeconds(1))).isEmpty();
        assertThat(timer.elapsedAt(twelveHours.plus(Duration.ofHours(2)))).isEqualTo(Duration.ofHours(14));
    }

    @Test
    void aSessionAcrossTheSpringDstSwitchCountsItsRealMinutes() {
        // 29 March 2026, Berlin: 02:00 CET becomes 03:00 CEST. On the wall 00:30 → 03:30 looks like three hours.
        Instant start = ZonedDateTime.of(2026, 3, 29, 0, 30, 0, 0, BERLIN).toInstant();
        Instant stop = ZonedDateTime.of(2026, 3, 29, 3, 30, 0, 0, BERLIN).toInstant();
        assertThat(new StudyTimer("a", start).minutesAt(stop)).hasValue(120);
    }

    @Test
    void aSessionAcrossTheAutumnDstSwitchCountsItsRealMinutes() {
        // 25 October 2026, Berlin: 03:00 CEST becomes 02:00 CET. On the wall 01:30 → 03:30 looks like two hours.
        Instant start = ZonedDateTime.of(2026, 10, 25, 1, 30, 0, 0, BERLIN).toInstant();
        Instant stop = ZonedDateTime.of(2026, 10, 25, 3, 30, 0, 0, BERLIN).toInstant();
        assertThat(new StudyTimer("a", start).minutesAt(stop)).hasValue(180);
    }

    @Test
    void totalsPerItemSectionAndAnySetOfItems() {
        List<StudyEntry> entries = List.of(entry("a", "2026-03-02T10:00:00Z", 30), entry("a", "2026-03-03T10:00:00Z", 15),
                entry("b", "2026-03-03T11:00:00Z", 60), entry("gone", "2026-03-03T12:00:00Z", 5));
        Section section = new Section("s", SectionKind.STEPS, "Steps", "",
                List.of(TestPaths.item("a", "A", List.of()), TestPaths.item("b", "B", List.of())));

        assertThat(StudyTotals.ofItem(entries, "a")).isEqualTo(45);
        assertThat(StudyTotals.ofItem(entries, "c")).isZero();
        assertThat(StudyTotals.ofSection(entries, section)).isEqualTo(105);
        assertThat(StudyTotals.ofItems(entries, Set.of("b", "gone"))).isEqualTo(65);
        assertThat(StudyTotals.perItem(entries)).isEqualTo(Map.of("a", 45, "b", 60, "gone", 5));
    }

    @Test
    void weeksStartOnMondayAndASessionCountsOnTheDayItStarted() {
        // Sunday 8 March 2026 23:30 in Berlin (22:30 UTC), an hour long: it ends on Monday but is Sunday's, last week's.
        List<StudyEntry> entries = List.of(entry("a", "2026-03-08T22:30:00Z", 60),
                entry("a", "2026-03-08T23:00:00Z", 20), entry("a", "2026-03-02T00:00:00Z", 10));

        assertThat(StudyTotals.weekOf(LocalDate.of(2026, 3, 8))).isEqualTo(LocalDate.of(2026, 3, 2));
        assertThat(StudyTotals.weekOf(LocalDate.of(2026, 3, 9))).isEqualTo(LocalDate.of(2026, 3, 9));
        assertThat(StudyTotals.perWeek(entries, BERLIN)).containsExactly(
                Map.entry(LocalDate.of(2026, 3, 2), 70), Map.entry(LocalDate.of(2026, 3, 9), 20));
        assertThat(StudyTotals.inWeekOf(entries, LocalDate.of(2026, 3, 4), BERLIN)).isEqualTo(70);
        assertThat(StudyTotals.inWeekOf(entries, LocalDate.of(2026, 3, 15), BERLIN)).isEqualTo(20);
    }

    @Test
    void theSameInstantIsADifferentDayAndWeekInAnotherZone() {
        // Monday 9 March 2026 03:00 UTC: Monday in Berlin, still Sunday evening in New York.
        StudyEntry session = entry("a", "2026-03-09T03:00:00Z", 40);
        assertThat(session.day(BERLIN)).isEqualTo(LocalDate.of(2026, 3, 9));
        assertThat(session.day(NEW_YORK)).isEqualTo(LocalDate.of(2026, 3, 8));
        assertThat(StudyTotals.perWeek(List.of(session), BERLIN)).containsOnlyKeys(LocalDate.of(2026, 3, 9));
        assertThat(StudyTotals.perWeek(List.of(session), NEW_YORK)).containsOnlyKeys(LocalDate.of(2026, 3, 2));
    }

    @Test
    void aDayHoldsAtMost24HoursOfStudyOnAPathCountedInTheLearnersZone() {
        // Two sessions on Monday 9 March in Berlin (one of them still Sunday in New York) and one on the Tuesday.
        StudyLog log = StudyLog.of(List.of(entry("a", "2026-03-09T03:00:00Z", 900), entry("b", "2026-03-09T20:00:00Z", 400),
                entry("a", "2026-03-10T09:00:00Z", 1000)), Optional.empty(), List.of());
        LocalDate monday = LocalDate.of(2026, 3, 9);

        assertThat(log.minutesFreeOn(monday, BERLIN)).isEqualTo(1440 - 1300);
        assertThat(log.minutesFreeOn(monday, NEW_YORK)).as("the 03:00 UTC session is Sunday there").isEqualTo(1440 - 400);
        assertThat(log.minutesFreeOn(LocalDate.of(2026, 3, 11), BERLIN)).isEqualTo(1440);
        log.checkRoomOn(monday, BERLIN, 140);
        assertThatThrownBy(() -> log.checkRoomOn(monday, BERLIN, 141)).isInstanceOf(InvalidEditException.class)
                .hasMessage("A day holds at most 24 hours of study: 1300 minutes are logged today on this path, so at most 140"
                        + " more can be added.");
    }

    @Test
    void anEntryIsKnownByItsItemAndStart() {
        assertThat(entry("a", "2026-03-02T10:00:00Z", 30).key()).isEqualTo(entry("a", "2026-03-02T10:00:00Z", 45).key())
                .isNotEqualTo(entry("b", "2026-03-02T10:00:00Z", 30).key());
    }

    @Test
    void theLogKeepsEntriesByItemTheTimerAndReviewsOfDoneItemsOnly() {
        StudyLog log = StudyLog.of(List.of(entry("a", "2026-03-02T10:00:00Z", 30)), Optional.empty(), List.of(
                new Review("a", LocalDate.of(2026, 3, 3), ReviewPlan.SPACED, 0)));
        StudyLog more = log.with(entry("a", "2026-03-02T11:00:00Z", 15));
        assertThat(more.minutesOf("a")).isEqualTo(45);
        assertThat(log.minutesOf("a")).as("the earlier log is unchanged").isEqualTo(30);
        assertThat(more.entries()).hasSize(2);
        assertThat(more.reviewOf("a")).isPresent();
        assertThat(more.withReview("a", Optional.empty()).reviewOf("a")).isEmpty();
    }
}

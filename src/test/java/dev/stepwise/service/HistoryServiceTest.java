package dev.stepwise.service;

import static dev.stepwise.store.SamplePaths.FIRST;
import static dev.stepwise.store.SamplePaths.ID;
import static dev.stepwise.store.SamplePaths.SECOND;
import static dev.stepwise.store.SamplePaths.SQL;
import static org.assertj.core.api.Assertions.assertThat;

import dev.stepwise.domain.ActivityHistory;
import dev.stepwise.domain.ItemStatus;
import dev.stepwise.domain.Level;
import dev.stepwise.domain.WeekSummary;
import dev.stepwise.fixtures.TestClock;
import dev.stepwise.store.SamplePaths;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The history from a real activity log, in the learner's calendar: a change counts on the learner's day, across a
 * day boundary, a change of daylight-saving time and a change of time zone; the week starts on the learner's Monday.
 */
class HistoryServiceTest {
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @TempDir
    Path dir;
    private Stepwise stepwise;
    private TestClock clock;

    private void open(String instant, ZoneId zone) {
        clock = new TestClock(Instant.parse(instant), zone);
        stepwise = Stepwise.open(dir.resolve("stepwise.db"), List.of(SamplePaths.sample()), clock);
    }

    @AfterEach
    void close() {
        stepwise.close();
    }

    private ActivityHistory history() {
        return stepwise.history().history(ID);
    }

    /** The same moment and log, read by a learner who has moved to another time zone. */
    private ActivityHistory historyIn(ZoneId zone) {
        stepwise.close();
        clock = (TestClock) clock.withZone(zone);
        stepwise = Stepwise.open(dir.resolve("stepwise.db"), List.of(SamplePaths.sample()), clock);
        return history();
    }

    @Test
    void aChangeLateInTheEveningCountsOnThatDayWhereTheLearnerIs() {
        // 23:30 in Berlin on Tuesday 24 November is 22:30 UTC: the same day. 00:30 on the 25th is 23:30 UTC on the 24th.
        open("2026-11-24T22:30:00Z", BERLIN);
        stepwise.progress().setStatus(ID, FIRST, ItemStatus.LEARNING);
        clock.advance(Duration.ofHours(1));
        stepwise.progress().setStatus(ID, SECOND, ItemStatus.LEARNING);

        ActivityHistory history = history();

        assertThat(history.calendar().today()).isEqualTo(LocalDate.of(2026, 11, 25));
        assertThat(history.calendar().count(LocalDate.of(2026, 11, 24))).isEqualTo(1);
        assertThat(history.calendar().count(LocalDate.of(2026, 11, 25))).isEqualTo(1);
        assertThat(history.calendar().currentStreak()).isEqualTo(2);
        assertThat(historyIn(ZoneId.of("UTC")).calendar().count(LocalDate.of(2026, 11, 24)))
                .as("the same instants in UTC are both on the 24th").isEqualTo(2);
    }

    @Test
    void installingTheBundledPathIsNotTheLearnersActivity() {
        open("2026-11-24T10:00:00Z", BERLIN);

        assertThat(history().calendar().activeDays()).isZero();
        assertThat(history().calendar().currentStreak()).isZero();
    }

    @Test
    void daysAcrossTheSwitchToSummerTimeAreTheLearnersDays() {
        // Berlin switched to summer time at 01:00 UTC on Sunday 29 March 2026 (02:00 became 03:00).
        open("2026-03-28T22:30:00Z", BERLIN); // 23:30 on Saturday
        stepwise.progress().setStatus(ID, FIRST, ItemStatus.LEARNING);
        clock.advance(Duration.ofHours(2)); // 00:30 UTC = 01:30 on Sunday (still winter time)
        stepwise.progress().setStatus(ID, SECOND, ItemStatus.LEARNING);
        clock.advance(Duration.ofHours(21)); // 21:30 UTC = 23:30 on Sunday (summer time)
        stepwise.progress().saveNote(ID, FIRST, "Still Sunday");
        clock.advance(Duration.ofHours(1)); // 22:30 UTC = 00:30 on Monday

        ActivityHistory history = history();

        assertThat(history.calendar().count(LocalDate.of(2026, 3, 28))).isEqualTo(1);
        assertThat(history.calendar().count(LocalDate.of(2026, 3, 29))).isEqualTo(2);
        assertThat(history.calendar().today()).isEqualTo(LocalDate.of(2026, 3, 30));
        assertThat(history.calendar().currentStreak()).as("Monday has just begun").isEqualTo(2);
        assertThat(history.thisWeek()).as("a new week began at midnight on Monday").isEqualTo(new WeekSummary(0, 0, 0, 0));
    }

    @Test
    void thisWeekStartsOnTheLearnersMondayAndCountsWhatItBrought() {
        open("2026-11-22T22:30:00Z", BERLIN); // Sunday 23:30: last week
        stepwise.progress().setStatus(ID, FIRST, ItemStatus.DONE);
        clock.advance(Duration.ofHours(1)); // Monday 00:30
        stepwise.progress().setStatus(ID, SECOND, ItemStatus.DONE);
        stepwise.progress().rate(ID, SQL, Level.GUIDED, "");
        clock.advance(Duration.ofMinutes(5));
        stepwise.progress().saveNote(ID, SECOND, "Done with the basics");

        assertThat(history().thisWeek()).isEqualTo(new WeekSummary(1, 1, 1, 0));
        assertThat(historyIn(ZoneId.of("UTC")).thisWeek()).as("in UTC it is still Sunday: both items are this week's")
                .isEqualTo(new WeekSummary(2, 1, 1, 0));
    }

    @Test
    void thisWeeksMinutesComeFromTheStudyLogOfTheLearnersWeek() {
        open("2026-11-22T20:00:00Z", BERLIN); // Sunday 21:00
        stepwise.studyTime().logTime(ID, FIRST, 30);
        clock.advance(Duration.ofHours(4)); // Monday 01:00: a new week
        stepwise.studyTime().logTime(ID, SECOND, 45);
        stepwise.studyTime().logTime(ID, FIRST, 15);

        assertThat(history().thisWeek().minutes()).isEqualTo(60);
        assertThat(history().minutes().count(LocalDate.of(2026, 11, 22))).as("Sunday's minutes, on the heat map").isEqualTo(30);
        assertThat(history().minutes().count(LocalDate.of(2026, 11, 23))).isEqualTo(60);
        assertThat(history().minutesPerWeek()).containsExactly(Map.entry(LocalDate.of(2026, 11, 16), 30),
                Map.entry(LocalDate.of(2026, 11, 23), 60));
        assertThat(history().calendar().count(LocalDate.of(2026, 11, 23))).as("logging time is activity too").isEqualTo(2);
    }
}

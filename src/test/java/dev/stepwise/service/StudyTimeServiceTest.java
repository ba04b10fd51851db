package dev.stepwise.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stepwise.domain.InvalidEditException;
import dev.stepwise.domain.StudyEntry;
import dev.stepwise.domain.StudyLog;
import dev.stepwise.domain.StudySource;
import dev.stepwise.domain.StudyTimer;
import dev.stepwise.fixtures.TestClock;
import dev.stepwise.store.Probe;
import dev.stepwise.store.SamplePaths;
import dev.stepwise.store.Snapshot;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Logging time and the timer through the service over a real file: saved with its activity entry, refused cleanly. */
class StudyTimeServiceTest {
    private static final String PATH = SamplePaths.ID;
    private static final String FIRST = SamplePaths.FIRST;
    private static final Instant START = Instant.parse("2026-03-02T09:00:00Z");

    @TempDir
    Path dir;
    private Path file;
    private TestClock clock;
    private Stepwise stepwise;
    private StudyTimeService studyTime;

    @BeforeEach
    void open() {
        file = dir.resolve("stepwise.db");
        clock = new TestClock(START, ZoneId.of("Europe/Berlin"));
        reopen();
    }

    private void reopen() {
        if (stepwise != null) {
            stepwise.close();
        }
        stepwise = Stepwise.open(file, List.of(SamplePaths.sample()), clock);
        studyTime = stepwise.studyTime();
    }

    @AfterEach
    void close() {
        stepwise.close();
    }

    private List<List<String>> changes() {
        return Probe.rows(file, "SELECT kind, subject_id, payload FROM activity WHERE kind <> 'PATH_INSTALLED' ORDER BY id");
    }

    @Test
    void timeAddedByHandIsSavedStampedNowAndRecorded() {
        StudyEntry entry = studyTime.logTime(PATH, FIRST, 45);

        assertThat(entry).isEqualTo(new StudyEntry(FIRST, START, 45, StudySource.MANUAL));
        assertThat(changes()).containsExactly(List.of("TIME_LOGGED", FIRST, Probe.json("{'minutes':45}")));
        reopen();
        assertThat(studyTime.load(PATH).entriesOf(FIRST)).containsExactly(entry);
    }

    @Test
    void timeAddedTwiceInTheSameMomentIsTwoSessions() {
        studyTime.logTime(PATH, FIRST, 45);
        StudyEntry second = studyTime.logTime(PATH, FIRST, 15);

        assertThat(second.startedAt()).isEqualTo(START.plusSeconds(1));
        assertThat(studyTime.load(PATH).minutesOf(FIRST)).isEqualTo(60);
    }

    @Test
    void impossibleMinutesAndUnknownItemsAreRefusedChangingNothing() {
        assertRefused(() -> studyTime.logTime(PATH, FIRST, 0), "0");
        assertRefused(() -> studyTime.logTime(PATH, FIRST, -30), "-30");
        assertRefused(() -> studyTime.logTime(PATH, FIRST, StudyEntry.MAX_MINUTES + 1), "1441");
        assertRefused(() -> studyTime.logTime(PATH, "no-such-item", 30), "no-such-item");
        assertRefused(() -> studyTime.startTimer(PATH, "no-such-item"), "no-such-item");
        assertRefused(() -> studyTime.logTime("no-such-path", FIRST, 30), "no-such-path");
    }

    @Test
    void moreThanADayOfStudyOnOneDayIsRefusedChangingNothing() {
        studyTime.logTime(PATH, FIRST, 1000);
        studyTime.logTime(PATH, SamplePaths.SECOND, 400);

        assertRefused(() -> studyTime.logTime(PATH, FIRST, 41), "1400 minutes are logged today on this path, so at most 40");
        studyTime.logTime(PATH, FIRST, 40);
        assertThat(studyTime.load(PATH).minutesOf(FIRST)).isEqualTo(1040);
    }

    /**
     * A timed session fills what is left of its day and no more: the timer logged past the 24 hours that time added by
     * hand is held to, and the day read "24 h 1 min" (found by trying it).
     */
    @Test
    void aTimerLogsNoMoreThanTheDayHasRoomFor() {
        studyTime.logTime(PATH, SamplePaths.SECOND, StudyEntry.MAX_MINUTES - 30);
        studyTime.startTimer(PATH, FIRST);
        clock.advance(Duration.ofMinutes(50));
        StudyTimeService.TimerChange stopped = studyTime.stopTimer(PATH);

        assertThat(stopped.logged().map(StudyEntry::minutes)).contains(30);
        assertThat(stopped.leftOutMinutes()).isEqualTo(20);
        assertThat(Probe.rows(file, "SELECT minutes FROM study_time WHERE item_id = ?", FIRST)).containsExactly(List.of("30"));
        assertThat(studyTime.load(PATH).minutesFreeOn(LocalDate.of(2026, 3, 2), clock.getZone())).isZero();

        // With the day full, a timer logs nothing and says how much it left out.
        studyTime.startTimer(PATH, FIRST);
        clock.advance(Duration.ofMinutes(10));
        stopped = studyTime.stopTimer(PATH);
        assertThat(stopped.logged()).isEmpty();
        assertThat(stopped.leftOutMinutes()).isEqualTo(10);
        assertThat(Probe.rows(file, "SELECT count(*) FROM study_time WHERE item_id = ?", FIRST)).containsExactly(List.of("1"));
    }

    private void assertRefused(ThrowingCallable change, String words) {
        Snapshot before = Snapshot.of(file);
        assertThatThrownBy(change).isInstanceOf(InvalidEditException.class).hasMessageContaining(words);
        assertThat(before.changesTo(Snapshot.of(file))).isEmpty();
    }

    @Test
    void aTimerSurvivesARestartAndLogsItsRealMinutesWhenStopped() {
        StudyTimeService.TimerChange started = studyTime.startTimer(PATH, FIRST);
        assertThat(started.running()).contains(new StudyTimer(FIRST, START));
        assertThat(Probe.count(file, "study_timer")).isEqualTo(1);

        reopen();
        clock.advance(Duration.ofMinutes(52).plusSeconds(10));
        assertThat(studyTime.load(PATH).timer()).contains(new StudyTimer(FIRST, START));
        StudyTimeService.TimerChange stopped = studyTime.stopTimer(PATH);

        assertThat(stopped.running()).isEmpty();
        assertThat(stopped.logged()).contains(new StudyEntry(FIRST, START, 52, StudySource.TIMER));
        assertThat(Probe.count(file, "study_timer")).isZero();
        assertThat(changes()).containsExactly(List.of("TIMER_STARTED", FIRST,
                        Probe.json("{'startedAt':'" + START + "','minutes':0}")),
                List.of("TIMER_STOPPED", FIRST, Probe.json("{'startedAt':'" + START + "','minutes':52}")));
    }

    @Test
    void startingTheTimerOnAnotherItemStopsTheRunningOneInTheSameStep() {
        studyTime.startTimer(PATH, FIRST);
        clock.advance(Duration.ofMinutes(20));
        StudyTimeService.TimerChange moved = studyTime.startTimer(PATH, SamplePaths.SECOND);

        assertThat(moved.running()).contains(new StudyTimer(SamplePaths.SECOND, START.plus(Duration.ofMinutes(20))));
        assertThat(moved.logged().orElseThrow().minutes()).isEqualTo(20);
        StudyLog log = studyTime.load(PATH);
        assertThat(log.minutesOf(FIRST)).isEqualTo(20);
        assertThat(log.timer().orElseThrow().itemId()).isEqualTo(SamplePaths.SECOND);
        assertThat(studyTime.startTimer(PATH, SamplePaths.SECOND).running()).as("starting it again keeps it")
                .isEqualTo(moved.running());
    }

    @Test
    void aTimerLeftRunningOvernightLogsNothingAndSaysHowLongItRan() {
        studyTime.startTimer(PATH, FIRST);
        clock.advance(Duration.ofHours(14));
        StudyTimeService.TimerChange stopped = studyTime.stopTimer(PATH);

        assertThat(stopped.logged()).isEmpty();
        assertThat(stopped.unlogged()).contains(Duration.ofHours(14));
        assertThat(Probe.count(file, "study_time")).isZero();
        assertThat(Probe.count(file, "study_timer")).isZero();
    }

    @Test
    void stoppingWithoutATimerChangesNothing() {
        Snapshot before = Snapshot.of(file);
        assertThat(studyTime.stopTimer(PATH).logged()).isEmpty();
        assertThat(before.changesTo(Snapshot.of(file))).isEmpty();
    }
}

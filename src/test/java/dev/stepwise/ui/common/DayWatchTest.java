package dev.stepwise.ui.common;

import static dev.stepwise.fixtures.FixturePath.LEARN_SQL;
import static org.assertj.core.api.Assertions.assertThat;

import dev.stepwise.domain.ItemProgress;
import dev.stepwise.domain.ItemStatus;
import dev.stepwise.domain.PathState;
import dev.stepwise.fixtures.FixturePath;
import dev.stepwise.fixtures.TestClock;
import dev.stepwise.ui.ViewModelFixture.FakeScheduler;
import dev.stepwise.ui.ViewModelFixture.Scheduled;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The day changing while the window is open: at midnight in the learner's time zone, or noticed within a minute after
 * the computer slept through it, the session's day moves, once per new day, and the state stays as it was.
 */
class DayWatchTest {
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    private final FakeScheduler scheduler = new FakeScheduler();
    private final List<LocalDate> days = new ArrayList<>();

    /** A session over the fixture path with one item done, on the given clock; no store: a new day saves nothing. */
    private PathSession sessionAt(TestClock clock) {
        PathState state = PathState.fresh(FixturePath.path())
                .with(ItemProgress.notStarted(LEARN_SQL).withStatus(ItemStatus.DONE, LocalDate.of(2026, 6, 1)));
        PathSession session = new PathSession(state, null, null, null, error -> { }, clock);
        session.dayProperty().addListener((obs, old, now) -> days.add(now));
        return session;
    }

    private Scheduled lastScheduled() {
        List<Scheduled> all = scheduler.all();
        return all.get(all.size() - 1);
    }

    @Test
    void itLooksAtMidnightInTheLearnersZoneAndAtLeastOnceAMinuteBefore() {
        // 21:59:30 UTC is 23:59:30 in Berlin (summer time): midnight is 30 s away there, not two hours.
        new DayWatch(sessionAt(new TestClock(Instant.parse("2026-06-10T21:59:30Z"), BERLIN)), scheduler);
        assertThat(lastScheduled().delay()).isEqualTo(Duration.ofSeconds(30));

        new DayWatch(sessionAt(new TestClock(Instant.parse("2026-06-10T08:00:00Z"), BERLIN)), scheduler);
        assertThat(lastScheduled().delay()).isEqualTo(DayWatch.LOOK_AT_LEAST_EVERY);

        new DayWatch(sessionAt(new TestClock(Instant.parse("2026-06-10T21:59:59.700Z"), BERLIN)), scheduler);
        assertThat(lastScheduled().delay()).as("never a loop of tiny waits").isEqualTo(DayWatch.LOOK_AT_MOST_EVERY);
    }

    @Test
    void aDayThatBeginsAtOneOClockIsWaitedForUntilThen() {
        // Cuba moves its clocks from 00:00 to 01:00 on 8 March 2026: that day begins at 01:00, 30 s after 23:59:30.
        ZoneId havana = ZoneId.of("America/Havana");
        new DayWatch(sessionAt(new TestClock(Instant.parse("2026-03-08T04:59:30Z"), havana)), scheduler);
        assertThat(lastScheduled().delay()).isEqualTo(Duration.ofSeconds(30));
    }

    @Test
    void passingMidnightMovesTheDayAndLeavesTheStateAlone() {
        TestClock clock = new TestClock(Instant.parse("2026-06-10T21:59:30Z"), BERLIN);
        PathSession session = sessionAt(clock);
        PathState before = session.state();
        new DayWatch(session, scheduler);
        assertThat(session.dayProperty().get()).isEqualTo(LocalDate.of(2026, 6, 10));

        clock.advance(Duration.ofSeconds(30));
        scheduler.runPending();

        assertThat(days).containsExactly(LocalDate.of(2026, 6, 11));
        assertThat(session.state()).as("nothing saved, nothing reloaded").isSameAs(before);
        assertThat(scheduler.pending()).as("and it goes on watching").hasSize(1);
    }

    @Test
    void lookingAgainOnTheSameDayShowsNothingNew() {
        TestClock clock = new TestClock(Instant.parse("2026-06-10T08:00:00Z"), BERLIN);
        new DayWatch(sessionAt(clock), scheduler);

        for (int minute = 0; minute < 5; minute++) {
            clock.advance(Duration.ofMinutes(1));
            scheduler.runPending();
        }

        assertThat(days).isEmpty();
        assertThat(scheduler.all()).hasSize(6);
    }

    @Test
    void wakingUpDaysLaterIsOneNewDayAndTheNextLookIsQuiet() {
        TestClock clock = new TestClock(Instant.parse("2026-06-10T20:00:00Z"), BERLIN);
        new DayWatch(sessionAt(clock), scheduler);

        // The timer did not run while the computer slept; it fires on waking, two days and a bit later.
        clock.advance(Duration.ofHours(50));
        scheduler.runPending();
        clock.advance(Duration.ofMinutes(1));
        scheduler.runPending();

        assertThat(days).containsExactly(LocalDate.of(2026, 6, 13));
    }

    @Test
    void aStoppedWatchNeitherLooksNorShows() {
        TestClock clock = new TestClock(Instant.parse("2026-06-10T21:59:30Z"), BERLIN);
        DayWatch watch = new DayWatch(sessionAt(clock), scheduler);
        Scheduled waiting = lastScheduled();

        watch.stop();
        clock.advance(Duration.ofMinutes(5));

        assertThat(waiting.isCancelled()).isTrue();
        assertThat(scheduler.pending()).isEmpty();
        assertThat(days).isEmpty();
    }
}

package dev.stepwise.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A running study timer: only its start is stored (the moment it is started), so a crash or a closed window loses
 * nothing — the next start shows it still running, and stopping logs the real minutes since the start.
 *
 * <p>A timer left running longer than {@link #LONGEST} (overnight, a forgotten window) is not study: stopping it logs
 * nothing and the learner is asked to add the time they did study by hand. Logging 14 h because a laptop slept would
 * make every total a lie, and capping silently at 12 h would too.
 */
public record StudyTimer(String itemId, Instant startedAt) {
    public static final Duration LONGEST = Duration.ofHours(12);

    public StudyTimer {
        Objects.requireNonNull(itemId, "itemId");
        Objects.requireNonNull(startedAt, "startedAt");
    }

    /** Time on the timer at {@code now}; never negative (a clock set back shows zero, not minus). */
    public Duration elapsedAt(Instant now) {
        Duration elapsed = Duration.between(startedAt, now);
        return elapsed.isNegative() ? Duration.ZERO : elapsed;
    }

    /** Whether stopping at {@code now} would ask the learner rather than log: the timer ran longer than {@link #LONGEST}. */
    public boolean isOverlongAt(Instant now) {
        return elapsedAt(now).compareTo(LONGEST) > 0;
    }

    /**
     * The minutes stopping at {@code now} logs: whole minutes, rounded to the nearest (29 s is none, 30 s is one);
     * empty when there is nothing to log — under half a minute, or an overlong timer.
     */
    public OptionalInt minutesAt(Instant now) {
        if (isOverlongAt(now)) {
            return OptionalInt.empty();
        }
        long minutes = (elapsedAt(now).getSeconds() + 30) / 60;
        return minutes > 0 ? OptionalInt.of((int) minutes) : OptionalInt.empty();
    }

    /** The entry stopping at {@code now} logs, if any. */
    public Optional<StudyEntry> stopAt(Instant now) {
        OptionalInt minutes = minutesAt(now);
        return minutes.isPresent()
                ? Optional.of(new StudyEntry(itemId, startedAt, minutes.getAsInt(), StudySource.TIMER))
                : Optional.empty();
    }
}

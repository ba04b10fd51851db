package dev.stepwise.ui.common;

import java.time.Duration;
import java.time.ZonedDateTime;

/**
 * Notices that the learner's calendar day has changed while the window stays open and moves the session's day
 * ({@link PathSession#dayProperty}), which the screens follow: an item due tomorrow becomes due today at midnight, not
 * at the next start. It looks at midnight, and at least once a minute besides: a timer does not run while the
 * computer sleeps, so waking up the next morning is noticed within a minute.
 */
public final class DayWatch {
    /** The longest time between two looks at the clock. */
    static final Duration LOOK_AT_LEAST_EVERY = Duration.ofMinutes(1);
    /** The shortest: a look just before midnight waits until just after it, not in a loop of tiny waits. */
    static final Duration LOOK_AT_MOST_EVERY = Duration.ofSeconds(1);

    private final PathSession session;
    private final Scheduler scheduler;
    private Runnable cancel = () -> { };
    private boolean stopped;

    /** Starts watching at once. */
    public DayWatch(PathSession session, Scheduler scheduler) {
        this.session = session;
        this.scheduler = scheduler;
        lookLater();
    }

    public void stop() {
        stopped = true;
        cancel.run();
    }

    /** How long until the next look: until midnight, within the bounds above. */
    Duration untilNextLook() {
        ZonedDateTime now = ZonedDateTime.now(session.clock());
        Duration untilMidnight = Duration.between(now, now.toLocalDate().plusDays(1).atStartOfDay(now.getZone()));
        if (untilMidnight.compareTo(LOOK_AT_MOST_EVERY) < 0) {
            return LOOK_AT_MOST_EVERY;
        }
        return untilMidnight.compareTo(LOOK_AT_LEAST_EVERY) > 0 ? LOOK_AT_LEAST_EVERY : untilMidnight;
    }

    private void lookLater() {
        cancel = scheduler.schedule(untilNextLook(), this::look);
    }

    private void look() {
        if (stopped) {
            return;
        }
        session.updateDay();
        lookLater();
    }
}

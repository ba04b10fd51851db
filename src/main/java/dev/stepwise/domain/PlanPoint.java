package dev.stepwise.domain;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One point of a plan line on the burn-up: by this day, this many items should be done. Milestones make them; the
 * burn-up draws them against {@link DoneOverTime}'s line of what was really done.
 */
public record PlanPoint(LocalDate day, int plannedDone) {
    public PlanPoint {
        Objects.requireNonNull(day, "day");
        if (plannedDone < 0) {
            throw new IllegalArgumentException("a plan cannot ask for " + plannedDone + " items done");
        }
    }
}

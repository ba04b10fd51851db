package dev.stepwise.domain;

/**
 * How close an item's or a milestone's date is, on a given day: no date (or nothing left to do), later, due within
 * {@link Deadlines#SOON_DAYS} days (today included), or past and not done.
 */
public enum DueState {
    NONE,
    LATER,
    DUE_SOON,
    OVERDUE;

    /** Whether the learner should be told: overdue or due soon. */
    public boolean pressing() {
        return this == DUE_SOON || this == OVERDUE;
    }
}

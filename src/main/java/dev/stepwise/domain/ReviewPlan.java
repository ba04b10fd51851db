package dev.stepwise.domain;

/** How a done item's review is scheduled. */
public enum ReviewPlan {
    /** Once, two weeks from now; confirming it ends the review. */
    IN_TWO_WEEKS,
    /** Spaced: 1, 3, 7, then 21 days, the step advancing on each confirmation; confirming the 21-day review ends it. */
    SPACED
}

package dev.stepwise.domain;

/** Where a study-time entry came from: the start/stop timer, or minutes the learner added by hand. */
public enum StudySource {
    TIMER,
    MANUAL
}

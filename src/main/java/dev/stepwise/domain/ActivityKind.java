package dev.stepwise.domain;

/** The kinds of change a learner makes; each one is kept as an {@link ActivityEvent}. */
public enum ActivityKind {
    PATH_INSTALLED,
    PATH_UPDATED,
    ITEM_STATUS_CHANGED,
    ITEM_NOTE_CHANGED,
    SUB_ITEM_CHANGED,
    SKILL_RATED,
    SKILL_TARGET_CHANGED,
    SELF_CHECK_ANSWERED
}

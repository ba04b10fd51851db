package dev.stepwise.domain;

/** The kinds of change a learner makes; each one is kept as an {@link ActivityEvent}. */
public enum ActivityKind {
    PATH_INSTALLED,
    /** A newer bundled version's changes were applied to the learner's copy. */
    PATH_UPDATED,
    PATH_CREATED,
    PATH_FORKED,
    PATH_DELETED,
    /** The path's title, tagline or overview. */
    PATH_EDITED,
    ITEM_STATUS_CHANGED,
    ITEM_NOTE_CHANGED,
    SUB_ITEM_CHANGED,
    /** A rating session's level: before it began → where it settled. */
    SKILL_RATED,
    /** New evidence for the current level (the rating's note), without a new rating. */
    SKILL_EVIDENCE_CHANGED,
    SKILL_TARGET_CHANGED,
    SELF_CHECK_ANSWERED,
    SECTION_ADDED,
    SECTION_EDITED,
    SECTION_MOVED,
    SECTION_DELETED,
    ITEM_ADDED,
    /** An item's title, detail, estimate, sub-steps, resources or skill links. */
    ITEM_EDITED,
    ITEM_MOVED,
    ITEM_DELETED,
    ITEM_ARCHIVED,
    ITEM_RESTORED,
    SKILL_ADDED,
    SKILL_EDITED,
    SKILL_DELETED,
    /** A path came in from a file or a role description, as a new path. */
    PATH_IMPORTED,
    /** Progress from a progress file was merged into the path. */
    PROGRESS_IMPORTED,
    /** All progress on the path was removed (its content stays); a backup was made first, and it can be undone. */
    PROGRESS_RESET,
    /** Minutes added by hand to an item ({@code after}: the minutes). */
    TIME_LOGGED,
    /** A study timer started on an item ({@code after}: the start instant). */
    TIMER_STARTED,
    /** A study timer stopped ({@code before}: its start, {@code after}: the minutes logged, 0 when none). */
    TIMER_STOPPED,
    /** A done item got a review ({@code after}: its due date). */
    REVIEW_SCHEDULED,
    /** A review was confirmed ({@code before}: its due date, {@code after}: the next one, empty when the schedule ended). */
    REVIEW_CONFIRMED,
    /** A reviewed item was reopened: learning again, its review gone ({@code before}: the review's due date). */
    REVIEW_REOPENED
}

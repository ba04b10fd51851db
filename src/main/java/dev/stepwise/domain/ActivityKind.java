package dev.stepwise.domain;

/** The kinds of change a learner makes; each one is kept as an {@link ActivityEvent} carrying its typed change. */
public enum ActivityKind {
    PATH_INSTALLED(ActivityChange.Versions.class),
    /** A newer bundled version's changes were applied to the learner's copy. */
    PATH_UPDATED(ActivityChange.Versions.class),
    PATH_CREATED(ActivityChange.PathNamed.class),
    PATH_FORKED(ActivityChange.PathNamed.class),
    PATH_DELETED(ActivityChange.PathNamed.class),
    /** The path's title, tagline or overview. */
    PATH_EDITED(ActivityChange.Described.class),
    ITEM_STATUS_CHANGED(ActivityChange.Status.class),
    ITEM_NOTE_CHANGED(ActivityChange.TextEdit.class),
    SUB_ITEM_CHANGED(ActivityChange.SubStep.class),
    /** A rating session's level: before it began → where it settled. */
    SKILL_RATED(ActivityChange.LevelMove.class),
    /** New evidence for the current level (the rating's note), without a new rating. */
    SKILL_EVIDENCE_CHANGED(ActivityChange.TextEdit.class),
    SKILL_TARGET_CHANGED(ActivityChange.LevelMove.class),
    SELF_CHECK_ANSWERED(ActivityChange.Answer.class),
    SECTION_ADDED(ActivityChange.Described.class),
    SECTION_EDITED(ActivityChange.Described.class),
    SECTION_MOVED(ActivityChange.Described.class),
    SECTION_DELETED(ActivityChange.Described.class),
    ITEM_ADDED(ActivityChange.Described.class),
    /** An item's title, detail, estimate, sub-steps, resources or skill links. */
    ITEM_EDITED(ActivityChange.Described.class),
    ITEM_MOVED(ActivityChange.Described.class),
    ITEM_DELETED(ActivityChange.Described.class),
    ITEM_ARCHIVED(ActivityChange.Described.class),
    ITEM_RESTORED(ActivityChange.Described.class),
    SKILL_ADDED(ActivityChange.Described.class),
    SKILL_EDITED(ActivityChange.Described.class),
    SKILL_DELETED(ActivityChange.Described.class),
    /** A path came in from a file or a role description, as a new path. */
    PATH_IMPORTED(ActivityChange.PathNamed.class),
    /** Progress from a progress file was merged into the path. */
    PROGRESS_IMPORTED(ActivityChange.Merged.class),
    /** All progress on the path was removed (its content stays); a backup was made first, and it can be undone. */
    PROGRESS_RESET(ActivityChange.PathNamed.class),
    MILESTONE_ADDED(ActivityChange.Described.class),
    /** A milestone's title, date or items. */
    MILESTONE_EDITED(ActivityChange.Described.class),
    MILESTONE_DELETED(ActivityChange.Described.class),
    /** An item's own target date set, changed or cleared. */
    ITEM_DUE_CHANGED(ActivityChange.Described.class),
    /** Minutes added by hand to an item. */
    TIME_LOGGED(ActivityChange.Minutes.class),
    /** A study timer started on an item (no minutes yet). */
    TIMER_STARTED(ActivityChange.Timer.class),
    /** A study timer stopped, with the minutes it logged (0 when none). */
    TIMER_STOPPED(ActivityChange.Timer.class),
    /** A done item got a review: no date, or the one it had, to its due date. */
    REVIEW_SCHEDULED(ActivityChange.ReviewDates.class),
    /** A review was confirmed: its due date to the next one, or none when the schedule ended. */
    REVIEW_CONFIRMED(ActivityChange.ReviewDates.class),
    /** A reviewed item was reopened: learning again, its review gone. */
    REVIEW_REOPENED(ActivityChange.ReviewDates.class),
    /** A planned review was taken off a done item, which stays done: its due date to none. */
    REVIEW_REMOVED(ActivityChange.ReviewDates.class);

    /** What an entry's subject id names, where the Edit menu words the change by that name ("mark “Learn SQL” done"). */
    public enum Subject { ITEM, SECTION, SKILL, MILESTONE, PATH, NONE }

    private final Class<? extends ActivityChange> change;

    ActivityKind(Class<? extends ActivityChange> change) {
        this.change = change;
    }

    /** What the subject id of an entry of this kind names, for the words of its undo; NONE when they need no name. */
    public Subject subject() {
        return switch (this) {
            case ITEM_STATUS_CHANGED, ITEM_NOTE_CHANGED, SUB_ITEM_CHANGED, ITEM_DUE_CHANGED, TIME_LOGGED, TIMER_STARTED,
                 TIMER_STOPPED, REVIEW_SCHEDULED, REVIEW_CONFIRMED, REVIEW_REOPENED, REVIEW_REMOVED, ITEM_ADDED, ITEM_EDITED, ITEM_MOVED,
                 ITEM_DELETED, ITEM_ARCHIVED, ITEM_RESTORED -> Subject.ITEM;
            case SECTION_ADDED, SECTION_EDITED, SECTION_MOVED, SECTION_DELETED -> Subject.SECTION;
            case SKILL_RATED, SKILL_EVIDENCE_CHANGED, SKILL_TARGET_CHANGED, SKILL_ADDED, SKILL_EDITED, SKILL_DELETED -> Subject.SKILL;
            case MILESTONE_ADDED, MILESTONE_EDITED, MILESTONE_DELETED -> Subject.MILESTONE;
            case PATH_INSTALLED, PATH_UPDATED, PATH_EDITED -> Subject.PATH;
            default -> Subject.NONE;
        };
    }

    /** The kind of change an entry of this kind carries. */
    public Class<? extends ActivityChange> change() {
        return change;
    }
}

package dev.stepwise.ui.common;

import dev.stepwise.domain.ActivityChange.Described;
import dev.stepwise.domain.ActivityChange.LevelMove;
import dev.stepwise.domain.ActivityChange.Minutes;
import dev.stepwise.domain.ActivityChange.PathNamed;
import dev.stepwise.domain.ActivityChange.Status;
import dev.stepwise.domain.ActivityChange.SubStep;
import dev.stepwise.domain.ActivityEvent;
import dev.stepwise.domain.UndoEntry;

/**
 * What an undo or redo would do, in a few words for the Edit menu and the status bar ("mark “Learn SQL” done"), read
 * from the change's activity entry and the name of its subject that the store read with it, in the change's own path
 * (which need not be the one shown). A subject that is gone falls back to what the entry itself says.
 */
public final class UndoLabels {
    static final int MAX_TITLE = 50;

    private UndoLabels() {
    }

    public static String describe(UndoEntry entry) {
        return entry.change().map(change -> describe(entry, change)).orElseGet(() -> Messages.tr("undo.lastChange"));
    }

    private static String describe(UndoEntry entry, ActivityEvent change) {
        String name = shortened(entry.subjectName().orElse(change.subjectId()));
        Messages messages = Messages.current();
        return switch (change.kind()) {
            case ITEM_STATUS_CHANGED -> messages.text("undo.status." + change.change(Status.class).to().name(),
                    name);
            case ITEM_NOTE_CHANGED -> messages.text("undo.note", name);
            case SUB_ITEM_CHANGED -> messages.text(change.change(SubStep.class).done() ? "undo.subStepTicked" : "undo.subStepUnticked",
                    name);
            case SKILL_RATED -> messages.text("undo.rating", name,
                    messages.level(change.change(LevelMove.class).to()));
            case SKILL_EVIDENCE_CHANGED -> messages.text("undo.evidence", name);
            case SKILL_TARGET_CHANGED -> messages.text("undo.target", name,
                    messages.level(change.change(LevelMove.class).to()));
            case SELF_CHECK_ANSWERED -> messages.text("undo.answer");
            case PATH_CREATED, PATH_FORKED, PATH_IMPORTED -> messages.text("undo.pathAdded", change.change(PathNamed.class).title());
            case PATH_DELETED -> messages.text("undo.pathDeleted", change.change(PathNamed.class).title());
            case PATH_INSTALLED, PATH_UPDATED -> messages.text("undo.pathUpdated", entry.subjectName().orElse(change.pathId()));
            case PROGRESS_IMPORTED -> messages.text("undo.progressImported");
            case PROGRESS_RESET -> messages.text("undo.progressReset", change.change(PathNamed.class).title());
            case MILESTONE_ADDED -> named(entry, change, "undo.milestoneAdded", name);
            case MILESTONE_EDITED -> named(entry, change, "undo.milestoneEdited", name);
            case MILESTONE_DELETED -> named(entry, change, "undo.milestoneDeleted", name);
            case ITEM_ADDED -> named(entry, change, "undo.itemAdded", name);
            case ITEM_EDITED -> named(entry, change, "undo.itemEdited", name);
            case ITEM_MOVED -> named(entry, change, "undo.itemMoved", name);
            case ITEM_DELETED -> named(entry, change, "undo.itemDeleted", name);
            case ITEM_ARCHIVED -> named(entry, change, "undo.itemArchived", name);
            case ITEM_RESTORED -> named(entry, change, "undo.itemRestored", name);
            case SECTION_ADDED -> named(entry, change, "undo.sectionAdded", name);
            case SECTION_EDITED -> named(entry, change, "undo.sectionEdited", name);
            case SECTION_MOVED -> named(entry, change, "undo.sectionMoved", name);
            case SECTION_DELETED -> named(entry, change, "undo.sectionDeleted", name);
            case SKILL_ADDED -> named(entry, change, "undo.skillAdded", name);
            case SKILL_EDITED -> named(entry, change, "undo.skillEdited", name);
            case SKILL_DELETED -> named(entry, change, "undo.skillDeleted", name);
            case PATH_EDITED -> named(entry, change, "undo.pathEdited", name);
            case ITEM_DUE_CHANGED -> messages.text("undo.itemDue", name);
            case TIME_LOGGED -> messages.text("undo.timeLogged", String.valueOf(change.change(Minutes.class).minutes()),
                    name);
            case TIMER_STARTED -> messages.text("undo.timerStarted", name);
            case TIMER_STOPPED -> messages.text("undo.timerStopped", name);
            case REVIEW_SCHEDULED -> messages.text("undo.reviewScheduled", name);
            case REVIEW_CONFIRMED -> messages.text("undo.reviewConfirmed", name);
            case REVIEW_REOPENED -> messages.text("undo.reviewReopened", name);
            case REVIEW_REMOVED -> messages.text("undo.reviewRemoved", name);
            // An entry with no words of its own carries the sentence the window showed when it was made.
            default -> change.change() instanceof Described described && !described.description().isBlank()
                    ? messages.text("undo.edit", described.description()) : messages.text("undo.lastChange");
        };
    }

    /**
     * An edit by what it does and its subject's name ("delete the skill “Security”"). Without a name (the subject is
     * neither in its table nor in the rows its step keeps), by the sentence the entry kept ("Milestone “Week 2”
     * added"), which names it where its id ("week-2") names nothing.
     */
    private static String named(UndoEntry entry, ActivityEvent change, String key, String name) {
        if (entry.subjectName().isEmpty() && change.change() instanceof Described described && !described.description().isBlank()) {
            return Messages.current().text("undo.edit", shortened(described.description()));
        }
        return Messages.current().text(key, name);
    }

    /** A menu item is one line: a title of up to 300 characters is cut at a word, with an ellipsis. */
    static String shortened(String title) {
        if (title.length() <= MAX_TITLE) {
            return title;
        }
        int cut = title.lastIndexOf(' ', MAX_TITLE);
        return title.substring(0, cut > MAX_TITLE / 2 ? cut : MAX_TITLE).strip() + "…";
    }
}

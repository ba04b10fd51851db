package dev.stepwise.ui.common;

import dev.stepwise.domain.ActivityChange.Described;
import dev.stepwise.domain.ActivityChange.LevelMove;
import dev.stepwise.domain.ActivityChange.Minutes;
import dev.stepwise.domain.ActivityChange.PathNamed;
import dev.stepwise.domain.ActivityChange.Status;
import dev.stepwise.domain.ActivityChange.SubStep;
import dev.stepwise.domain.ActivityEvent;
import dev.stepwise.domain.LearningPath;
import dev.stepwise.domain.UndoEntry;
import java.util.Optional;

/**
 * What an undo or redo would do, in a few words for the Edit menu and the status bar ("mark “Learn SQL” done"), read
 * from the change's activity entry and the names in the path shown; for a change on another path, the name the store
 * read with the entry. A name neither has (its item was deleted since) falls back to what the entry itself says.
 */
public final class UndoLabels {
    static final int MAX_TITLE = 50;

    private UndoLabels() {
    }

    public static String describe(UndoEntry entry, LearningPath shown) {
        return entry.change().map(change -> describe(entry, change, shown)).orElseGet(() -> Messages.tr("undo.lastChange"));
    }

    private static String describe(UndoEntry entry, ActivityEvent change, LearningPath shown) {
        LearningPath path = change.pathId().equals(shown.id()) ? shown : null;
        String stored = entry.subjectName().orElse(change.subjectId());
        Messages messages = Messages.current();
        return switch (change.kind()) {
            case ITEM_STATUS_CHANGED -> messages.text("undo.status." + change.change(Status.class).to().name(),
                    itemTitle(path, change.subjectId(), stored));
            case ITEM_NOTE_CHANGED -> messages.text("undo.note", itemTitle(path, change.subjectId(), stored));
            case SUB_ITEM_CHANGED -> messages.text(change.change(SubStep.class).done() ? "undo.subStepTicked" : "undo.subStepUnticked",
                    itemTitle(path, change.subjectId(), stored));
            case SKILL_RATED -> messages.text("undo.rating", skillName(path, change.subjectId(), stored),
                    messages.level(change.change(LevelMove.class).to()));
            case SKILL_EVIDENCE_CHANGED -> messages.text("undo.evidence", skillName(path, change.subjectId(), stored));
            case SKILL_TARGET_CHANGED -> messages.text("undo.target", skillName(path, change.subjectId(), stored),
                    messages.level(change.change(LevelMove.class).to()));
            case SELF_CHECK_ANSWERED -> messages.text("undo.answer");
            case PATH_CREATED, PATH_FORKED, PATH_IMPORTED -> messages.text("undo.pathAdded", change.change(PathNamed.class).title());
            case PATH_DELETED -> messages.text("undo.pathDeleted", change.change(PathNamed.class).title());
            case PATH_INSTALLED, PATH_UPDATED -> messages.text("undo.pathUpdated", path != null ? path.title()
                    : entry.subjectName().orElse(change.pathId()));
            case PROGRESS_IMPORTED -> messages.text("undo.progressImported");
            case PROGRESS_RESET -> messages.text("undo.progressReset", change.change(PathNamed.class).title());
            case MILESTONE_ADDED -> messages.text("undo.milestoneAdded", milestoneTitle(path, change.subjectId(), stored));
            case MILESTONE_EDITED -> messages.text("undo.milestoneEdited", milestoneTitle(path, change.subjectId(), stored));
            case MILESTONE_DELETED -> messages.text("undo.milestoneDeleted", milestoneTitle(path, change.subjectId(), stored));
            case ITEM_DUE_CHANGED -> messages.text("undo.itemDue", itemTitle(path, change.subjectId(), stored));
            case TIME_LOGGED -> messages.text("undo.timeLogged", String.valueOf(change.change(Minutes.class).minutes()),
                    itemTitle(path, change.subjectId(), stored));
            case TIMER_STARTED -> messages.text("undo.timerStarted", itemTitle(path, change.subjectId(), stored));
            case TIMER_STOPPED -> messages.text("undo.timerStopped", itemTitle(path, change.subjectId(), stored));
            case REVIEW_SCHEDULED -> messages.text("undo.reviewScheduled", itemTitle(path, change.subjectId(), stored));
            case REVIEW_CONFIRMED -> messages.text("undo.reviewConfirmed", itemTitle(path, change.subjectId(), stored));
            case REVIEW_REOPENED -> messages.text("undo.reviewReopened", itemTitle(path, change.subjectId(), stored));
            // An edit's entry carries the sentence the window showed when it was made ("Item “X” deleted").
            default -> change.change() instanceof Described described && !described.description().isBlank()
                    ? messages.text("undo.edit", described.description()) : messages.text("undo.lastChange");
        };
    }

    /** @param stored the name the store read with the entry, else the id: for a path not shown, or a subject it lacks */
    private static String itemTitle(LearningPath path, String itemId, String stored) {
        return shortened(Optional.ofNullable(path).flatMap(p -> p.item(itemId)).map(item -> item.title()).orElse(stored));
    }

    private static String milestoneTitle(LearningPath path, String milestoneId, String stored) {
        return shortened(Optional.ofNullable(path).flatMap(p -> p.milestone(milestoneId)).map(milestone -> milestone.title())
                .orElse(stored));
    }

    private static String skillName(LearningPath path, String skillId, String stored) {
        return shortened(Optional.ofNullable(path).flatMap(p -> p.skill(skillId)).map(skill -> skill.name()).orElse(stored));
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

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
 * from the change's activity entry and the names in the path shown. A name the path no longer has (its item was
 * deleted since) falls back to what the entry itself says.
 */
public final class UndoLabels {
    static final int MAX_TITLE = 50;

    private UndoLabels() {
    }

    public static String describe(UndoEntry entry, LearningPath shown) {
        return entry.change().map(change -> describe(change, shown)).orElseGet(() -> Messages.tr("undo.lastChange"));
    }

    private static String describe(ActivityEvent change, LearningPath shown) {
        LearningPath path = change.pathId().equals(shown.id()) ? shown : null;
        Messages messages = Messages.current();
        return switch (change.kind()) {
            case ITEM_STATUS_CHANGED -> messages.text("undo.status." + change.change(Status.class).to().name(),
                    itemTitle(path, change.subjectId()));
            case ITEM_NOTE_CHANGED -> messages.text("undo.note", itemTitle(path, change.subjectId()));
            case SUB_ITEM_CHANGED -> messages.text(change.change(SubStep.class).done() ? "undo.subStepTicked" : "undo.subStepUnticked",
                    itemTitle(path, change.subjectId()));
            case SKILL_RATED -> messages.text("undo.rating", skillName(path, change.subjectId()),
                    messages.level(change.change(LevelMove.class).to()));
            case SKILL_EVIDENCE_CHANGED -> messages.text("undo.evidence", skillName(path, change.subjectId()));
            case SKILL_TARGET_CHANGED -> messages.text("undo.target", skillName(path, change.subjectId()),
                    messages.level(change.change(LevelMove.class).to()));
            case SELF_CHECK_ANSWERED -> messages.text("undo.answer");
            case PATH_CREATED, PATH_FORKED, PATH_IMPORTED -> messages.text("undo.pathAdded", change.change(PathNamed.class).title());
            case PATH_DELETED -> messages.text("undo.pathDeleted", change.change(PathNamed.class).title());
            case PATH_INSTALLED, PATH_UPDATED -> messages.text("undo.pathUpdated", shown.id().equals(change.pathId())
                    ? shown.title() : change.pathId());
            case PROGRESS_IMPORTED -> messages.text("undo.progressImported");
            case PROGRESS_RESET -> messages.text("undo.progressReset", change.change(PathNamed.class).title());
            case MILESTONE_ADDED -> messages.text("undo.milestoneAdded", milestoneTitle(path, change.subjectId()));
            case MILESTONE_EDITED -> messages.text("undo.milestoneEdited", milestoneTitle(path, change.subjectId()));
            case MILESTONE_DELETED -> messages.text("undo.milestoneDeleted", milestoneTitle(path, change.subjectId()));
            case ITEM_DUE_CHANGED -> messages.text("undo.itemDue", itemTitle(path, change.subjectId()));
            case TIME_LOGGED -> messages.text("undo.timeLogged", String.valueOf(change.change(Minutes.class).minutes()),
                    itemTitle(path, change.subjectId()));
            case TIMER_STARTED -> messages.text("undo.timerStarted", itemTitle(path, change.subjectId()));
            case TIMER_STOPPED -> messages.text("undo.timerStopped", itemTitle(path, change.subjectId()));
            case REVIEW_SCHEDULED -> messages.text("undo.reviewScheduled", itemTitle(path, change.subjectId()));
            case REVIEW_CONFIRMED -> messages.text("undo.reviewConfirmed", itemTitle(path, change.subjectId()));
            case REVIEW_REOPENED -> messages.text("undo.reviewReopened", itemTitle(path, change.subjectId()));
            // An edit's entry carries the sentence the window showed when it was made ("Item “X” deleted").
            default -> change.change() instanceof Described described && !described.description().isBlank()
                    ? messages.text("undo.edit", described.description()) : messages.text("undo.lastChange");
        };
    }

    private static String itemTitle(LearningPath path, String itemId) {
        return shortened(Optional.ofNullable(path).flatMap(p -> p.item(itemId)).map(item -> item.title()).orElse(itemId));
    }

    private static String milestoneTitle(LearningPath path, String milestoneId) {
        return shortened(Optional.ofNullable(path).flatMap(p -> p.milestone(milestoneId)).map(milestone -> milestone.title())
                .orElse(milestoneId));
    }

    private static String skillName(LearningPath path, String skillId) {
        return shortened(Optional.ofNullable(path).flatMap(p -> p.skill(skillId)).map(skill -> skill.name()).orElse(skillId));
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

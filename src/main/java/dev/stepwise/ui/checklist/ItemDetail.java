package dev.stepwise.ui.checklist;

import dev.stepwise.domain.Item;
import dev.stepwise.domain.ItemProgress;
import dev.stepwise.domain.ItemStatus;
import dev.stepwise.domain.Milestone;
import dev.stepwise.domain.PathState;
import dev.stepwise.domain.Progress;
import dev.stepwise.domain.Section;
import dev.stepwise.domain.Skill;
import java.util.List;
import java.util.Optional;

/** What the detail pane shows for the selected item; an archived one shows the section it will be restored to. */
public record ItemDetail(Section section, Item item, ItemProgress progress, Progress subItems, List<Skill> skills,
                         boolean archived, Optional<Milestone> dueWith) {

    /** Without a milestone: an archived item, or one no milestone holds. */
    public ItemDetail(Section section, Item item, ItemProgress progress, Progress subItems, List<Skill> skills, boolean archived) {
        this(section, item, progress, subItems, skills, archived, Optional.empty());
    }

    /**
     * The detail of the item in this state: in the checklist, with the earliest milestone holding it (when it is due
     * if it has no date of its own); else archived, with the section it would go back to. Empty for an unknown id.
     */
    static Optional<ItemDetail> of(PathState state, String itemId) {
        Optional<ItemDetail> inChecklist = state.shape().item(itemId).map(found -> new ItemDetail(
                state.shape().sectionOf(found.id()).orElseThrow(), found, state.progressOf(found.id()),
                state.subItemProgress(found), ChecklistRows.skillsOf(state, found), false,
                state.shape().earliestMilestoneHolding(found.id())));
        return inChecklist.or(() -> state.path().archivedItem(itemId).map(entry -> new ItemDetail(
                state.path().section(entry.sectionId()).orElse(state.path().sections().get(0)), entry.item(),
                state.progressOf(entry.id()), state.subItemProgress(entry.item()), ChecklistRows.skillsOf(state, entry.item()), true)));
    }

    /**
     * Every sub-step is ticked but the item is still open: the pane offers to mark it done. Ticking the last
     * sub-step does not finish the item on its own, since an item can ask for more than its sub-steps.
     */
    public boolean offersDone() {
        ItemStatus status = progress.status();
        return !archived && subItems.total() > 0 && subItems.done() == subItems.total()
                && status != ItemStatus.DONE && status != ItemStatus.SKIPPED;
    }
}

package dev.stepwise.ui.checklist;

import dev.stepwise.domain.Item;
import dev.stepwise.domain.ItemProgress;
import dev.stepwise.domain.ItemStatus;
import dev.stepwise.domain.Milestone;
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
     * Every sub-step is ticked but the item is still open: the pane offers to mark it done. Ticking the last
     * sub-step does not finish the item on its own, since an item can ask for more than its sub-steps.
     */
    public boolean offersDone() {
        ItemStatus status = progress.status();
        return !archived && subItems.total() > 0 && subItems.done() == subItems.total()
                && status != ItemStatus.DONE && status != ItemStatus.SKIPPED;
    }
}

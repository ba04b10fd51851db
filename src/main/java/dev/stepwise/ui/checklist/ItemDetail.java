package dev.stepwise.ui.checklist;

import dev.stepwise.domain.Item;
import dev.stepwise.domain.ItemProgress;
import dev.stepwise.domain.Progress;
import dev.stepwise.domain.Section;
import dev.stepwise.domain.Skill;
import java.util.List;

/** What the detail pane shows for the selected item; an archived one shows the section it will be restored to. */
public record ItemDetail(Section section, Item item, ItemProgress progress, Progress subItems, List<Skill> skills,
                         boolean archived) {
}

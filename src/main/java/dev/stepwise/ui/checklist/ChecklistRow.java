package dev.stepwise.ui.checklist;

import dev.stepwise.domain.Item;
import dev.stepwise.domain.ItemStatus;
import dev.stepwise.domain.Progress;
import dev.stepwise.domain.Section;
import dev.stepwise.domain.Skill;
import java.util.List;

/** One line of the checklist: a section heading with its counts, or an item. */
public sealed interface ChecklistRow {

    /** A stable key, so the list can keep its selection while rows are rebuilt. */
    String key();

    record SectionRow(Section section, Progress progress) implements ChecklistRow {
        @Override
        public String key() {
            return "section:" + section.id();
        }
    }

    record ItemRow(Item item, ItemStatus status, Progress subItems, List<Skill> skills, boolean hasNote)
            implements ChecklistRow {
        @Override
        public String key() {
            return "item:" + item.id();
        }
    }
}

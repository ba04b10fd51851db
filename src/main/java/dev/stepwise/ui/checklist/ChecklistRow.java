package dev.stepwise.ui.checklist;

import dev.stepwise.domain.Item;
import dev.stepwise.domain.ItemProgress;
import dev.stepwise.domain.ItemStatus;
import dev.stepwise.domain.Progress;
import dev.stepwise.domain.Section;
import dev.stepwise.domain.Skill;
import java.time.LocalDate;
import java.util.List;

/** One line of the checklist: a section heading with its counts, or an item. */
public sealed interface ChecklistRow {

    /** A stable key, so the list can keep its selection while rows are rebuilt. */
    String key();

    /** The key of an item's row. */
    static String itemKey(String itemId) {
        return "item:" + itemId;
    }

    /** The key of a section's heading. */
    static String sectionKey(String sectionId) {
        return "section:" + sectionId;
    }

    record SectionRow(Section section, Progress progress) implements ChecklistRow {
        @Override
        public String key() {
            return sectionKey(section.id());
        }
    }

    /**
     * An item of the checklist, or (when {@code archived}) of the archive: removed upstream while it held progress,
     * shown at the end so it can be restored. {@code progress} is the stored progress the row was made from
     * ({@code null} while the learner has not touched the item), so a row is reused only while it is current.
     * {@code due} is the item's effective date (its own, else its earliest milestone's), {@code null} without one.
     */
    record ItemRow(Item item, ItemStatus status, Progress subItems, List<Skill> skills, boolean hasNote, boolean archived,
                   ItemProgress progress, LocalDate due) implements ChecklistRow {
        @Override
        public String key() {
            return itemKey(item.id());
        }
    }

    /** The heading of the archive, after the last section. */
    record ArchiveRow(int count) implements ChecklistRow {
        @Override
        public String key() {
            return "archive";
        }
    }
}

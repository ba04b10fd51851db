package dev.stepwise.ui.checklist;

import dev.stepwise.domain.ArchivedItem;
import dev.stepwise.domain.Item;
import dev.stepwise.domain.PathState;
import dev.stepwise.domain.Section;
import dev.stepwise.domain.Skill;
import dev.stepwise.ui.checklist.ChecklistRow.ArchiveRow;
import dev.stepwise.ui.checklist.ChecklistRow.ItemRow;
import dev.stepwise.ui.checklist.ChecklistRow.SectionRow;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The checklist's rows for a state, a status filter and a search: sections with their items, then the archive. */
final class ChecklistRows {
    private ChecklistRows() {
    }

    /** The rows, and "Showing 4 of 17 items" (or "17 items" when nothing is hidden). */
    record Shown(List<ChecklistRow> rows, String summary) {
    }

    static Shown of(PathState state, StatusFilter filter, String search) {
        String query = search == null ? "" : search.strip().toLowerCase(Locale.ROOT);
        List<ChecklistRow> result = new ArrayList<>();
        int shown = 0;
        int total = 0;
        for (Section section : state.path().sections()) {
            List<ChecklistRow> sectionRows = new ArrayList<>();
            for (Item item : section.items()) {
                total++;
                if (filter.accepts(state.statusOf(item.id())) && matches(state, item, query)) {
                    sectionRows.add(itemRow(state, item, false));
                }
            }
            // An empty section still shows its heading when nothing is filtered: it is where new items go.
            if (!sectionRows.isEmpty() || (query.isEmpty() && filter == StatusFilter.ALL)) {
                result.add(new SectionRow(section, state.progressOf(section)));
                result.addAll(sectionRows);
                shown += sectionRows.size();
            }
        }
        List<ChecklistRow> archiveRows = new ArrayList<>();
        for (ArchivedItem entry : state.path().archived()) {
            if (filter.accepts(state.statusOf(entry.id())) && matches(state, entry.item(), query)) {
                archiveRows.add(itemRow(state, entry.item(), true));
            }
        }
        if (!archiveRows.isEmpty()) {
            result.add(new ArchiveRow(state.path().archived().size()));
            result.addAll(archiveRows);
        }
        return new Shown(result, shown == total ? "%d items".formatted(total) : "Showing %d of %d items".formatted(shown, total));
    }

    private static ItemRow itemRow(PathState state, Item item, boolean archived) {
        return new ItemRow(item, state.statusOf(item.id()), state.subItemProgress(item), skillsOf(state, item),
                !state.progressOf(item.id()).note().isBlank(), archived);
    }

    static List<Skill> skillsOf(PathState state, Item item) {
        return item.skillIds().stream().map(id -> state.path().skill(id)).flatMap(Optional::stream).toList();
    }

    /** Search looks at everything the learner can read or wrote about the item: title, detail, sub-steps, note. */
    private static boolean matches(PathState state, Item item, String query) {
        if (query.isEmpty()) {
            return true;
        }
        return contains(item.title(), query)
                || contains(item.detail(), query)
                || item.subItems().stream().anyMatch(sub -> contains(sub.title(), query))
                || contains(state.progressOf(item.id()).note(), query);
    }

    private static boolean contains(String text, String query) {
        return text.toLowerCase(Locale.ROOT).contains(query);
    }
}

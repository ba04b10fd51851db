package dev.stepwise.ui.checklist;

import dev.stepwise.domain.ArchivedItem;
import dev.stepwise.domain.Item;
import dev.stepwise.domain.ItemProgress;
import dev.stepwise.domain.ItemStatus;
import dev.stepwise.domain.LearningPath;
import dev.stepwise.domain.PathState;
import dev.stepwise.domain.Section;
import dev.stepwise.domain.Skill;
import dev.stepwise.domain.SubItem;
import dev.stepwise.ui.checklist.ChecklistRow.ArchiveRow;
import dev.stepwise.ui.checklist.ChecklistRow.ItemRow;
import dev.stepwise.ui.checklist.ChecklistRow.SectionRow;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The checklist's rows for a state, a status filter and a search: sections with their items, then the archive.
 * Keeps, per path content, each item's searchable text in lower case and each item's row, so a keystroke in the
 * search only compares strings, and a tick rebuilds one row. FX-thread only.
 */
final class ChecklistRows {
    /** The rows, and "Showing 4 of 17 items" (or "17 items" when nothing is hidden). */
    record Shown(List<ChecklistRow> rows, String summary) {
    }

    private LearningPath content;
    private final Map<String, String> searchText = new HashMap<>();
    private final Map<String, ItemRow> rowCache = new HashMap<>();

    Shown of(PathState state, StatusFilter filter, String search) {
        follow(state);
        String query = search == null ? "" : search.strip().toLowerCase(Locale.ROOT);
        List<ChecklistRow> result = new ArrayList<>();
        int shown = 0;
        int total = 0;
        for (Section section : state.path().sections()) {
            List<ChecklistRow> sectionRows = new ArrayList<>();
            for (Item item : section.items()) {
                total++;
                ItemProgress progress = state.items().get(item.id());
                if (accepts(progress, item, filter, query)) {
                    sectionRows.add(row(state, item, progress, false));
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
            ItemProgress progress = state.items().get(entry.id());
            if (accepts(progress, entry.item(), filter, query)) {
                archiveRows.add(row(state, entry.item(), progress, true));
            }
        }
        if (!archiveRows.isEmpty()) {
            result.add(new ArchiveRow(state.path().archived().size()));
            result.addAll(archiveRows);
        }
        return new Shown(result, shown == total ? "%d items".formatted(total) : "Showing %d of %d items".formatted(shown, total));
    }

    /** Whether the item passes the filter and the search in this state. */
    boolean accepts(PathState state, Item item, StatusFilter filter, String search) {
        String query = search == null ? "" : search.strip().toLowerCase(Locale.ROOT);
        return accepts(state.items().get(item.id()), item, filter, query);
    }

    /** The same, with the item's stored progress ({@code null} when untouched) looked up once by the caller. */
    private boolean accepts(ItemProgress progress, Item item, StatusFilter filter, String query) {
        return filter.accepts(progress == null ? ItemStatus.NOT_STARTED : progress.status())
                && matches(progress, item, query);
    }

    /** The item's row in this state, rebuilt only when the item's progress changed since it was cached. */
    ItemRow row(PathState state, Item item, boolean archived) {
        follow(state);
        return row(state, item, state.items().get(item.id()), archived);
    }

    private ItemRow row(PathState state, Item item, ItemProgress progress, boolean archived) {
        ItemRow cached = rowCache.get(item.id());
        if (cached != null && cached.item() == item && cached.archived() == archived && cached.progress() == progress) {
            return cached;
        }
        ItemRow row = new ItemRow(item, state.statusOf(item.id()), state.subItemProgress(item), skillsOf(state, item),
                progress != null && !progress.note().isBlank(), archived, progress);
        rowCache.put(item.id(), row);
        return row;
    }

    static List<Skill> skillsOf(PathState state, Item item) {
        return item.skillIds().stream().map(id -> state.shape().skill(id)).flatMap(Optional::stream).toList();
    }

    /** A new path content: what was cached for the old one no longer holds. */
    private void follow(PathState state) {
        if (content != state.path()) {
            content = state.path();
            searchText.clear();
            rowCache.clear();
        }
    }

    /** Search looks at everything the learner can read or wrote about the item: title, detail, sub-steps, note. */
    private boolean matches(ItemProgress progress, Item item, String query) {
        if (query.isEmpty()) {
            return true;
        }
        return searchText.computeIfAbsent(item.id(), id -> searchable(item)).contains(query)
                || progress != null && !progress.note().isEmpty() && progress.note().toLowerCase(Locale.ROOT).contains(query);
    }

    private static String searchable(Item item) {
        StringBuilder text = new StringBuilder(item.title()).append('\n').append(item.detail());
        for (SubItem sub : item.subItems()) {
            text.append('\n').append(sub.title());
        }
        return text.toString().toLowerCase(Locale.ROOT);
    }
}

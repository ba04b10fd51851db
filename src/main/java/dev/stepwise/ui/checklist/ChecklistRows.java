package dev.stepwise.ui.checklist;

import dev.stepwise.domain.ArchivedItem;
import dev.stepwise.domain.Item;
import dev.stepwise.domain.ItemProgress;
import dev.stepwise.domain.ItemStatus;
import dev.stepwise.domain.LearningPath;
import dev.stepwise.domain.PathState;
import dev.stepwise.domain.Section;
import dev.stepwise.domain.Skill;
import dev.stepwise.domain.StatusCounts;
import dev.stepwise.domain.SubItem;
import dev.stepwise.ui.checklist.ChecklistRow.ArchiveRow;
import dev.stepwise.ui.checklist.ChecklistRow.ItemRow;
import dev.stepwise.ui.checklist.ChecklistRow.SectionRow;
import dev.stepwise.ui.common.Messages;
import dev.stepwise.ui.common.TextFilter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The checklist's rows for a state, a status filter and a search: sections with their items, then the archive.
 * Keeps, per path content, each item's searchable text in lower case and each item's row, so a keystroke in the
 * search only compares strings, and a tick rebuilds one row. Safe to use from any thread: the rows for a search
 * are made off the FX thread while a tick replaces rows on it.
 */
final class ChecklistRows {
    /**
     * The rows, where each one is by key (made with them, off the FX thread), "Showing 4 of 17 items" (or "17 items"
     * when nothing is hidden), and how many of the path's items match the search, by status, whatever the status
     * filter: what each filter would show.
     */
    record Shown(List<ChecklistRow> rows, Map<String, Integer> index, String summary, StatusCounts matched) {
    }

    /** What is cached for one path content; replaced whole when the content changes, so no thread sees a mix. */
    private record Caches(LearningPath content, Map<String, String> searchText, Map<String, ItemRow> rows) {
        static Caches of(LearningPath content) {
            return new Caches(content, new ConcurrentHashMap<>(), new ConcurrentHashMap<>());
        }
    }

    private volatile Caches caches = Caches.of(null);

    Shown of(PathState state, StatusFilter filter, String search) {
        Caches cached = cachesFor(state);
        String query = TextFilter.query(search);
        List<ChecklistRow> result = new ArrayList<>();
        int shown = 0;
        int total = 0;
        int[] matchedByStatus = new int[ItemStatus.values().length];
        for (Section section : state.path().sections()) {
            List<ChecklistRow> sectionRows = new ArrayList<>();
            for (Item item : section.items()) {
                total++;
                ItemProgress progress = state.items().get(item.id());
                if (!matches(cached, progress, item, query)) {
                    continue;
                }
                ItemStatus status = statusOf(progress);
                matchedByStatus[status.ordinal()]++;
                if (filter.accepts(status)) {
                    sectionRows.add(row(cached, state, item, progress, false));
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
            if (accepts(cached, progress, entry.item(), filter, query)) {
                archiveRows.add(row(cached, state, entry.item(), progress, true));
            }
        }
        if (!archiveRows.isEmpty()) {
            result.add(new ArchiveRow(state.path().archived().size()));
            result.addAll(archiveRows);
        }
        Map<String, Integer> index = new HashMap<>(result.size() * 2);
        for (int i = 0; i < result.size(); i++) {
            index.put(result.get(i).key(), i);
        }
        StatusCounts matched = new StatusCounts(matchedByStatus[ItemStatus.NOT_STARTED.ordinal()],
                matchedByStatus[ItemStatus.LEARNING.ordinal()], matchedByStatus[ItemStatus.DONE.ordinal()],
                matchedByStatus[ItemStatus.SKIPPED.ordinal()]);
        return new Shown(result, index, shown == total
                ? Messages.tr("checklist.shown.all", total) : Messages.tr("checklist.shown.some", shown, total), matched);
    }

    /** Whether the item passes the filter and the search in this state. */
    boolean accepts(PathState state, Item item, StatusFilter filter, String search) {
        String query = TextFilter.query(search);
        return accepts(cachesFor(state), state.items().get(item.id()), item, filter, query);
    }

    /** Whether the item matches the search in this state, whatever its status. */
    boolean matches(PathState state, Item item, String search) {
        return matches(cachesFor(state), state.items().get(item.id()), item, TextFilter.query(search));
    }

    /** The same, with the item's stored progress ({@code null} when untouched) looked up once by the caller. */
    private static boolean accepts(Caches cached, ItemProgress progress, Item item, StatusFilter filter, String query) {
        return filter.accepts(statusOf(progress)) && matches(cached, progress, item, query);
    }

    private static ItemStatus statusOf(ItemProgress progress) {
        return progress == null ? ItemStatus.NOT_STARTED : progress.status();
    }

    /** The item's row in this state, rebuilt only when the item's progress changed since it was cached. */
    ItemRow row(PathState state, Item item, boolean archived) {
        return row(cachesFor(state), state, item, state.items().get(item.id()), archived);
    }

    private static ItemRow row(Caches caches, PathState state, Item item, ItemProgress progress, boolean archived) {
        ItemRow cached = caches.rows().get(item.id());
        if (cached != null && cached.item() == item && cached.archived() == archived && cached.progress() == progress) {
            return cached;
        }
        ItemRow row = new ItemRow(item, state.statusOf(item.id()), state.subItemProgress(item), skillsOf(state, item),
                progress != null && !progress.note().isBlank(), archived, progress,
                state.shape().deadlines().dueOf(item.id()).orElse(null));
        caches.rows().put(item.id(), row);
        return row;
    }

    static List<Skill> skillsOf(PathState state, Item item) {
        return item.skillIds().stream().map(id -> state.shape().skill(id)).flatMap(Optional::stream).toList();
    }

    /** The caches of the state's path content: new ones for a new content, as what held for the old no longer does. */
    private Caches cachesFor(PathState state) {
        Caches current = caches;
        if (current.content() != state.path()) {
            current = Caches.of(state.path());
            caches = current;
        }
        return current;
    }

    /** Search looks at everything the learner can read or wrote about the item: title, detail, sub-steps, note. */
    private static boolean matches(Caches cached, ItemProgress progress, Item item, String query) {
        if (query.isEmpty()) {
            return true;
        }
        return cached.searchText().computeIfAbsent(item.id(), id -> searchable(item)).contains(query)
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

package dev.stepwise.ui.checklist;

import dev.stepwise.domain.Item;
import dev.stepwise.domain.PathState;
import dev.stepwise.domain.StatusCounts;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import javafx.collections.ObservableList;

/**
 * The rows the checklist shows, kept in step with the state: made whole when the path, the filter or the search
 * changes, and after a change of progress only the changed items' rows and their sections' headings are replaced
 * in place. Keeps an index of where each row is, so lookups by key never scan the list. Rows are made with
 * {@link #compute} (any thread) and shown with {@link #apply}; everything else is FX-thread only.
 */
final class ShownRows {
    private final ObservableList<ChecklistRow> rows;
    private final ChecklistRows rowMaker = new ChecklistRows();
    /** Where each row is in {@link #rows}, by key; rebuilt with the rows, unchanged when one row is replaced. */
    private Map<String, Integer> rowIndex = Map.of();
    /** How many items match the search, by status: counted with the rows, then kept up to date change by change. */
    private StatusCounts matched = StatusCounts.NONE;

    ShownRows(ObservableList<ChecklistRow> rows) {
        this.rows = rows;
    }

    /** Makes every row for the state, filter and search, without showing them: safe off the FX thread. */
    ChecklistRows.Shown compute(PathState state, StatusFilter filter, String search) {
        return rowMaker.of(state, filter, search);
    }

    /** Shows rows made by {@link #compute}; returns the summary to show ("Showing 4 of 17 items"). FX thread. */
    String apply(ChecklistRows.Shown shown) {
        // The index first: the list's listeners look rows up by key as soon as they change.
        rowIndex = shown.index();
        matched = shown.matched();
        rows.setAll(shown.rows());
        return shown.summary();
    }

    /** How many of the path's items match the search, by status, whatever the filter: what each filter would show. */
    StatusCounts matched() {
        return matched;
    }

    /** Whether the item has a row under this filter and search, in this state. */
    boolean accepts(PathState state, Item item, StatusFilter filter, String search) {
        return rowMaker.accepts(state, item, filter, search);
    }

    /** Where the row with this key is, or -1 when it is not shown. */
    int indexOf(String rowKey) {
        return rowIndex.getOrDefault(rowKey, -1);
    }

    /**
     * After a change of progress only: replaces the changed items' rows and their sections' headings in place,
     * leaving every other row as it is, and moves the changed items in the counts. Returns false, having changed
     * nothing, when a changed item would appear or disappear under the filter or search: then the rows must be made
     * again.
     */
    boolean update(PathState before, PathState after, Set<String> itemIds, StatusFilter filter, String search) {
        Map<Integer, ChecklistRow> replacements = new TreeMap<>();
        StatusCounts counts = matched;
        for (String itemId : itemIds) {
            Optional<Item> item = after.shape().anyItem(itemId);
            if (item.isEmpty()) {
                continue;
            }
            counts = recounted(counts, before, after, item.get(), search);
            int index = indexOf(ChecklistRow.itemKey(itemId));
            boolean shownNow = rowMaker.accepts(after, item.get(), filter, search);
            if ((index >= 0) != shownNow) {
                return false;
            }
            if (index >= 0) {
                boolean archived = after.shape().item(itemId).isEmpty();
                replacements.put(index, rowMaker.row(after, item.get(), archived));
            }
            after.shape().sectionOf(itemId).ifPresent(section -> {
                int heading = indexOf(ChecklistRow.sectionKey(section.id()));
                if (heading >= 0) {
                    replacements.put(heading, new ChecklistRow.SectionRow(section, after.progressOf(section)));
                }
            });
        }
        replacements.forEach(rows::set);
        matched = counts;
        return true;
    }

    /**
     * The counts with the item taken out as it was before and put back as it is after: its status may have changed,
     * and so may whether it matches (a note is searched too). Archived items are in no count, as in the path's.
     */
    private StatusCounts recounted(StatusCounts counts, PathState before, PathState after, Item item, String search) {
        if (after.shape().item(item.id()).isEmpty()) {
            return counts;
        }
        StatusCounts result = counts;
        if (rowMaker.matches(before, item, search)) {
            result = result.plus(before.statusOf(item.id()), -1);
        }
        if (rowMaker.matches(after, item, search)) {
            result = result.plus(after.statusOf(item.id()), 1);
        }
        return result;
    }
}

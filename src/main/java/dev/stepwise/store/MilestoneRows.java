package dev.stepwise.store;

import dev.stepwise.domain.Milestone;
import dev.stepwise.domain.Phrase;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A path's milestones in the store: read back in the learner's order, and written as the rows that differ between two
 * versions of the path, like the rest of its content. A milestone whose items changed has only the rows of
 * those items written; one whose title or date changed is one {@code UPDATE}.
 */
final class MilestoneRows {
    private final Database database;

    MilestoneRows(Database database) {
        this.database = database;
    }

    List<Milestone> load(String pathId) {
        Map<String, List<String>> items = new HashMap<>();
        Sql.query(database, "SELECT milestone_id, item_id FROM milestone_item WHERE path_id = ? ORDER BY milestone_id, position",
                statement -> statement.setString(1, pathId), row -> Map.entry(row.getString(1), row.getString(2)))
                .forEach(entry -> items.computeIfAbsent(entry.getKey(), key -> new ArrayList<>()).add(entry.getValue()));
        return Sql.query(database, "SELECT id, title, due FROM milestone WHERE path_id = ? ORDER BY position",
                statement -> statement.setString(1, pathId), new Row.Shape("milestone", "milestone", 1), row -> {
                    LocalDate due = row.date(3, "due");
                    if (due == null) {
                        throw row.bad(Phrase.of("store.badRow.date", "due", "NULL"), null);
                    }
                    return new Milestone(row.text(1), row.text(2), due, items.getOrDefault(row.text(1), List.of()));
                });
    }

    /** Writes what differs between the milestones before and after an edit. Call inside a transaction, after the items. */
    void write(String pathId, List<Milestone> before, List<Milestone> after) {
        if (before.equals(after)) {
            return;
        }
        Map<String, Integer> positions = new HashMap<>();
        for (int i = 0; i < before.size(); i++) {
            positions.put(before.get(i).id(), i);
        }
        List<String> kept = new ArrayList<>();
        for (int i = 0; i < after.size(); i++) {
            Milestone milestone = after.get(i);
            kept.add(milestone.id());
            Integer was = positions.get(milestone.id());
            Milestone old = was == null ? null : before.get(was);
            if (old == null || was != i || !old.title().equals(milestone.title()) || !old.due().equals(milestone.due())) {
                upsert(pathId, i, milestone);
            }
            if (old == null || !old.itemIds().equals(milestone.itemIds())) {
                writeItems(pathId, milestone, old == null ? List.of() : old.itemIds());
            }
        }
        positions.keySet().stream().filter(id -> !kept.contains(id)).forEach(id ->
                // Its item rows go with it (ON DELETE CASCADE).
                Sql.update(database, "DELETE FROM milestone WHERE path_id = ? AND id = ?", statement -> {
                    statement.setString(1, pathId);
                    statement.setString(2, id);
                }));
    }

    private void upsert(String pathId, int position, Milestone milestone) {
        Sql.update(database, """
                INSERT INTO milestone (path_id, id, position, title, due) VALUES (?, ?, ?, ?, ?)
                ON CONFLICT (path_id, id) DO UPDATE SET position = excluded.position, title = excluded.title,
                    due = excluded.due
                """, statement -> {
            statement.setString(1, pathId);
            statement.setString(2, milestone.id());
            statement.setInt(3, position);
            statement.setString(4, milestone.title());
            statement.setString(5, Sql.text(milestone.due()));
        });
    }

    /**
     * Brings the milestone's item rows to its list: rows of items it no longer holds go, the others are upserted with
     * their place. A row kept keeps its row id, so the undo log sees a move as a move, not a delete and an insert.
     */
    private void writeItems(String pathId, Milestone milestone, List<String> before) {
        for (String itemId : before) {
            if (!milestone.holds(itemId)) {
                Sql.update(database, "DELETE FROM milestone_item WHERE path_id = ? AND milestone_id = ? AND item_id = ?",
                        statement -> {
                            statement.setString(1, pathId);
                            statement.setString(2, milestone.id());
                            statement.setString(3, itemId);
                        });
            }
        }
        for (int i = 0; i < milestone.itemIds().size(); i++) {
            int position = i;
            String itemId = milestone.itemIds().get(i);
            if (position < before.size() && before.get(position).equals(itemId)) {
                continue;
            }
            Sql.update(database, """
                    INSERT INTO milestone_item (path_id, milestone_id, item_id, position) VALUES (?, ?, ?, ?)
                    ON CONFLICT (path_id, milestone_id, item_id) DO UPDATE SET position = excluded.position
                    """, statement -> {
                statement.setString(1, pathId);
                statement.setString(2, milestone.id());
                statement.setString(3, itemId);
                statement.setInt(4, position);
            });
        }
    }
}

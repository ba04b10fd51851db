package dev.stepwise.store;

import dev.stepwise.domain.Item;
import dev.stepwise.domain.Resource;
import dev.stepwise.domain.SubItem;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Writes the rows that hang off one item — sub-steps, resources, skill links — as the difference between the item
 * before and after an edit, keyed as their tables are: sub-steps and links by id, resources by position. Renaming one
 * sub-step is one {@code UPDATE}; an edit of the item's title writes none of these rows.
 */
final class ItemPartsWriter {
    private final Database database;

    ItemPartsWriter(Database database) {
        this.database = database;
    }

    /** Writes what differs; {@code before} is {@code null} for a new item. Call inside a transaction. */
    void write(String pathId, Item before, Item after) {
        String itemId = after.id();
        if (before == null) {
            insertAll(pathId, after);
            return;
        }
        writeSubItems(pathId, itemId, before == null ? List.of() : before.subItems(), after.subItems());
        writeResources(pathId, itemId, before == null ? List.of() : before.resources(), after.resources());
        writeSkillLinks(pathId, itemId, before == null ? List.of() : before.skillIds(), after.skillIds());
    }

    private void writeSubItems(String pathId, String itemId, List<SubItem> before, List<SubItem> after) {
        Map<String, Integer> was = indexById(before.stream().map(SubItem::id).toList());
        for (int i = 0; i < after.size(); i++) {
            int position = i;
            SubItem sub = after.get(i);
            Integer at = was.get(sub.id());
            if (at == null || at != i || !before.get(at).equals(sub)) {
                Sql.update(database, """
                        INSERT INTO sub_item (path_id, item_id, id, position, title) VALUES (?, ?, ?, ?, ?)
                        ON CONFLICT (path_id, item_id, id) DO UPDATE SET position = excluded.position, title = excluded.title
                        """, statement -> {
                    statement.setString(1, pathId);
                    statement.setString(2, itemId);
                    statement.setString(3, sub.id());
                    statement.setInt(4, position);
                    statement.setString(5, sub.title());
                });
            }
        }
        Set<String> kept = new HashSet<>(after.stream().map(SubItem::id).toList());
        before.stream().map(SubItem::id).filter(id -> !kept.contains(id))
                .forEach(id -> delete("DELETE FROM sub_item WHERE path_id = ? AND item_id = ? AND id = ?", pathId, itemId, id));
    }

    private void writeResources(String pathId, String itemId, List<Resource> before, List<Resource> after) {
        for (int i = 0; i < after.size(); i++) {
            int position = i;
            Resource resource = after.get(i);
            if (i >= before.size() || !before.get(i).equals(resource)) {
                Sql.update(database, """
                        INSERT INTO resource (path_id, item_id, position, title, url) VALUES (?, ?, ?, ?, ?)
                        ON CONFLICT (path_id, item_id, position) DO UPDATE SET title = excluded.title, url = excluded.url
                        """, statement -> {
                    statement.setString(1, pathId);
                    statement.setString(2, itemId);
                    statement.setInt(3, position);
                    statement.setString(4, resource.title());
                    statement.setString(5, resource.url());
                });
            }
        }
        if (before.size() > after.size()) {
            Sql.update(database, "DELETE FROM resource WHERE path_id = ? AND item_id = ? AND position >= ?", statement -> {
                statement.setString(1, pathId);
                statement.setString(2, itemId);
                statement.setInt(3, after.size());
            });
        }
    }

    private void writeSkillLinks(String pathId, String itemId, List<String> before, List<String> after) {
        Map<String, Integer> was = indexById(before);
        for (int i = 0; i < after.size(); i++) {
            int position = i;
            String skillId = after.get(i);
            Integer at = was.get(skillId);
            if (at == null || at != i) {
                Sql.update(database, """
                        INSERT INTO item_skill (path_id, item_id, skill_id, position) VALUES (?, ?, ?, ?)
                        ON CONFLICT (path_id, item_id, skill_id) DO UPDATE SET position = excluded.position
                        """, statement -> {
                    statement.setString(1, pathId);
                    statement.setString(2, itemId);
                    statement.setString(3, skillId);
                    statement.setInt(4, position);
                });
            }
        }
        Set<String> kept = new HashSet<>(after);
        before.stream().filter(id -> !kept.contains(id)).forEach(id ->
                delete("DELETE FROM item_skill WHERE path_id = ? AND item_id = ? AND skill_id = ?", pathId, itemId, id));
    }

    /**
     * A new item's parts, several rows per {@code INSERT}: installing a path of 10,000 items writes some 80,000 of
     * these rows, and one statement per row spent more time crossing into the driver than in SQLite.
     */
    private void insertAll(String pathId, Item item) {
        String itemId = item.id();
        List<SubItem> subItems = item.subItems();
        insertRows("sub_item (path_id, item_id, id, position, title)", 5, subItems.size(), (statement, row, at) -> {
            statement.setString(at, pathId);
            statement.setString(at + 1, itemId);
            statement.setString(at + 2, subItems.get(row).id());
            statement.setInt(at + 3, row);
            statement.setString(at + 4, subItems.get(row).title());
        });
        List<Resource> resources = item.resources();
        insertRows("resource (path_id, item_id, position, title, url)", 5, resources.size(), (statement, row, at) -> {
            statement.setString(at, pathId);
            statement.setString(at + 1, itemId);
            statement.setInt(at + 2, row);
            statement.setString(at + 3, resources.get(row).title());
            statement.setString(at + 4, resources.get(row).url());
        });
        List<String> skillIds = item.skillIds();
        insertRows("item_skill (path_id, item_id, skill_id, position)", 4, skillIds.size(), (statement, row, at) -> {
            statement.setString(at, pathId);
            statement.setString(at + 1, itemId);
            statement.setString(at + 2, skillIds.get(row));
            statement.setInt(at + 3, row);
        });
    }

    @FunctionalInterface
    private interface RowBinder {
        /** Binds row {@code row}'s values from parameter index {@code at} on. */
        void bind(PreparedStatement statement, int row, int at) throws SQLException;
    }

    /** At most this many rows per statement, so that only a few statement shapes are ever prepared and cached. */
    private static final int ROWS_PER_INSERT = 8;

    private void insertRows(String tableAndColumns, int width, int rows, RowBinder binder) {
        for (int first = 0; first < rows; first += ROWS_PER_INSERT) {
            int from = first;
            int count = Math.min(ROWS_PER_INSERT, rows - first);
            String values = String.join(", ", Collections.nCopies(count, "(" + String.join(", ", Collections.nCopies(width, "?")) + ")"));
            Sql.update(database, "INSERT INTO " + tableAndColumns + " VALUES " + values, statement -> {
                for (int i = 0; i < count; i++) {
                    binder.bind(statement, from + i, 1 + i * width);
                }
            });
        }
    }

    private static Map<String, Integer> indexById(List<String> ids) {
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < ids.size(); i++) {
            index.put(ids.get(i), i);
        }
        return index;
    }

    private void delete(String sql, String pathId, String itemId, String id) {
        Sql.update(database, sql, statement -> {
            statement.setString(1, pathId);
            statement.setString(2, itemId);
            statement.setString(3, id);
        });
    }
}

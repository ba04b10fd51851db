package dev.stepwise.store;

import dev.stepwise.domain.Item;
import dev.stepwise.domain.Resource;
import dev.stepwise.domain.SubItem;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Writes the rows that hang off items — sub-steps, resources, skill links. For an edited item, the difference between
 * the item before and after, keyed as their tables are: sub-steps and links by id, resources by position. Renaming one
 * sub-step is one {@code UPDATE}; an edit of the item's title writes none of these rows. New items' parts are inserted
 * together, in batches ({@link RowBatches}).
 */
final class ItemPartsWriter {
    private final Database database;

    ItemPartsWriter(Database database) {
        this.database = database;
    }

    /** Writes what differs between an item before and after an edit (same item id). Call inside a transaction. */
    void write(String pathId, Item before, Item after) {
        String itemId = after.id();
        writeSubItems(pathId, itemId, before.subItems(), after.subItems());
        writeResources(pathId, itemId, before.resources(), after.resources());
        writeSkillLinks(pathId, itemId, before.skillIds(), after.skillIds());
    }

    private void writeSubItems(String pathId, String itemId, List<SubItem> before, List<SubItem> after) {
        ListDiff diff = ListDiff.of(before, after, SubItem::id, SubItem::equals);
        diff.written().forEach(position -> Sql.update(database, """
                INSERT INTO sub_item (path_id, item_id, id, position, title) VALUES (?, ?, ?, ?, ?)
                ON CONFLICT (path_id, item_id, id) DO UPDATE SET position = excluded.position, title = excluded.title
                """, statement -> {
            statement.setString(1, pathId);
            statement.setString(2, itemId);
            statement.setString(3, after.get(position).id());
            statement.setInt(4, position);
            statement.setString(5, after.get(position).title());
        }));
        diff.gone().forEach(id -> delete("DELETE FROM sub_item WHERE path_id = ? AND item_id = ? AND id = ?", pathId, itemId, id));
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
        // A link is its skill id: the same id at the same place is the same row.
        ListDiff diff = ListDiff.of(before, after, skillId -> skillId, (was, now) -> true);
        diff.written().forEach(position -> Sql.update(database, """
                INSERT INTO item_skill (path_id, item_id, skill_id, position) VALUES (?, ?, ?, ?)
                ON CONFLICT (path_id, item_id, skill_id) DO UPDATE SET position = excluded.position
                """, statement -> {
            statement.setString(1, pathId);
            statement.setString(2, itemId);
            statement.setString(3, after.get(position));
            statement.setInt(4, position);
        }));
        diff.gone().forEach(id ->
                delete("DELETE FROM item_skill WHERE path_id = ? AND item_id = ? AND skill_id = ?", pathId, itemId, id));
    }

    /** One row hanging off an item: its item, its place in the item's list, and what it holds. */
    private record Part<T>(String itemId, int position, T value) {
    }

    /**
     * The parts of new items, whose rows exist: all their sub-steps, then all resources, then all skill links, each
     * table in the items' order (key order, when the items come sorted by id) and many rows per statement.
     */
    void insertNew(String pathId, List<Item> items) {
        RowBatches.insert(database, "sub_item (path_id, item_id, id, position, title)", 5, parts(items, Item::subItems),
                (statement, part, at) -> {
                    statement.setString(at, pathId);
                    statement.setString(at + 1, part.itemId());
                    statement.setString(at + 2, part.value().id());
                    statement.setInt(at + 3, part.position());
                    statement.setString(at + 4, part.value().title());
                });
        RowBatches.insert(database, "resource (path_id, item_id, position, title, url)", 5, parts(items, Item::resources),
                (statement, part, at) -> {
                    statement.setString(at, pathId);
                    statement.setString(at + 1, part.itemId());
                    statement.setInt(at + 2, part.position());
                    statement.setString(at + 3, part.value().title());
                    statement.setString(at + 4, part.value().url());
                });
        RowBatches.insert(database, "item_skill (path_id, item_id, skill_id, position)", 4, parts(items, Item::skillIds),
                (statement, part, at) -> {
                    statement.setString(at, pathId);
                    statement.setString(at + 1, part.itemId());
                    statement.setString(at + 2, part.value());
                    statement.setInt(at + 3, part.position());
                });
    }

    private static <T> List<Part<T>> parts(List<Item> items, Function<Item, List<T>> of) {
        List<Part<T>> parts = new ArrayList<>();
        for (Item item : items) {
            List<T> values = of.apply(item);
            for (int i = 0; i < values.size(); i++) {
                parts.add(new Part<>(item.id(), i, values.get(i)));
            }
        }
        return parts;
    }


    private void delete(String sql, String pathId, String itemId, String id) {
        Sql.update(database, sql, statement -> {
            statement.setString(1, pathId);
            statement.setString(2, itemId);
            statement.setString(3, id);
        });
    }
}

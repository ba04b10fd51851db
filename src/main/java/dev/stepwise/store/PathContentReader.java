package dev.stepwise.store;

import dev.stepwise.domain.ArchivedItem;
import dev.stepwise.domain.Item;
import dev.stepwise.domain.LearningPath;
import dev.stepwise.domain.Resource;
import dev.stepwise.domain.Section;
import dev.stepwise.domain.SectionKind;
import dev.stepwise.domain.SelfCheck;
import dev.stepwise.domain.Skill;
import dev.stepwise.domain.SubItem;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** Reads a path's content back into the domain: one query per table, grouped in memory, in stored order. */
final class PathContentReader {
    private final Database database;

    PathContentReader(Database database) {
        this.database = database;
    }

    Optional<LearningPath> load(String pathId) {
        record Header(int contentVersion, String title, String tagline, String overview) { }
        List<Header> headers = Sql.query(database, "SELECT content_version, title, tagline, overview FROM path WHERE id = ?",
                statement -> statement.setString(1, pathId),
                row -> new Header(row.getInt(1), row.getString(2), row.getString(3), row.getString(4)));
        if (headers.isEmpty()) {
            return Optional.empty();
        }
        Header header = headers.get(0);
        List<StoredItem> items = loadItems(pathId);
        Map<String, List<Item>> active = items.stream().filter(item -> item.archivedAt() == null)
                .collect(Collectors.groupingBy(StoredItem::sectionId,
                        Collectors.mapping(StoredItem::item, Collectors.toCollection(ArrayList::new))));
        List<ArchivedItem> archived = items.stream().filter(item -> item.archivedAt() != null)
                .sorted(Comparator.comparingInt(StoredItem::position))
                .map(item -> new ArchivedItem(item.item(), item.sectionId(), item.archivedAt()))
                .toList();
        List<Section> sections = Sql.query(database,
                "SELECT id, kind, title, description FROM section WHERE path_id = ? ORDER BY position",
                statement -> statement.setString(1, pathId), new Row.Shape("section", "section", 1),
                row -> new Section(row.text(1), row.choice(2, "kind", SectionKind.class), row.text(3),
                        row.text(4), active.getOrDefault(row.text(1), List.of())));
        return Optional.of(new LearningPath(pathId, header.contentVersion(), header.title(), header.tagline(),
                header.overview(), loadIndustries(pathId), loadSkills(pathId), sections, loadSelfChecks(pathId), archived,
                new MilestoneRows(database).load(pathId)));
    }

    private List<String> loadIndustries(String pathId) {
        return Sql.query(database, "SELECT name FROM path_industry WHERE path_id = ? ORDER BY position",
                statement -> statement.setString(1, pathId), row -> row.getString(1));
    }

    private List<SelfCheck> loadSelfChecks(String pathId) {
        return Sql.query(database, "SELECT id, statement FROM self_check WHERE path_id = ? ORDER BY position",
                statement -> statement.setString(1, pathId), row -> new SelfCheck(row.getString(1), row.getString(2)));
    }

    private List<Skill> loadSkills(String pathId) {
        return Sql.query(database, """
                SELECT id, name, category, description, target_level FROM skill WHERE path_id = ? ORDER BY position
                """, statement -> statement.setString(1, pathId), new Row.Shape("skill", "skill", 1),
                row -> new Skill(row.text(1), row.text(2), row.text(3), row.text(4), row.level(5, "target_level")));
    }

    /** An item row with where it sits: its section, and when it was archived ({@code null} while in the checklist). */
    private record StoredItem(Item item, String sectionId, int position, Instant archivedAt) {
    }

    private List<StoredItem> loadItems(String pathId) {
        Map<String, List<SubItem>> subItems = grouped(Sql.query(database,
                "SELECT item_id, id, title FROM sub_item WHERE path_id = ? ORDER BY item_id, position",
                statement -> statement.setString(1, pathId),
                row -> Map.entry(row.getString(1), new SubItem(row.getString(2), row.getString(3)))));
        Map<String, List<Resource>> resources = grouped(Sql.query(database,
                "SELECT item_id, title, url FROM resource WHERE path_id = ? ORDER BY item_id, position",
                statement -> statement.setString(1, pathId),
                row -> Map.entry(row.getString(1), new Resource(row.getString(2), row.getString(3)))));
        Map<String, List<String>> skillLinks = grouped(Sql.query(database,
                "SELECT item_id, skill_id FROM item_skill WHERE path_id = ? ORDER BY item_id, position",
                statement -> statement.setString(1, pathId),
                row -> Map.entry(row.getString(1), row.getString(2))));
        return Sql.query(database, """
                SELECT section_id, id, title, detail, estimate_hours, target_date, archived_at, position
                FROM item WHERE path_id = ? ORDER BY section_id, position
                """, statement -> statement.setString(1, pathId), new Row.Shape("item", "item", 2), row -> {
            String itemId = row.text(2);
            Item item = new Item(itemId, row.text(3), row.text(4),
                    subItems.getOrDefault(itemId, List.of()), resources.getOrDefault(itemId, List.of()),
                    skillLinks.getOrDefault(itemId, List.of()), row.optionalNumber(5), row.date(6, "target_date"));
            return new StoredItem(item, row.text(1), row.number(8), row.instant(7, "archived_at"));
        });
    }

    /** Groups (key, value) rows by key, keeping the query's order within each group. */
    private static <T> Map<String, List<T>> grouped(List<Map.Entry<String, T>> rows) {
        return rows.stream().collect(Collectors.groupingBy(Map.Entry::getKey,
                Collectors.mapping(Map.Entry::getValue, Collectors.toCollection(ArrayList::new))));
    }
}

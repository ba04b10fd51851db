package dev.stepwise.store;

import dev.stepwise.domain.Item;
import dev.stepwise.domain.LearningPath;
import dev.stepwise.domain.Level;
import dev.stepwise.domain.Resource;
import dev.stepwise.domain.Section;
import dev.stepwise.domain.SectionKind;
import dev.stepwise.domain.SelfCheck;
import dev.stepwise.domain.Skill;
import dev.stepwise.domain.SubItem;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Collectors;

/**
 * Path content: the path row and its industries, self-checks, skills, sections, items, sub-items, resources and
 * item–skill links. Saving replaces the content of a path whole; progress tables are not touched.
 */
public final class PathRepository {
    private final Database database;

    public PathRepository(Database database) {
        this.database = database;
    }

    public List<String> ids() {
        return Sql.query(database, "SELECT id FROM path ORDER BY installed_at, id", statement -> { }, row -> row.getString(1));
    }

    public OptionalInt contentVersion(String pathId) {
        List<Integer> versions = Sql.query(database, "SELECT content_version FROM path WHERE id = ?",
                statement -> statement.setString(1, pathId), row -> row.getInt(1));
        return versions.isEmpty() ? OptionalInt.empty() : OptionalInt.of(versions.get(0));
    }

    public boolean hasItem(String pathId, String itemId) {
        return exists("SELECT 1 FROM item WHERE path_id = ? AND id = ?", pathId, itemId);
    }

    public boolean hasSubItem(String pathId, String itemId, String subItemId) {
        return !Sql.query(database, "SELECT 1 FROM sub_item WHERE path_id = ? AND item_id = ? AND id = ?", statement -> {
            statement.setString(1, pathId);
            statement.setString(2, itemId);
            statement.setString(3, subItemId);
        }, row -> true).isEmpty();
    }

    public boolean hasSelfCheck(String pathId, String checkId) {
        return exists("SELECT 1 FROM self_check WHERE path_id = ? AND id = ?", pathId, checkId);
    }

    public boolean hasSkill(String pathId, String skillId) {
        return exists("SELECT 1 FROM skill WHERE path_id = ? AND id = ?", pathId, skillId);
    }

    private boolean exists(String sql, String pathId, String id) {
        return !Sql.query(database, sql, statement -> {
            statement.setString(1, pathId);
            statement.setString(2, id);
        }, row -> true).isEmpty();
    }

    /** Inserts the path, or replaces its content keeping its install time. Call inside a transaction. */
    public void save(LearningPath path, Instant now) {
        Sql.update(database, """
                INSERT INTO path (id, content_version, title, tagline, overview, installed_at, updated_at)
                VALUES (?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (id) DO UPDATE SET
                    content_version = excluded.content_version, title = excluded.title, tagline = excluded.tagline,
                    overview = excluded.overview, updated_at = excluded.updated_at
                """, statement -> {
            statement.setString(1, path.id());
            statement.setInt(2, path.contentVersion());
            statement.setString(3, path.title());
            statement.setString(4, path.tagline());
            statement.setString(5, path.overview());
            statement.setString(6, Sql.text(now));
            statement.setString(7, Sql.text(now));
        });
        deleteContent(path.id());
        insertIndustries(path);
        insertSelfChecks(path);
        insertSkills(path);
        insertSections(path);
    }

    private void deleteContent(String pathId) {
        // Children go with their parents through ON DELETE CASCADE (items, sub-items, resources, links).
        for (String table : List.of("path_industry", "self_check", "section", "skill")) {
            Sql.update(database, "DELETE FROM " + table + " WHERE path_id = ?", statement -> statement.setString(1, pathId));
        }
    }

    private void insertIndustries(LearningPath path) {
        for (int i = 0; i < path.industries().size(); i++) {
            int position = i;
            Sql.update(database, "INSERT INTO path_industry (path_id, position, name) VALUES (?, ?, ?)", statement -> {
                statement.setString(1, path.id());
                statement.setInt(2, position);
                statement.setString(3, path.industries().get(position));
            });
        }
    }

    private void insertSelfChecks(LearningPath path) {
        for (int i = 0; i < path.selfChecks().size(); i++) {
            int position = i;
            SelfCheck check = path.selfChecks().get(i);
            Sql.update(database, "INSERT INTO self_check (path_id, id, position, statement) VALUES (?, ?, ?, ?)", statement -> {
                statement.setString(1, path.id());
                statement.setString(2, check.id());
                statement.setInt(3, position);
                statement.setString(4, check.statement());
            });
        }
    }

    private void insertSkills(LearningPath path) {
        for (int i = 0; i < path.skills().size(); i++) {
            int position = i;
            Skill skill = path.skills().get(i);
            Sql.update(database, """
                    INSERT INTO skill (path_id, id, position, name, category, description, target_level)
                    VALUES (?, ?, ?, ?, ?, ?, ?)
                    """, statement -> {
                statement.setString(1, path.id());
                statement.setString(2, skill.id());
                statement.setInt(3, position);
                statement.setString(4, skill.name());
                statement.setString(5, skill.category());
                statement.setString(6, skill.description());
                statement.setInt(7, skill.targetLevel().value());
            });
        }
    }

    private void insertSections(LearningPath path) {
        for (int i = 0; i < path.sections().size(); i++) {
            int position = i;
            Section section = path.sections().get(i);
            Sql.update(database, """
                    INSERT INTO section (path_id, id, position, kind, title, description) VALUES (?, ?, ?, ?, ?, ?)
                    """, statement -> {
                statement.setString(1, path.id());
                statement.setString(2, section.id());
                statement.setInt(3, position);
                statement.setString(4, section.kind().name());
                statement.setString(5, section.title());
                statement.setString(6, section.description());
            });
            for (int j = 0; j < section.items().size(); j++) {
                insertItem(path.id(), section.id(), j, section.items().get(j));
            }
        }
    }

    private void insertItem(String pathId, String sectionId, int position, Item item) {
        Sql.update(database, """
                INSERT INTO item (path_id, id, section_id, position, title, detail, estimate_hours, target_date)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                """, statement -> {
            statement.setString(1, pathId);
            statement.setString(2, item.id());
            statement.setString(3, sectionId);
            statement.setInt(4, position);
            statement.setString(5, item.title());
            statement.setString(6, item.detail());
            if (item.estimateHours() == null) {
                statement.setNull(7, Types.INTEGER);
            } else {
                statement.setInt(7, item.estimateHours());
            }
            statement.setString(8, Sql.text(item.targetDate()));
        });
        for (int i = 0; i < item.subItems().size(); i++) {
            int subPosition = i;
            SubItem sub = item.subItems().get(i);
            Sql.update(database, "INSERT INTO sub_item (path_id, item_id, id, position, title) VALUES (?, ?, ?, ?, ?)", statement -> {
                statement.setString(1, pathId);
                statement.setString(2, item.id());
                statement.setString(3, sub.id());
                statement.setInt(4, subPosition);
                statement.setString(5, sub.title());
            });
        }
        for (int i = 0; i < item.resources().size(); i++) {
            int resourcePosition = i;
            Resource resource = item.resources().get(i);
            Sql.update(database, "INSERT INTO resource (path_id, item_id, position, title, url) VALUES (?, ?, ?, ?, ?)", statement -> {
                statement.setString(1, pathId);
                statement.setString(2, item.id());
                statement.setInt(3, resourcePosition);
                statement.setString(4, resource.title());
                statement.setString(5, resource.url());
            });
        }
        for (int i = 0; i < item.skillIds().size(); i++) {
            int linkPosition = i;
            String skillId = item.skillIds().get(i);
            Sql.update(database, "INSERT INTO item_skill (path_id, item_id, skill_id, position) VALUES (?, ?, ?, ?)", statement -> {
                statement.setString(1, pathId);
                statement.setString(2, item.id());
                statement.setString(3, skillId);
                statement.setInt(4, linkPosition);
            });
        }
    }

    public Optional<LearningPath> load(String pathId) {
        record Header(int contentVersion, String title, String tagline, String overview) { }
        List<Header> headers = Sql.query(database, "SELECT content_version, title, tagline, overview FROM path WHERE id = ?",
                statement -> statement.setString(1, pathId),
                row -> new Header(row.getInt(1), row.getString(2), row.getString(3), row.getString(4)));
        if (headers.isEmpty()) {
            return Optional.empty();
        }
        Header header = headers.get(0);
        return Optional.of(new LearningPath(pathId, header.contentVersion(), header.title(), header.tagline(),
                header.overview(), loadIndustries(pathId), loadSkills(pathId), loadSections(pathId), loadSelfChecks(pathId)));
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
                """, statement -> statement.setString(1, pathId),
                row -> new Skill(row.getString(1), row.getString(2), row.getString(3), row.getString(4), Level.of(row.getInt(5))));
    }

    private List<Section> loadSections(String pathId) {
        Map<String, List<SubItem>> subItems = groupByItem(Sql.query(database,
                "SELECT item_id, id, title FROM sub_item WHERE path_id = ? ORDER BY item_id, position",
                statement -> statement.setString(1, pathId),
                row -> Map.entry(row.getString(1), new SubItem(row.getString(2), row.getString(3)))));
        Map<String, List<Resource>> resources = groupByItem(Sql.query(database,
                "SELECT item_id, title, url FROM resource WHERE path_id = ? ORDER BY item_id, position",
                statement -> statement.setString(1, pathId),
                row -> Map.entry(row.getString(1), new Resource(row.getString(2), row.getString(3)))));
        Map<String, List<String>> skillLinks = groupByItem(Sql.query(database,
                "SELECT item_id, skill_id FROM item_skill WHERE path_id = ? ORDER BY item_id, position",
                statement -> statement.setString(1, pathId),
                row -> Map.entry(row.getString(1), row.getString(2))));
        Map<String, List<Item>> itemsBySection = groupByItem(Sql.query(database, """
                SELECT section_id, id, title, detail, estimate_hours, target_date
                FROM item WHERE path_id = ? ORDER BY section_id, position
                """, statement -> statement.setString(1, pathId), row -> {
            String itemId = row.getString(2);
            int estimate = row.getInt(5);
            Integer estimateHours = row.wasNull() ? null : estimate;
            return Map.entry(row.getString(1), new Item(itemId, row.getString(3), row.getString(4),
                    subItems.getOrDefault(itemId, List.of()), resources.getOrDefault(itemId, List.of()),
                    skillLinks.getOrDefault(itemId, List.of()), estimateHours, Sql.date(row.getString(6))));
        }));
        return Sql.query(database, "SELECT id, kind, title, description FROM section WHERE path_id = ? ORDER BY position",
                statement -> statement.setString(1, pathId),
                row -> new Section(row.getString(1), SectionKind.valueOf(row.getString(2)), row.getString(3),
                        row.getString(4), itemsBySection.getOrDefault(row.getString(1), List.of())));
    }

    /** Groups (key, value) rows by key, keeping the query's order within each group. */
    private static <T> Map<String, List<T>> groupByItem(List<Map.Entry<String, T>> rows) {
        return rows.stream().collect(Collectors.groupingBy(Map.Entry::getKey,
                Collectors.mapping(Map.Entry::getValue, Collectors.toCollection(ArrayList::new))));
    }
}

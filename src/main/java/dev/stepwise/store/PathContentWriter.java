package dev.stepwise.store;

import dev.stepwise.domain.ArchivedItem;
import dev.stepwise.domain.Item;
import dev.stepwise.domain.LearningPath;
import dev.stepwise.domain.Section;
import dev.stepwise.domain.SelfCheck;
import dev.stepwise.domain.Skill;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Writes a path's content rows. {@link #update} compares the path before and after an edit and writes only the rows
 * that differ, so renaming one item of a long path is one {@code UPDATE}, not a rewrite of the path. Edits keep
 * unchanged parts as the same objects, which makes most comparisons a reference check.
 */
final class PathContentWriter {
    private final Database database;
    private final ItemPartsWriter parts;
    private final MilestoneRows milestones;

    PathContentWriter(Database database) {
        this.database = database;
        this.parts = new ItemPartsWriter(database);
        this.milestones = new MilestoneRows(database);
    }

    /** Where an item sits: its section, its index there (or in the archive), and when it was archived. */
    private record Placement(Item item, String sectionId, int position, Instant archivedAt) {
        boolean samePlaceAs(Placement other) {
            return sectionId.equals(other.sectionId) && position == other.position
                    && Objects.equals(archivedAt, other.archivedAt);
        }
    }

    /** Every row of a new path's content. Call inside a transaction, after the path row exists. */
    void insertContent(LearningPath path) {
        update(empty(path), path);
    }

    /** Writes what differs between {@code before} and {@code after} (same path id). Call inside a transaction. */
    void update(LearningPath before, LearningPath after) {
        String pathId = after.id();
        if (!before.industries().equals(after.industries())) {
            writeIndustries(pathId, before.industries(), after.industries());
        }
        if (!before.selfChecks().equals(after.selfChecks())) {
            writeSelfChecks(pathId, before.selfChecks(), after.selfChecks());
        }
        ListDiff skills = ListDiff.of(before.skills(), after.skills(), Skill::id, Skill::equals);
        skills.written().forEach(i -> upsertSkill(pathId, i, after.skills().get(i)));
        ListDiff sections = ListDiff.of(before.sections(), after.sections(), Section::id, PathContentWriter::sameSectionText);
        sections.written().forEach(i -> upsertSection(pathId, i, after.sections().get(i)));
        Map<String, Placement> itemsBefore = placements(before);
        Map<String, Placement> itemsAfter = placements(after);
        itemsBefore.keySet().stream().filter(id -> !itemsAfter.containsKey(id)).forEach(id -> deleteItem(pathId, id));
        List<Placement> added = new ArrayList<>();
        itemsAfter.forEach((id, placement) -> {
            Placement was = itemsBefore.get(id);
            if (was == null) {
                added.add(placement);
            } else if (was.item() != placement.item() && !was.item().equals(placement.item())) {
                updateItem(pathId, was, placement);
            } else if (!was.samePlaceAs(placement)) {
                movePlacement(pathId, placement);
            }
        });
        // In key order: each row then lands at the end of its table's primary-key index instead of anywhere in it.
        added.sort(Comparator.comparing(placement -> placement.item().id()));
        insertItems(pathId, added);
        // After the items: a section's or a skill's rows that items point at go last.
        sections.gone().forEach(id -> deleteRow("DELETE FROM section WHERE path_id = ? AND id = ?", pathId, id));
        skills.gone().forEach(id -> deleteRow("DELETE FROM skill WHERE path_id = ? AND id = ?", pathId, id));
        milestones.write(pathId, before.milestones(), after.milestones());
    }

    private static LearningPath empty(LearningPath path) {
        return new LearningPath(path.id(), path.contentVersion(), path.title(), path.tagline(), path.overview(),
                List.of(), List.of(), List.of(), List.of());
    }

    private static boolean sameSectionText(Section a, Section b) {
        return a.kind() == b.kind() && a.title().equals(b.title()) && a.description().equals(b.description());
    }


    private static Map<String, Placement> placements(LearningPath path) {
        Map<String, Placement> placements = new HashMap<>();
        for (Section section : path.sections()) {
            for (int i = 0; i < section.items().size(); i++) {
                Item item = section.items().get(i);
                placements.put(item.id(), new Placement(item, section.id(), i, null));
            }
        }
        for (int i = 0; i < path.archived().size(); i++) {
            ArchivedItem entry = path.archived().get(i);
            placements.put(entry.id(), new Placement(entry.item(), entry.sectionId(), i, entry.archivedAt()));
        }
        return placements;
    }

    /** Writes the industries' rows that differ, by position: the learner edits one line, one row is written. */
    private void writeIndustries(String pathId, List<String> before, List<String> after) {
        for (int i = 0; i < after.size(); i++) {
            int position = i;
            // A plain UPDATE or INSERT, never INSERT OR REPLACE: the undo log's triggers see a replaced row's delete
            // only with recursive triggers, and an undo would then lose the old name.
            if (i >= before.size()) {
                Sql.update(database, "INSERT INTO path_industry (path_id, position, name) VALUES (?, ?, ?)", statement -> {
                    statement.setString(1, pathId);
                    statement.setInt(2, position);
                    statement.setString(3, after.get(position));
                });
            } else if (!before.get(i).equals(after.get(i))) {
                Sql.update(database, "UPDATE path_industry SET name = ? WHERE path_id = ? AND position = ?", statement -> {
                    statement.setString(1, after.get(position));
                    statement.setString(2, pathId);
                    statement.setInt(3, position);
                });
            }
        }
        if (before.size() > after.size()) {
            Sql.update(database, "DELETE FROM path_industry WHERE path_id = ? AND position >= ?", statement -> {
                statement.setString(1, pathId);
                statement.setInt(2, after.size());
            });
        }
    }

    /** Writes the statements that are new, moved or reworded, by id, and deletes the ones that went ({@link ListDiff}). */
    private void writeSelfChecks(String pathId, List<SelfCheck> before, List<SelfCheck> after) {
        ListDiff diff = ListDiff.of(before, after, SelfCheck::id, SelfCheck::equals);
        diff.written().forEach(position -> Sql.update(database, """
                INSERT INTO self_check (path_id, id, position, statement) VALUES (?, ?, ?, ?)
                ON CONFLICT (path_id, id) DO UPDATE SET position = excluded.position, statement = excluded.statement
                """, statement -> {
            statement.setString(1, pathId);
            statement.setString(2, after.get(position).id());
            statement.setInt(3, position);
            statement.setString(4, after.get(position).statement());
        }));
        diff.gone().forEach(id -> deleteRow("DELETE FROM self_check WHERE path_id = ? AND id = ?", pathId, id));
    }

    private void upsertSkill(String pathId, int position, Skill skill) {
        Sql.update(database, """
                INSERT INTO skill (path_id, id, position, name, category, description, target_level)
                VALUES (?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (path_id, id) DO UPDATE SET position = excluded.position, name = excluded.name,
                    category = excluded.category, description = excluded.description, target_level = excluded.target_level
                """, statement -> {
            statement.setString(1, pathId);
            statement.setString(2, skill.id());
            statement.setInt(3, position);
            statement.setString(4, skill.name());
            statement.setString(5, skill.category());
            statement.setString(6, skill.description());
            statement.setInt(7, skill.targetLevel().value());
        });
    }

    private void upsertSection(String pathId, int position, Section section) {
        Sql.update(database, """
                INSERT INTO section (path_id, id, position, kind, title, description) VALUES (?, ?, ?, ?, ?, ?)
                ON CONFLICT (path_id, id) DO UPDATE SET position = excluded.position, kind = excluded.kind,
                    title = excluded.title, description = excluded.description
                """, statement -> {
            statement.setString(1, pathId);
            statement.setString(2, section.id());
            statement.setInt(3, position);
            statement.setString(4, section.kind().name());
            statement.setString(5, section.title());
            statement.setString(6, section.description());
        });
    }

    /** New items: their rows, then their parts (which refer to them), many rows per statement. */
    private void insertItems(String pathId, List<Placement> added) {
        RowBatches.insert(database, "item (path_id, id, section_id, position, title, detail, estimate_hours, target_date, archived_at)",
                9, added, (statement, placement, at) -> {
                    Item item = placement.item();
                    statement.setString(at, pathId);
                    statement.setString(at + 1, item.id());
                    statement.setString(at + 2, placement.sectionId());
                    statement.setInt(at + 3, placement.position());
                    statement.setString(at + 4, item.title());
                    statement.setString(at + 5, item.detail());
                    if (item.estimateHours() == null) {
                        statement.setNull(at + 6, Types.INTEGER);
                    } else {
                        statement.setInt(at + 6, item.estimateHours());
                    }
                    statement.setString(at + 7, Sql.text(item.targetDate()));
                    statement.setString(at + 8, placement.archivedAt() == null ? null : Sql.text(placement.archivedAt()));
                });
        parts.insertNew(pathId, added.stream().map(Placement::item).toList());
    }

    /** An item whose content changed: its row if its own fields or place changed, and the parts that changed. */
    private void updateItem(String pathId, Placement was, Placement placement) {
        Item item = placement.item();
        Item before = was.item();
        boolean sameRow = before.title().equals(item.title()) && before.detail().equals(item.detail())
                && Objects.equals(before.estimateHours(), item.estimateHours())
                && Objects.equals(before.targetDate(), item.targetDate());
        if (!sameRow || !was.samePlaceAs(placement)) {
            Sql.update(database, """
                    UPDATE item SET section_id = ?, position = ?, title = ?, detail = ?, estimate_hours = ?, target_date = ?,
                        archived_at = ?
                    WHERE path_id = ? AND id = ?
                    """, statement -> {
                statement.setString(1, placement.sectionId());
                statement.setInt(2, placement.position());
                statement.setString(3, item.title());
                statement.setString(4, item.detail());
                if (item.estimateHours() == null) {
                    statement.setNull(5, Types.INTEGER);
                } else {
                    statement.setInt(5, item.estimateHours());
                }
                statement.setString(6, Sql.text(item.targetDate()));
                statement.setString(7, placement.archivedAt() == null ? null : Sql.text(placement.archivedAt()));
                statement.setString(8, pathId);
                statement.setString(9, item.id());
            });
        }
        parts.write(pathId, before, item);
    }

    private void movePlacement(String pathId, Placement placement) {
        Sql.update(database, "UPDATE item SET section_id = ?, position = ?, archived_at = ? WHERE path_id = ? AND id = ?",
                statement -> {
                    statement.setString(1, placement.sectionId());
                    statement.setInt(2, placement.position());
                    statement.setString(3, placement.archivedAt() == null ? null : Sql.text(placement.archivedAt()));
                    statement.setString(4, pathId);
                    statement.setString(5, placement.item().id());
                });
    }

    private void deleteItem(String pathId, String itemId) {
        // Sub-steps, resources and skill links go with it (ON DELETE CASCADE).
        deleteRow("DELETE FROM item WHERE path_id = ? AND id = ?", pathId, itemId);
    }

    private void deleteRow(String sql, String pathId, String id) {
        Sql.update(database, sql, statement -> {
            statement.setString(1, pathId);
            statement.setString(2, id);
        });
    }
}

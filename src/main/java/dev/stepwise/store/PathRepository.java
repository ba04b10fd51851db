package dev.stepwise.store;

import dev.stepwise.domain.HeldProgress;
import dev.stepwise.domain.LearningPath;
import dev.stepwise.domain.PathOrigin;
import dev.stepwise.domain.PathSummary;
import dev.stepwise.domain.Progress;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Path content and the workspace's list of paths: the path row and its industries, self-checks, skills, sections,
 * items (archived ones included), sub-items, resources and item–skill links. Edits are written as the difference
 * between the path before and after ({@link PathContentWriter}); progress tables are only touched by deleting a path.
 */
public final class PathRepository {
    private final Database database;
    private final PathContentReader reader;
    private final PathContentWriter writer;

    public PathRepository(Database database) {
        this.database = database;
        this.reader = new PathContentReader(database);
        this.writer = new PathContentWriter(database);
    }

    /** The bundled version a path was last brought up to, as the stepwise-path document it was read from. */
    public record UpstreamBase(int contentVersion, String content) {
    }

    /**
     * An upstream base as it is stored ({@link PackedText}). Packing is CPU work on an immutable string: a caller may
     * do it on another thread while this one writes.
     */
    public record PackedBase(int contentVersion, String packed) {
        public static PackedBase of(UpstreamBase base) {
            return new PackedBase(base.contentVersion(), PackedText.pack(base.content()));
        }
    }

    public List<String> ids() {
        return Sql.query(database, "SELECT id FROM path ORDER BY installed_at, id", statement -> { }, row -> row.getString(1));
    }

    /** When the path was installed or created: where its first milestone's span begins. */
    public Optional<Instant> installedAt(String pathId) {
        return Sql.query(database, "SELECT installed_at FROM path WHERE id = ?", statement -> statement.setString(1, pathId),
                PATHS, row -> row.instant(1, "installed_at")).stream().findFirst();
    }

    public boolean exists(String pathId) {
        return contentVersion(pathId).isPresent();
    }

    /** Every path with its overall progress, oldest first, read in one query (no content is loaded). */
    public List<PathSummary> summaries() {
        return Sql.query(database, """
                SELECT p.id, p.title, p.origin, count(i.id),
                    count(CASE WHEN ip.status = 'DONE' THEN 1 END), count(CASE WHEN ip.status = 'SKIPPED' THEN 1 END)
                FROM path p
                LEFT JOIN item i ON i.path_id = p.id AND i.archived_at IS NULL
                LEFT JOIN item_progress ip ON ip.path_id = i.path_id AND ip.item_id = i.id
                GROUP BY p.id ORDER BY p.installed_at, p.id
                """, statement -> { }, PATHS, row -> new PathSummary(row.text(1), row.text(2),
                row.choice(3, "origin", PathOrigin.class), new Progress(row.number(5), row.number(4), row.number(6))));
    }

    private static final Row.Shape PATHS = new Row.Shape("path", "path", 1);

    public OptionalInt contentVersion(String pathId) {
        List<Integer> versions = Sql.query(database, "SELECT content_version FROM path WHERE id = ?",
                statement -> statement.setString(1, pathId), row -> row.getInt(1));
        return versions.isEmpty() ? OptionalInt.empty() : OptionalInt.of(versions.get(0));
    }

    public Optional<PathOrigin> origin(String pathId) {
        return Sql.query(database, "SELECT id, origin FROM path WHERE id = ?", statement -> statement.setString(1, pathId),
                PATHS, row -> row.choice(2, "origin", PathOrigin.class)).stream().findFirst();
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

    /** Adds a new path with all its content. Call inside a transaction. */
    public void insert(LearningPath path, PathOrigin origin, Instant now) {
        Sql.update(database, """
                INSERT INTO path (id, content_version, title, tagline, overview, installed_at, updated_at, origin)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                """, statement -> {
            statement.setString(1, path.id());
            statement.setInt(2, path.contentVersion());
            statement.setString(3, path.title());
            statement.setString(4, path.tagline());
            statement.setString(5, path.overview());
            statement.setString(6, Sql.text(now));
            statement.setString(7, Sql.text(now));
            statement.setString(8, origin.name());
        });
        // Undo records the new path row; its content goes with it by cascade, so it needs no record of its own.
        UndoLog.insertUnderNewRow(database, () -> writer.insertContent(path));
    }

    /** Inserts the path as bundled, or replaces its content whole keeping its install time and origin. */
    public void save(LearningPath path, Instant now) {
        Optional<LearningPath> before = load(path.id());
        if (before.isPresent()) {
            update(before.get(), path, now);
        } else {
            insert(path, PathOrigin.BUNDLED, now);
        }
    }

    /** Writes only what differs between the stored {@code before} and {@code after}. Call inside a transaction. */
    public void update(LearningPath before, LearningPath after, Instant now) {
        if (!before.id().equals(after.id())) {
            throw new IllegalArgumentException("cannot update path " + before.id() + " with path " + after.id());
        }
        Sql.update(database, """
                UPDATE path SET content_version = ?, title = ?, tagline = ?, overview = ?, updated_at = ? WHERE id = ?
                """, statement -> {
            statement.setInt(1, after.contentVersion());
            statement.setString(2, after.title());
            statement.setString(3, after.tagline());
            statement.setString(4, after.overview());
            statement.setString(5, Sql.text(now));
            statement.setString(6, after.id());
        });
        writer.update(before, after);
    }

    /** Deletes the path with its content and every bit of progress on it (ON DELETE CASCADE). */
    public void delete(String pathId) {
        Sql.update(database, "DELETE FROM path WHERE id = ?", statement -> statement.setString(1, pathId));
    }

    /**
     * Removes every bit of progress on the path — statuses, notes, ticks, ratings, targets, answers, study time and
     * reviews — and keeps its content.
     */
    public void resetProgress(String pathId) {
        for (String table : List.of("item_progress", "sub_item_progress", "skill_rating", "skill_target", "self_check_answer",
                "study_time", "study_timer", "item_review")) {
            Sql.update(database, "DELETE FROM " + table + " WHERE path_id = ?", statement -> statement.setString(1, pathId));
        }
    }

    public Optional<LearningPath> load(String pathId) {
        return reader.load(pathId);
    }

    /** The path's upstream base, unpacked; a row written before version 8 has it plain in "content". */
    public Optional<UpstreamBase> upstreamBase(String pathId) {
        return Sql.query(database, "SELECT path_id, content_version, content, packed FROM path_upstream WHERE path_id = ?",
                statement -> statement.setString(1, pathId), UPSTREAM,
                row -> new UpstreamBase(row.number(2), row.text(4) == null ? row.text(3) : PackedText.unpack(row.text(4))))
                .stream().findFirst();
    }

    private static final Row.Shape UPSTREAM = new Row.Shape("path_upstream", "path", 1);

    public void saveUpstreamBase(String pathId, UpstreamBase base) {
        saveUpstreamBase(pathId, PackedBase.of(base));
    }

    public void saveUpstreamBase(String pathId, PackedBase base) {
        Sql.update(database, """
                INSERT INTO path_upstream (path_id, content_version, content, packed) VALUES (?, ?, '', ?)
                ON CONFLICT (path_id) DO UPDATE SET content_version = excluded.content_version, content = '', packed = excluded.packed
                """, statement -> {
            statement.setString(1, pathId);
            statement.setInt(2, base.contentVersion());
            statement.setString(3, base.packed());
        });
    }

    /** Remembers that the learner deleted a bundled path, so the next start does not install it again. */
    public void dismissBundled(String pathId, Instant now) {
        Sql.update(database, """
                INSERT INTO dismissed_path (path_id, dismissed_at) VALUES (?, ?)
                ON CONFLICT (path_id) DO UPDATE SET dismissed_at = excluded.dismissed_at
                """, statement -> {
            statement.setString(1, pathId);
            statement.setString(2, Sql.text(now));
        });
    }

    public boolean isDismissed(String pathId) {
        return !Sql.query(database, "SELECT 1 FROM dismissed_path WHERE path_id = ?",
                statement -> statement.setString(1, pathId), row -> true).isEmpty();
    }

    /** What the learner has put into the path, counted for the question before deleting it. */
    public HeldProgress heldProgress(String pathId) {
        return Sql.query(database, """
                SELECT
                    (SELECT COUNT(*) FROM item_progress WHERE path_id = ?1 AND status = 'LEARNING'),
                    (SELECT COUNT(*) FROM item_progress WHERE path_id = ?1 AND status = 'DONE'),
                    (SELECT COUNT(*) FROM item_progress WHERE path_id = ?1 AND note <> ''),
                    (SELECT COUNT(*) FROM skill_rating WHERE path_id = ?1),
                    (SELECT COUNT(*) FROM self_check_answer WHERE path_id = ?1),
                    (SELECT COUNT(*) FROM item_progress WHERE path_id = ?1 AND status = 'SKIPPED'),
                    (SELECT COUNT(*) FROM sub_item_progress WHERE path_id = ?1),
                    (SELECT COUNT(*) FROM skill_target WHERE path_id = ?1)
                """, statement -> statement.setString(1, pathId),
                row -> new HeldProgress(row.getInt(1), row.getInt(2), row.getInt(3), row.getInt(4), row.getInt(5),
                        row.getInt(6), row.getInt(7), row.getInt(8))).get(0);
    }
}

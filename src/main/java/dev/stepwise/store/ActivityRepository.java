package dev.stepwise.store;

import dev.stepwise.domain.ActivityEvent;
import dev.stepwise.domain.ActivityKind;
import java.util.List;

/** The activity log: one row per change the learner made, appended in the same transaction as the change. */
public final class ActivityRepository {
    private final Database database;

    public ActivityRepository(Database database) {
        this.database = database;
    }

    public void append(ActivityEvent event) {
        Sql.update(database, """
                INSERT INTO activity (at, path_id, kind, subject_id, before, after) VALUES (?, ?, ?, ?, ?, ?)
                """, statement -> {
            statement.setString(1, Sql.text(event.at()));
            statement.setString(2, event.pathId());
            statement.setString(3, event.kind().name());
            statement.setString(4, event.subjectId());
            statement.setString(5, event.before());
            statement.setString(6, event.after());
        });
    }

    /** The newest events of a path, newest first. */
    public List<ActivityEvent> recent(String pathId, int limit) {
        return Sql.query(database, """
                SELECT at, path_id, kind, subject_id, before, after FROM activity
                WHERE path_id = ? ORDER BY id DESC LIMIT ?
                """, statement -> {
            statement.setString(1, pathId);
            statement.setInt(2, limit);
        }, row -> new ActivityEvent(Sql.instant(row.getString(1)), row.getString(2), ActivityKind.valueOf(row.getString(3)),
                row.getString(4), row.getString(5), row.getString(6)));
    }

    /** Forgets a deleted path's history. */
    public void deleteForPath(String pathId) {
        Sql.update(database, "DELETE FROM activity WHERE path_id = ?", statement -> statement.setString(1, pathId));
    }
}

package dev.stepwise.store;

import dev.stepwise.domain.ActivityEvent;
import dev.stepwise.domain.ActivityKind;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The activity log: one row per change the learner made, written in the same transaction as the change. A rating
 * session amends its own row (see {@code RatingSession}); nothing else is ever changed after it is written.
 */
public final class ActivityRepository {
    private final Database database;

    public ActivityRepository(Database database) {
        this.database = database;
    }

    public void append(ActivityEvent event) {
        Sql.update(database, """
                INSERT INTO activity (at, path_id, kind, subject_id, payload) VALUES (?, ?, ?, ?, ?)
                """, statement -> {
            statement.setString(1, Sql.text(event.at()));
            statement.setString(2, event.pathId());
            statement.setString(3, event.kind().name());
            statement.setString(4, event.subjectId());
            statement.setString(5, ActivityPayloads.write(event.change()));
        });
    }

    /** An event with its row id, so the newest one can be amended. */
    public record Logged(long id, ActivityEvent event) {
    }

    /** The path's newest event, if it has any. */
    public Optional<Logged> latest(String pathId) {
        return Sql.query(database, "SELECT id, at, path_id, kind, subject_id, payload FROM activity"
                + " WHERE path_id = ? ORDER BY id DESC LIMIT 1", statement -> statement.setString(1, pathId), EVENTS,
                row -> new Logged(row.longNumber(1), event(row)))
                .stream().findFirst();
    }

    /** Amends an event in place: a rating session is one event however many levels it went through. */
    public void replace(long id, ActivityEvent event) {
        Sql.update(database, "UPDATE activity SET at = ?, kind = ?, subject_id = ?, payload = ? WHERE id = ?",
                statement -> {
                    statement.setString(1, Sql.text(event.at()));
                    statement.setString(2, event.kind().name());
                    statement.setString(3, event.subjectId());
                    statement.setString(4, ActivityPayloads.write(event.change()));
                    statement.setLong(5, id);
                });
    }

    /** Deletes one event: a rating session that changed nothing in the end leaves no trace. */
    public void delete(long id) {
        Sql.update(database, "DELETE FROM activity WHERE id = ?", statement -> statement.setLong(1, id));
    }

    /** The newest events of a path, newest first. */
    public List<ActivityEvent> recent(String pathId, int limit) {
        return Sql.query(database, """
                SELECT id, at, path_id, kind, subject_id, payload FROM activity
                WHERE path_id = ? ORDER BY id DESC LIMIT ?
                """, statement -> {
            statement.setString(1, pathId);
            statement.setInt(2, limit);
        }, EVENTS, ActivityRepository::event);
    }

    /** The path's entries from a moment on, oldest first: what this week brought. */
    public List<ActivityEvent> since(String pathId, Instant from) {
        return Sql.query(database, """
                SELECT id, at, path_id, kind, subject_id, payload FROM activity
                WHERE path_id = ? AND at >= ? ORDER BY id
                """, statement -> {
            statement.setString(1, pathId);
            statement.setString(2, Sql.text(from));
        }, EVENTS, ActivityRepository::event);
    }

    /**
     * How many of the learner's changes the path had in each minute (UTC), for a calendar in any time zone: every zone
     * is a whole number of minutes from UTC. Installing a bundled path is the app's doing, not the learner's.
     */
    public Map<Instant, Integer> changesPerMinute(String pathId) {
        Map<Instant, Integer> counts = new HashMap<>();
        Sql.query(database, """
                SELECT substr(at, 1, 16), count(*) FROM activity
                WHERE path_id = ? AND kind <> 'PATH_INSTALLED' GROUP BY 1
                """, statement -> statement.setString(1, pathId), MINUTES,
                row -> Map.entry(row.instant(1, "at", ":00Z"), row.number(2)))
                .forEach(minute -> counts.put(minute.getKey(), minute.getValue()));
        return counts;
    }

    private static final Row.Shape MINUTES = new Row.Shape("activity", "minute", 1);
    private static final Row.Shape EVENTS = new Row.Shape("activity", "event", 1);

    /** The row mapper for "id, at, path_id, kind, subject_id, payload" (from {@code first}: 1 with the id, 0 without). */
    static ActivityEvent event(Row row, int first) throws SQLException {
        ActivityKind kind = row.choice(first + 3, "kind", ActivityKind.class);
        return new ActivityEvent(row.instant(first + 1, "at"), row.text(first + 2), kind, row.text(first + 4),
                row.change(first + 5, kind));
    }

    private static ActivityEvent event(Row row) throws SQLException {
        return event(row, 1);
    }

    /** Forgets a deleted path's history. */
    public void deleteForPath(String pathId) {
        Sql.update(database, "DELETE FROM activity WHERE path_id = ?", statement -> statement.setString(1, pathId));
    }
}

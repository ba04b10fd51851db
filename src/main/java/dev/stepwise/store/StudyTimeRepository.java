package dev.stepwise.store;

import dev.stepwise.domain.Review;
import dev.stepwise.domain.ReviewPlan;
import dev.stepwise.domain.StudyEntry;
import dev.stepwise.domain.StudySource;
import dev.stepwise.domain.StudyTimer;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The learner's study sessions, the running timer and the reviews of done items. Writes run inside a transaction. */
public final class StudyTimeRepository {
    private static final Row.Shape ENTRIES = new Row.Shape("study_time", "item", 1);
    private static final Row.Shape TIMERS = new Row.Shape("study_timer", "item", 1);
    private static final Row.Shape REVIEWS = new Row.Shape("item_review", "item", 1);
    private static final List<String> TABLES = List.of("study_time", "study_timer", "item_review");

    private final Database database;

    public StudyTimeRepository(Database database) {
        this.database = database;
    }

    /** Adds a session; false when one with the same item and start is already there (an import seen before). */
    public boolean add(String pathId, StudyEntry entry) {
        return Sql.update(database, """
                INSERT INTO study_time (path_id, item_id, started_at, minutes, source) VALUES (?, ?, ?, ?, ?)
                ON CONFLICT (path_id, item_id, started_at) DO NOTHING
                """, statement -> {
            statement.setString(1, pathId);
            statement.setString(2, entry.itemId());
            statement.setString(3, Sql.text(entry.startedAt()));
            statement.setInt(4, entry.minutes());
            statement.setString(5, entry.source().name());
        }) > 0;
    }

    public boolean hasEntry(String pathId, String itemId, Instant startedAt) {
        return !Sql.query(database, "SELECT 1 FROM study_time WHERE path_id = ? AND item_id = ? AND started_at = ?", statement -> {
            statement.setString(1, pathId);
            statement.setString(2, itemId);
            statement.setString(3, Sql.text(startedAt));
        }, row -> true).isEmpty();
    }

    /** Every session on the path, oldest first. */
    public List<StudyEntry> entries(String pathId) {
        return Sql.query(database, """
                SELECT item_id, started_at, minutes, source FROM study_time WHERE path_id = ? ORDER BY started_at, item_id
                """, statement -> statement.setString(1, pathId), ENTRIES, StudyTimeRepository::entry);
    }

    private static StudyEntry entry(Row row) throws SQLException {
        Instant started = row.instant(2, "started_at");
        StudySource source = row.choice(4, "source", StudySource.class);
        try {
            return new StudyEntry(row.text(1), started, row.number(3), source);
        } catch (IllegalArgumentException e) {
            throw row.invalid(e);
        }
    }

    public Optional<StudyTimer> timer(String pathId) {
        return Sql.query(database, "SELECT item_id, started_at FROM study_timer WHERE path_id = ?",
                statement -> statement.setString(1, pathId), TIMERS,
                row -> new StudyTimer(row.text(1), row.instant(2, "started_at"))).stream().findFirst();
    }

    public void startTimer(String pathId, StudyTimer timer) {
        Sql.update(database, """
                INSERT INTO study_timer (path_id, item_id, started_at) VALUES (?, ?, ?)
                ON CONFLICT (path_id) DO UPDATE SET item_id = excluded.item_id, started_at = excluded.started_at
                """, statement -> {
            statement.setString(1, pathId);
            statement.setString(2, timer.itemId());
            statement.setString(3, Sql.text(timer.startedAt()));
        });
    }

    public void clearTimer(String pathId) {
        Sql.update(database, "DELETE FROM study_timer WHERE path_id = ?", statement -> statement.setString(1, pathId));
    }

    public Optional<Review> review(String pathId, String itemId) {
        return Sql.query(database, "SELECT item_id, due_on, plan, step FROM item_review WHERE path_id = ? AND item_id = ?",
                statement -> {
                    statement.setString(1, pathId);
                    statement.setString(2, itemId);
                }, REVIEWS, StudyTimeRepository::review).stream().findFirst();
    }

    public List<Review> reviews(String pathId) {
        return Sql.query(database, "SELECT item_id, due_on, plan, step FROM item_review WHERE path_id = ? ORDER BY due_on, item_id",
                statement -> statement.setString(1, pathId), REVIEWS, StudyTimeRepository::review);
    }

    private static Review review(Row row) throws SQLException {
        var due = row.date(2, "due_on");
        ReviewPlan plan = row.choice(3, "plan", ReviewPlan.class);
        try {
            return new Review(row.text(1), due, plan, row.number(4));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw row.invalid(e);
        }
    }

    public void saveReview(String pathId, Review review) {
        Sql.update(database, """
                INSERT INTO item_review (path_id, item_id, due_on, plan, step) VALUES (?, ?, ?, ?, ?)
                ON CONFLICT (path_id, item_id) DO UPDATE SET due_on = excluded.due_on, plan = excluded.plan, step = excluded.step
                """, statement -> {
            statement.setString(1, pathId);
            statement.setString(2, review.itemId());
            statement.setString(3, Sql.text(review.dueOn()));
            statement.setString(4, review.plan().name());
            statement.setInt(5, review.step());
        });
    }

    public void deleteReview(String pathId, String itemId) {
        Sql.update(database, "DELETE FROM item_review WHERE path_id = ? AND item_id = ?", statement -> {
            statement.setString(1, pathId);
            statement.setString(2, itemId);
        });
    }

    /** Copies the sessions and reviews to a fork; a running timer stays with the path it runs on. */
    public void copy(String fromPathId, String toPathId) {
        for (String sql : List.of("""
                INSERT INTO study_time (path_id, item_id, started_at, minutes, source)
                SELECT ?, item_id, started_at, minutes, source FROM study_time WHERE path_id = ?
                """, """
                INSERT INTO item_review (path_id, item_id, due_on, plan, step)
                SELECT ?, item_id, due_on, plan, step FROM item_review WHERE path_id = ?
                """)) {
            Sql.update(database, sql, statement -> {
                statement.setString(1, toPathId);
                statement.setString(2, fromPathId);
            });
        }
    }
}

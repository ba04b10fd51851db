package dev.stepwise.store;

import dev.stepwise.domain.SelfCheckAnswer;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** The learner's answers to a path's self-check statements. */
public final class SelfCheckAnswerRepository {
    private static final Row.Shape ANSWERS = new Row.Shape("self_check_answer", "statement", 1);

    private final Database database;

    public SelfCheckAnswerRepository(Database database) {
        this.database = database;
    }

    /** Saves the answer, replacing an earlier one. Call inside a transaction. */
    public void save(String pathId, String checkId, SelfCheckAnswer answer, Instant now) {
        Sql.update(database, """
                INSERT INTO self_check_answer (path_id, check_id, answer, answered_at) VALUES (?, ?, ?, ?)
                ON CONFLICT (path_id, check_id) DO UPDATE SET answer = excluded.answer, answered_at = excluded.answered_at
                """, statement -> {
            statement.setString(1, pathId);
            statement.setString(2, checkId);
            statement.setString(3, answer.name());
            statement.setString(4, Sql.text(now));
        });
    }

    /** Forgets the answer, if there is one; returns whether a row went. Call inside a transaction. */
    public boolean delete(String pathId, String checkId) {
        return Sql.update(database, "DELETE FROM self_check_answer WHERE path_id = ? AND check_id = ?", statement -> {
            statement.setString(1, pathId);
            statement.setString(2, checkId);
        }) > 0;
    }

    public Optional<SelfCheckAnswer> find(String pathId, String checkId) {
        return Sql.query(database, "SELECT check_id, answer FROM self_check_answer WHERE path_id = ? AND check_id = ?",
                statement -> {
                    statement.setString(1, pathId);
                    statement.setString(2, checkId);
                }, ANSWERS, row -> row.choice(2, "answer", SelfCheckAnswer.class)).stream().findFirst();
    }

    public Map<String, SelfCheckAnswer> loadAll(String pathId) {
        Map<String, SelfCheckAnswer> answers = new HashMap<>();
        Sql.query(database, "SELECT check_id, answer FROM self_check_answer WHERE path_id = ?",
                statement -> statement.setString(1, pathId), ANSWERS,
                row -> answers.put(row.text(1), row.choice(2, "answer", SelfCheckAnswer.class)));
        return answers;
    }

    public void copy(String fromPathId, String toPathId) {
        Sql.update(database, """
                INSERT INTO self_check_answer (path_id, check_id, answer, answered_at)
                SELECT ?, check_id, answer, answered_at FROM self_check_answer WHERE path_id = ?
                """, statement -> {
            statement.setString(1, toPathId);
            statement.setString(2, fromPathId);
        });
    }
}

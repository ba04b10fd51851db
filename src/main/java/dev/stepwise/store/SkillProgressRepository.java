package dev.stepwise.store;

import dev.stepwise.domain.Level;
import dev.stepwise.domain.Rating;
import dev.stepwise.domain.SkillProgress;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The learner's side of skills: the rating history and their own targets. */
public final class SkillProgressRepository {
    private final Database database;

    public SkillProgressRepository(Database database) {
        this.database = database;
    }

    /** The latest rating's row, as the domain orders the history: by time, then by when it was added. */
    private static final String LATEST =
            "(SELECT id FROM skill_rating WHERE path_id = ? AND skill_id = ? ORDER BY rated_at DESC, id DESC LIMIT 1)";

    /** Replaces the skill's latest rating (a rating session settling on another level, or new evidence). */
    public void replaceLatestRating(String pathId, String skillId, Rating rating) {
        Sql.update(database, "UPDATE skill_rating SET level = ?, rated_at = ?, note = ? WHERE id = " + LATEST, statement -> {
            statement.setInt(1, rating.level().value());
            statement.setString(2, Sql.text(rating.ratedAt()));
            statement.setString(3, rating.note());
            statement.setString(4, pathId);
            statement.setString(5, skillId);
        });
    }

    /** Deletes the skill's latest rating (a rating session that came back to where it began). */
    public void deleteLatestRating(String pathId, String skillId) {
        Sql.update(database, "DELETE FROM skill_rating WHERE id = " + LATEST, statement -> {
            statement.setString(1, pathId);
            statement.setString(2, skillId);
        });
    }

    /** Appends a rating. Call inside a transaction. */
    public void appendRating(String pathId, String skillId, Rating rating) {
        Sql.update(database, """
                INSERT INTO skill_rating (path_id, skill_id, level, rated_at, note) VALUES (?, ?, ?, ?, ?)
                """, statement -> {
            statement.setString(1, pathId);
            statement.setString(2, skillId);
            statement.setInt(3, rating.level().value());
            statement.setString(4, Sql.text(rating.ratedAt()));
            statement.setString(5, rating.note());
        });
    }

    public void saveTarget(String pathId, String skillId, Level target, Instant now) {
        Sql.update(database, """
                INSERT INTO skill_target (path_id, skill_id, target_level, updated_at) VALUES (?, ?, ?, ?)
                ON CONFLICT (path_id, skill_id) DO UPDATE SET
                    target_level = excluded.target_level, updated_at = excluded.updated_at
                """, statement -> {
            statement.setString(1, pathId);
            statement.setString(2, skillId);
            statement.setInt(3, target.value());
            statement.setString(4, Sql.text(now));
        });
    }

    /** One skill's progress, reading only its own rows (every rating goes through here first). */
    public SkillProgress find(String pathId, String skillId) {
        return load(pathId, skillId).getOrDefault(skillId, SkillProgress.unrated(skillId));
    }

    /** Every skill the learner rated or set a target for, by skill id. */
    public Map<String, SkillProgress> loadAll(String pathId) {
        return load(pathId, null);
    }

    /** The path's skill progress; only {@code onlySkillId}'s when it is given. */
    private Map<String, SkillProgress> load(String pathId, String onlySkillId) {
        Sql.Binder bind = statement -> {
            statement.setString(1, pathId);
            statement.setString(2, onlySkillId);
            statement.setString(3, onlySkillId);
        };
        Map<String, List<Rating>> ratings = new HashMap<>();
        Sql.query(database, """
                SELECT skill_id, level, rated_at, note FROM skill_rating
                WHERE path_id = ? AND (? IS NULL OR skill_id = ?) ORDER BY rated_at, id
                """, bind, new Row.Shape("skill_rating", "skill", 1),
                row -> ratings.computeIfAbsent(row.text(1), key -> new ArrayList<>())
                        .add(new Rating(row.level(2, "level"), row.instant(3, "rated_at"), row.text(4))));
        Map<String, Level> targets = new HashMap<>();
        Sql.query(database, "SELECT skill_id, target_level FROM skill_target WHERE path_id = ? AND (? IS NULL OR skill_id = ?)",
                bind, new Row.Shape("skill_target", "skill", 1), row -> targets.put(row.text(1), row.level(2, "target_level")));
        Map<String, SkillProgress> result = new HashMap<>();
        ratings.forEach((skillId, history) -> result.put(skillId, new SkillProgress(skillId, targets.get(skillId), history)));
        targets.forEach((skillId, target) -> result.putIfAbsent(skillId, new SkillProgress(skillId, target, List.of())));
        return result;
    }

    /** Forgets the ratings and target of a skill that was deleted from the path. Call inside a transaction. */
    public void delete(String pathId, String skillId) {
        for (String table : List.of("skill_rating", "skill_target")) {
            Sql.update(database, "DELETE FROM " + table + " WHERE path_id = ? AND skill_id = ?", statement -> {
                statement.setString(1, pathId);
                statement.setString(2, skillId);
            });
        }
    }

    /** Copies every rating (with its history) and target from one path to another. */
    public void copy(String fromPathId, String toPathId) {
        Sql.update(database, """
                INSERT INTO skill_rating (path_id, skill_id, level, rated_at, note)
                SELECT ?, skill_id, level, rated_at, note FROM skill_rating WHERE path_id = ? ORDER BY id
                """, statement -> {
            statement.setString(1, toPathId);
            statement.setString(2, fromPathId);
        });
        Sql.update(database, """
                INSERT INTO skill_target (path_id, skill_id, target_level, updated_at)
                SELECT ?, skill_id, target_level, updated_at FROM skill_target WHERE path_id = ?
                """, statement -> {
            statement.setString(1, toPathId);
            statement.setString(2, fromPathId);
        });
    }
}

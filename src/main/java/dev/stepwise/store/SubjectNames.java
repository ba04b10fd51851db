package dev.stepwise.store;

import dev.stepwise.domain.ActivityEvent;
import java.util.Optional;

/**
 * The name a change's subject has now, in the change's own path: an item's title, a skill's or a path's name, a
 * milestone's title ({@link dev.stepwise.domain.ActivityKind#subject()}). One keyed row each; empty when the subject
 * is gone or the kind names none.
 */
public final class SubjectNames {
    private static final Row.Shape NAMES = new Row.Shape("undo subject", "subject", 1);
    private final Database database;

    public SubjectNames(Database database) {
        this.database = database;
    }

    /** Call inside a transaction. */
    public Optional<String> of(ActivityEvent change) {
        return switch (change.kind().subject()) {
            case ITEM -> named("SELECT id, title FROM item WHERE path_id = ? AND id = ?", change);
            case SKILL -> named("SELECT id, name FROM skill WHERE path_id = ? AND id = ?", change);
            case MILESTONE -> named("SELECT id, title FROM milestone WHERE path_id = ? AND id = ?", change);
            case PATH -> Sql.query(database, "SELECT id, title FROM path WHERE id = ?",
                    statement -> statement.setString(1, change.pathId()), NAMES, row -> row.text(2)).stream().findFirst();
            case NONE -> Optional.empty();
        };
    }

    private Optional<String> named(String sql, ActivityEvent change) {
        return Sql.query(database, sql, statement -> {
            statement.setString(1, change.pathId());
            statement.setString(2, change.subjectId());
        }, NAMES, row -> row.text(2)).stream().findFirst();
    }
}

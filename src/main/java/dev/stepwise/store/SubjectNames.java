package dev.stepwise.store;

import dev.stepwise.domain.ActivityEvent;
import dev.stepwise.domain.ActivityKind.Subject;
import java.util.Optional;

/**
 * The name a change's subject has, in the change's own path: an item's or a section's title, a skill's or a path's
 * name, a milestone's title ({@link dev.stepwise.domain.ActivityKind#subject()}). As it is stored now; for a subject
 * the step removed (a deletion, an addition that was undone) as the step's undo rows keep it. Empty when the kind
 * names none or neither has it.
 */
public final class SubjectNames {
    private static final Row.Shape NAMES = new Row.Shape("undo subject", "subject", 1);
    private final Database database;

    public SubjectNames(Database database) {
        this.database = database;
    }

    /** Call inside a transaction. @param step the undo step the change is the entry of */
    public Optional<String> of(ActivityEvent change, long step) {
        Subject subject = change.kind().subject();
        return switch (subject) {
            case PATH -> Sql.query(database, "SELECT id, title FROM path WHERE id = ?",
                    statement -> statement.setString(1, change.pathId()), NAMES, row -> row.text(2)).stream().findFirst();
            case NONE -> Optional.empty();
            default -> named(subject, change).or(() -> kept(subject, change, step));
        };
    }

    private Optional<String> named(Subject subject, ActivityEvent change) {
        return Sql.query(database, "SELECT id, " + column(subject) + " FROM " + table(subject) + " WHERE path_id = ? AND id = ?",
                statement -> {
                    statement.setString(1, change.pathId());
                    statement.setString(2, change.subjectId());
                }, NAMES, row -> row.text(2)).stream().findFirst();
    }

    /** The subject's row as the step keeps it: what a deletion removed, or what an undone addition had added. */
    private Optional<String> kept(Subject subject, ActivityEvent change, long step) {
        String name = "'$." + column(subject) + "'";
        return Sql.query(database, "SELECT row_id, json_extract(data, " + name + ") FROM undo_row"
                + " WHERE step = ? AND tbl = ? AND data IS NOT NULL AND json_type(data, " + name + ") = 'text'"
                + " AND json_extract(data, '$.path_id') = ? AND json_extract(data, '$.id') = ?", statement -> {
                    statement.setLong(1, step);
                    statement.setString(2, table(subject));
                    statement.setString(3, change.pathId());
                    statement.setString(4, change.subjectId());
                }, NAMES, row -> row.text(2)).stream().findFirst();
    }

    private static String table(Subject subject) {
        return switch (subject) {
            case ITEM -> "item";
            case SECTION -> "section";
            case SKILL -> "skill";
            case MILESTONE -> "milestone";
            case PATH, NONE -> throw new IllegalArgumentException("no table of names: " + subject);
        };
    }

    private static String column(Subject subject) {
        return subject == Subject.SKILL ? "name" : "title";
    }
}

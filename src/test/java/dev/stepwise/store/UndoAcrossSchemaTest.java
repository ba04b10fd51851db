package dev.stepwise.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An undo step outlives a schema upgrade (the history survives restarts, and an upgrade is one). A row it kept before
 * a later version added a column has no value for that column; undoing must give it the column's default, not fail.
 */
class UndoAcrossSchemaTest {
    private static final String SCRIPTS = "/dev/stepwise/store/migrations/defaults/";
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-01T08:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    @Test
    void aRowKeptBeforeAColumnWasAddedComesBackWithTheColumnsDefault() {
        Path file = dir.resolve("stepwise.db");
        Database before = Database.open(file, SCRIPTS, List.of("V001__table.sql"));
        UndoLog.start(before, CLOCK);
        before.inTransaction(() -> Sql.update(before, "UPDATE note SET text = 'second' WHERE id = 1", statement -> { }));
        before.close();

        Database after = Database.open(file, SCRIPTS, List.of("V001__table.sql", "V002__added_column.sql"));
        try {
            assertThat(UndoLog.start(after, CLOCK).undo()).isPresent();
        } finally {
            after.close();
        }

        assertThat(Probe.rows(file, "SELECT id, text, colour FROM note")).containsExactly(List.of("1", "first", "plain"));
    }
}

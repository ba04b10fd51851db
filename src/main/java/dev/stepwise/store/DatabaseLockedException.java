package dev.stepwise.store;

import dev.stepwise.domain.DataFileRefusedStep;
import dev.stepwise.domain.Phrase;
import java.nio.file.Path;
import java.sql.SQLException;

/**
 * SQLite answered "busy" or "locked" after its busy timeout: another program holds the file, so the statement did not
 * run and its transaction changed nothing. Made for every statement by {@link SqliteErrors#failure}, so a command that
 * only reads is not told it "could not save".
 */
public class DatabaseLockedException extends StoreException implements DataFileRefusedStep {
    private final transient Path file;

    DatabaseLockedException(Path file, SQLException cause) {
        super(explanation(file).english(), cause);
        this.file = file;
    }

    private static Phrase explanation(Path file) {
        return Phrase.of("store.lockedNothingChanged", String.valueOf(file));
    }

    @Override
    public Phrase explanation() {
        return explanation(file);
    }
}

package dev.stepwise.store;

import java.nio.file.Path;
import java.sql.SQLException;

/**
 * SQLite answered "busy" or "locked" after its busy timeout: another program holds the file, so the statement did not
 * run and its transaction changed nothing. A command that only reads is not told it "could not save".
 */
public final class DatabaseLockedException extends RefusedStepException {
    DatabaseLockedException(Path file, SQLException cause) {
        super(file, "store.lockedNothingChanged", cause);
    }
}

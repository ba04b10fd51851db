package dev.stepwise.store;

import java.nio.file.Path;
import java.sql.SQLException;

/**
 * The disk holding the data file is full: SQLite could not grow the file, its log or its index. A full disk read as
 * "unexpected failure" (exit 4) in one command and exit 3 in another before it had a kind of its own.
 */
public final class DiskFullException extends RefusedStepException {
    DiskFullException(Path file, SQLException cause) {
        super(file, "store.diskFullNothingChanged", cause);
    }
}

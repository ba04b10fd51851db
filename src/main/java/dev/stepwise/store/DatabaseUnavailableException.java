package dev.stepwise.store;

import java.nio.file.Path;

/**
 * The database file cannot be used at all: unreadable, locked by another program, not a database, or written by a
 * newer Stepwise. Carries the file and a reason a learner can act on, shown instead of a stack trace.
 */
public class DatabaseUnavailableException extends StoreException {
    private final transient Path file;
    private final String reason;

    public DatabaseUnavailableException(Path file, String reason, Throwable cause) {
        super("Cannot open " + file + ": " + reason, cause);
        this.file = file;
        this.reason = reason;
    }

    public Path file() {
        return file;
    }

    public String reason() {
        return reason;
    }
}

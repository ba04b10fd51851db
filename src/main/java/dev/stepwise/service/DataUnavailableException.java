package dev.stepwise.service;

import java.nio.file.Path;

/**
 * The learner's data file cannot be used (unreadable, locked, not a database, from a newer Stepwise). The UI's
 * view of the store's failure: it names the file and the reason, and the store's types stay out of the UI.
 */
public class DataUnavailableException extends RuntimeException {
    private final transient Path file;
    private final String reason;

    public DataUnavailableException(Path file, String reason, Throwable cause) {
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

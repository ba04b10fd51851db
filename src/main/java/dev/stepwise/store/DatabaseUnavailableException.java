package dev.stepwise.store;

import dev.stepwise.domain.Explained;
import dev.stepwise.domain.Phrase;
import java.nio.file.Path;

/**
 * The database file cannot be used at all: unreadable, locked by another program, not a Stepwise database, damaged or
 * written by a newer Stepwise. Carries the file and a reason a learner can act on, shown instead of a stack trace in
 * the learner's language ({@link #explanation()}); the message is the same sentence in English.
 */
public class DatabaseUnavailableException extends StoreException implements Explained {
    private final transient Path file;
    private final transient Phrase reason;

    public DatabaseUnavailableException(Path file, Phrase reason, Throwable cause) {
        super(cannotOpen(file, reason).english(), cause);
        this.file = file;
        this.reason = reason;
    }

    private static Phrase cannotOpen(Path file, Phrase reason) {
        return Phrase.of("error.cannotOpen", String.valueOf(file), reason);
    }

    public Path file() {
        return file;
    }

    /** The reason alone, in English (for logs and tests); {@link #reasonPhrase()} says it in any language. */
    public String reason() {
        return reason.english();
    }

    public Phrase reasonPhrase() {
        return reason;
    }

    @Override
    public Phrase explanation() {
        return cannotOpen(file, reason);
    }
}

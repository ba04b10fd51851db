package dev.stepwise.service;

import dev.stepwise.domain.Explained;
import dev.stepwise.domain.Phrase;
import java.nio.file.Path;

/**
 * The learner's data file cannot be used (unreadable, locked, not Stepwise's, damaged, from a newer Stepwise). The
 * UI's view of the store's failure: it names the file and the reason, in the learner's language
 * ({@link #explanation()}), and the store's types stay out of the UI. The message is the same sentence in English.
 */
public class DataUnavailableException extends RuntimeException implements Explained {
    private final transient Path file;
    private final transient Phrase reason;

    public DataUnavailableException(Path file, Phrase reason, Throwable cause) {
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

    /** The reason alone, in English. */
    public String reason() {
        return reason.english();
    }

    /** The reason as a phrase: its key says which kind of trouble it is (see {@link Recovery#canHelp}). */
    public Phrase reasonPhrase() {
        return reason;
    }

    @Override
    public Phrase explanation() {
        return cannotOpen(file, reason);
    }
}

package dev.stepwise.domain;

/**
 * A backup could not be written, did not pass its check, or a file could not be restored. The learner's data is
 * untouched and no older backup was removed; the reason is a phrase so the window can say it in the learner's
 * language, and the message is the same sentence in English.
 */
public class BackupException extends RuntimeException implements Explained {
    private final transient Phrase explanation;
    private final boolean refusedInput;

    /** A backup that could not be made or failed its check. */
    public BackupException(Phrase explanation, Throwable cause) {
        this(explanation, cause, false);
    }

    private BackupException(Phrase explanation, Throwable cause, boolean refusedInput) {
        super(explanation.english(), cause);
        this.explanation = explanation;
        this.refusedInput = refusedInput;
    }

    /** A file given to restore from (or to salvage into) that was refused: the input is at fault, not the data. */
    public static BackupException refused(Phrase explanation, Throwable cause) {
        return new BackupException(explanation, cause, true);
    }

    public boolean refusedInput() {
        return refusedInput;
    }

    @Override
    public Phrase explanation() {
        return explanation;
    }
}

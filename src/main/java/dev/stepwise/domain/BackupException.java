package dev.stepwise.domain;

/**
 * A backup could not be written, did not pass its check, or a file could not be restored. The learner's data is
 * untouched and no older backup was removed; the reason is a phrase so the window can say it in the learner's
 * language, and the message is the same sentence in English.
 */
public class BackupException extends RuntimeException implements Explained {
    private final transient Phrase explanation;

    public BackupException(Phrase explanation, Throwable cause) {
        super(explanation.english(), cause);
        this.explanation = explanation;
    }

    @Override
    public Phrase explanation() {
        return explanation;
    }
}

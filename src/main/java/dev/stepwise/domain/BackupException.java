package dev.stepwise.domain;

/**
 * A backup could not be written, did not pass its check, or a file could not be restored. The learner's data is
 * untouched and no older backup was removed; the reason is a phrase so the window can say it in the learner's
 * language, and the message is the same sentence in English.
 */
public class BackupException extends RuntimeException implements Explained {
    /** Whose fault it is, which is what a script acts on (the command line's exit codes). */
    public enum Fault {
        /** The file given to restore from (or to salvage into) was refused. */
        INPUT,
        /** The data folder took no file: its disk is full, or a file or a permission is in the way. */
        FOLDER,
        /** A copy was made and failed its own check, or a file could not be read back. */
        COPY
    }

    private final transient Phrase explanation;
    private final Fault fault;

    /** A backup that failed its check, or a file that could not be read or restored. */
    public BackupException(Phrase explanation, Throwable cause) {
        this(explanation, cause, Fault.COPY);
    }

    private BackupException(Phrase explanation, Throwable cause, Fault fault) {
        super(explanation.english(), cause);
        this.explanation = explanation;
        this.fault = fault;
    }

    /** A file given to restore from (or to salvage into) that was refused: the input is at fault, not the data. */
    public static BackupException refused(Phrase explanation, Throwable cause) {
        return new BackupException(explanation, cause, Fault.INPUT);
    }

    /** A file the data folder did not take (a full disk, a permission, a file in the way); nothing was changed. */
    public static BackupException notWritten(Phrase explanation, Throwable cause) {
        return new BackupException(explanation, cause, Fault.FOLDER);
    }

    public Fault fault() {
        return fault;
    }

    @Override
    public Phrase explanation() {
        return explanation;
    }
}

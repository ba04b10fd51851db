package dev.stepwise.io;

/** A {@code stepwise-progress} file that cannot be used; see {@link FileProblemException}. */
public class ProgressFileException extends FileProblemException {
    public ProgressFileException(String source, String field, String problem, Throwable cause) {
        super(source, field, problem, cause);
    }
}

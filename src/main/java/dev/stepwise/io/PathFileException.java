package dev.stepwise.io;

/** A {@code stepwise-path} file that cannot be used; see {@link FileProblemException}. */
public class PathFileException extends FileProblemException {
    public PathFileException(String source, String field, String problem, Throwable cause) {
        super(source, field, problem, cause);
    }
}

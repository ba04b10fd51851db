package dev.stepwise.io;

import dev.stepwise.domain.Phrase;

/** A {@code stepwise-path} file that cannot be used; see {@link FileProblemException}. */
public class PathFileException extends FileProblemException {
    public PathFileException(String source, String field, Phrase problem, Throwable cause) {
        super(source, field, problem, cause);
    }

    /** A file that says it is a progress file, given where a path file belongs. */
    PathFileException(String source, DeclaredFormat otherFormat) {
        super(source, otherFormat);
    }
}

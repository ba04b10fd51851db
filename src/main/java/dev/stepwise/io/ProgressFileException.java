package dev.stepwise.io;

import dev.stepwise.domain.Phrase;

/** A {@code stepwise-progress} file that cannot be used; see {@link FileProblemException}. */
public class ProgressFileException extends FileProblemException {
    public ProgressFileException(String source, String field, Phrase problem, Throwable cause) {
        super(source, field, problem, cause);
    }

    /** A file that says it is a path file, given where a progress file belongs. */
    ProgressFileException(String source, DeclaredFormat otherFormat) {
        super(source, otherFormat);
    }
}

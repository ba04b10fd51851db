package dev.stepwise.io;

/**
 * A progress file that cannot be used, with the file and the field at fault ("file, field: problem"), as
 * {@link PathFileException} does for path files. Thrown before anything is used.
 */
public class ProgressFileException extends RuntimeException {
    private final String source;
    private final String field;
    private final String problem;

    public ProgressFileException(String source, String field, String problem, Throwable cause) {
        super(source + (field.isEmpty() ? "" : ", field " + field) + ": " + problem, cause);
        this.source = source;
        this.field = field;
        this.problem = problem;
    }

    public String source() {
        return source;
    }

    /** Where in the file, as a path like {@code skills[0].ratings[2].level}; empty for the whole file. */
    public String field() {
        return field;
    }

    public String problem() {
        return problem;
    }
}

package dev.stepwise.io;

/**
 * A file Stepwise reads that cannot be used, with the file and the field at fault ("file, field: problem"), so the
 * learner (or the author of the file) can find and fix it. Thrown before anything is written. Each file format has
 * its own subclass, so callers can tell which kind of file was refused.
 */
public abstract class FileProblemException extends RuntimeException {
    private final String source;
    private final String field;
    private final String problem;

    protected FileProblemException(String source, String field, String problem, Throwable cause) {
        super(source + (field.isEmpty() ? "" : ", field " + field) + ": " + problem, cause);
        this.source = source;
        this.field = field;
        this.problem = problem;
    }

    public String source() {
        return source;
    }

    /** Where in the file, as a path like {@code sections[0].items[2].skills[1]}; empty for the whole file. */
    public String field() {
        return field;
    }

    public String problem() {
        return problem;
    }
}

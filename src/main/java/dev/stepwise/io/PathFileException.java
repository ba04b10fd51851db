package dev.stepwise.io;

/**
 * A path file that cannot be used, with the file and the field at fault, so the learner (or the author of the
 * file) can find and fix it. Thrown before anything is written.
 */
public class PathFileException extends RuntimeException {
    private final String source;
    private final String field;
    private final String problem;

    public PathFileException(String source, String field, String problem, Throwable cause) {
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

package dev.stepwise.io;

import dev.stepwise.domain.Explained;
import dev.stepwise.domain.Phrase;

/**
 * A file Stepwise reads that cannot be used, with the file and the field at fault ("file, field: problem"), so the
 * learner (or the author of the file) can find and fix it. Thrown before anything is written. Each file format has
 * its own subclass, so callers can tell which kind of file was refused. The problem is a {@link Phrase}: the window
 * says it in the learner's language, {@code getMessage()} in English for logs and the command line.
 */
public abstract class FileProblemException extends RuntimeException implements Explained {
    private final String source;
    private final String field;
    private final Phrase problem;

    protected FileProblemException(String source, String field, Phrase problem, Throwable cause) {
        super(explanation(source, field, problem).english(), cause);
        this.source = source;
        this.field = field;
        this.problem = problem;
    }

    private static Phrase explanation(String source, String field, Phrase problem) {
        return field.isEmpty() ? Phrase.of("file.problem", source, problem) : Phrase.of("file.problem.at", source, field, problem);
    }

    public String source() {
        return source;
    }

    /** Where in the file, as a path like {@code sections[0].items[2].skills[1]}; empty for the whole file. */
    public String field() {
        return field;
    }

    /** What is wrong, without the file and the field. */
    public Phrase problem() {
        return problem;
    }

    @Override
    public Phrase explanation() {
        return explanation(source, field, problem);
    }
}

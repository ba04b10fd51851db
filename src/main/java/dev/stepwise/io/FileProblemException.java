package dev.stepwise.io;

import dev.stepwise.domain.Explained;
import dev.stepwise.domain.Phrase;
import java.util.Optional;

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
    private final DeclaredFormat otherFormat;

    protected FileProblemException(String source, String field, Phrase problem, Throwable cause) {
        this(source, field, problem, cause, null);
    }

    /** A file that says it is the other of Stepwise's two formats: refused for that alone, before any field is read. */
    protected FileProblemException(String source, DeclaredFormat otherFormat) {
        this(source, "", otherFormat.givenToTheOtherReader(), null, otherFormat);
    }

    private FileProblemException(String source, String field, Phrase problem, Throwable cause, DeclaredFormat otherFormat) {
        super(explanation(source, field, problem).english(), cause);
        this.source = source;
        this.field = field;
        this.problem = problem;
        this.otherFormat = otherFormat;
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

    /**
     * What the file says it is when it is refused for being Stepwise's other kind of file: the command line and the
     * window then name their own way to import that kind.
     */
    public Optional<DeclaredFormat> otherFormat() {
        return Optional.ofNullable(otherFormat);
    }

    @Override
    public Phrase explanation() {
        return explanation(source, field, problem);
    }
}

package dev.stepwise.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.stepwise.domain.Phrase;
import java.io.IOException;
import java.util.Optional;

/**
 * Which of Stepwise's files a file says it is, by its top-level {@code "format"} text, found by streaming past every
 * other field without building it: for a file that could be either (one dropped on the window), so the right strict
 * reader gets it — that reader then checks everything, the format included. A file that says neither is refused here,
 * naming what it says, rather than handed to a reader whose first complaint would be about some other field.
 */
public enum DeclaredFormat {
    PATH,
    PROGRESS;

    private static final JsonFactory JSON = JsonFactory.builder().build();
    private static final String FIELD = "format";

    /** @throws UnknownFileException when the file's {@code "format"} is neither, or it has none it can be read by */
    public static DeclaredFormat of(String source, byte[] content) {
        Optional<String> declared = declared(content);
        if (declared.filter(PathFileDto.FORMAT::equals).isPresent()) {
            return PATH;
        }
        if (declared.filter(ProgressFileDto.FORMAT::equals).isPresent()) {
            return PROGRESS;
        }
        throw declared.map(other -> new UnknownFileException(source, FIELD, Phrase.of("file.formatEither", PathFileDto.FORMAT,
                        ProgressFileDto.FORMAT, FieldRules.quoted(other))))
                .orElseGet(() -> new UnknownFileException(source, "", Phrase.of("file.notStepwise")));
    }

    /**
     * The other of Stepwise's two formats, when the file says it is that one. Its reader asks this before anything
     * else: a progress file read as a path file would otherwise be refused for its first field a path lacks
     * ({@code unknown field "skillId"}), which sends its author looking for a typo that is not there.
     */
    Optional<DeclaredFormat> otherDeclaredIn(byte[] content) {
        return declared(content).flatMap(DeclaredFormat::named).filter(declared -> declared != this);
    }

    /** "this is a stepwise-progress file (progress), not a path file": said of a file that declares this format. */
    Phrase givenToTheOtherReader() {
        return this == PATH ? Phrase.of("file.isPathFile") : Phrase.of("file.isProgressFile");
    }

    private static Optional<DeclaredFormat> named(String format) {
        return format.equals(PathFileDto.FORMAT) ? Optional.of(PATH)
                : format.equals(ProgressFileDto.FORMAT) ? Optional.of(PROGRESS) : Optional.empty();
    }

    /** The top-level {@code "format"} text; empty when the file is not a JSON object or has no such text. */
    static Optional<String> declared(byte[] content) {
        try (JsonParser parser = JSON.createParser(content)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return Optional.empty();
            }
            for (JsonToken token = parser.nextToken(); token == JsonToken.FIELD_NAME; token = parser.nextToken()) {
                String name = parser.currentName();
                JsonToken value = parser.nextToken();
                if (FIELD.equals(name)) {
                    return value == JsonToken.VALUE_STRING ? Optional.of(parser.getText()) : Optional.empty();
                }
                parser.skipChildren();
            }
            return Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** A file that is neither a path file nor a progress file. */
    public static final class UnknownFileException extends FileProblemException {
        UnknownFileException(String source, String field, Phrase problem) {
            super(source, field, problem, null);
        }
    }
}

package dev.stepwise.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.type.LogicalType;
import dev.stepwise.domain.LearningPath;
import dev.stepwise.domain.Phrase;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/**
 * Reads a {@code stepwise-path} JSON file into a validated {@link LearningPath}, or says exactly what is wrong. Path
 * files may come from anywhere, so reading is strict: no value is coerced into another kind, no key may appear
 * twice, and size, nesting and string length are bounded before they can cost memory or time.
 */
public final class PathFileReader {
    /**
     * The bundled path is 25 KB; a path of 10,000 items with full text, sub-steps and links is about 11 MB as
     * Stepwise writes it (indented). 32 MB leaves room for that and for long texts, and is checked before parsing.
     */
    public static final int MAX_FILE_BYTES = 32 * 1024 * 1024;
    /** The format nests about 7 levels (path, sections, section, items, item, resources, resource); 32 leaves room. */
    static final int MAX_NESTING_DEPTH = 32;

    private final boolean oneLineTitles;

    /** A reader for files from anywhere: every rule, a title one line ({@code Texts.notOneLineAt}) included. */
    public PathFileReader() {
        this(true);
    }

    private PathFileReader(boolean oneLineTitles) {
        this.oneLineTitles = oneLineTitles;
    }

    /**
     * A reader for paths Stepwise stored itself (a path's upstream base, the paths of a backup being restored), which
     * may have been stored before a title had to be one line: every other rule holds, and a title with a tab or line
     * break in it is read as it was stored, so an older database can still be updated and restored.
     */
    public static PathFileReader forStoredPaths() {
        return new PathFileReader(false);
    }

    /**
     * Start-up reads only headers, and building an ObjectMapper costs a few hundred milliseconds of class loading:
     * the header reader uses a bare parser factory, and the mapper is built the first time a whole file is read.
     */
    private static final JsonFactory HEADER_FACTORY = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_NESTING_DEPTH).build())
            .build();

    /** The strict mapper, built on first use (the holder class is loaded then, not with the reader). */
    private static final class Strict {
        static final ObjectMapper MAPPER = strictMapper();
    }

    private static ObjectMapper strictMapper() {
        JsonFactory factory = JsonFactory.builder()
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(MAX_NESTING_DEPTH)
                        // No string can be longer than the file, which is bounded already; each field's own limit
                        // (Texts.MAX_TITLE, Texts.MAX_TEXT) is checked by the mapper, in one message, however long.
                        .maxStringLength(MAX_FILE_BYTES)
                        .build())
                .build();
        // JsonReadFeature's defaults are already strict (no comments, NaN, single quotes, trailing commas or raw
        // control characters in strings), so only value coercion needs switching off here.
        ObjectMapper mapper = JsonMapper.builder(factory)
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                // A misspelt field would otherwise vanish silently; naming it is kinder to a path author.
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .build();
        // "3", 1.9, true or "" are never a whole number; 12 or false are never text.
        for (CoercionInputShape shape : List.of(CoercionInputShape.String, CoercionInputShape.EmptyString,
                CoercionInputShape.Float, CoercionInputShape.Boolean)) {
            mapper.coercionConfigFor(LogicalType.Integer).setCoercion(shape, CoercionAction.Fail);
        }
        for (CoercionInputShape shape : List.of(CoercionInputShape.Integer, CoercionInputShape.Float, CoercionInputShape.Boolean)) {
            mapper.coercionConfigFor(LogicalType.Textual).setCoercion(shape, CoercionAction.Fail);
        }
        return mapper;
    }

    /**
     * @param source the file's name, used in messages
     * @throws PathFileException naming the source and field when the file is malformed or breaks a rule
     */
    public LearningPath read(String source, InputStream in) {
        byte[] content = readBounded(source, in);
        if (new String(content, StandardCharsets.UTF_8).isBlank()) {
            throw new PathFileException(source, "", Phrase.of("file.isEmpty"), null);
        }
        Optional<DeclaredFormat> other = DeclaredFormat.PATH.otherDeclaredIn(content);
        if (other.isPresent()) {
            throw new PathFileException(source, other.get());
        }
        PathFileDto dto;
        try (JsonParser parser = Strict.MAPPER.createParser(content)) {
            dto = parse(source, parser, content);
        } catch (IOException e) {
            throw new PathFileException(source, "", unreadable(e), e);
        }
        if (dto == null) {
            throw new PathFileException(source, "", Phrase.of("file.noPath"), null);
        }
        return new PathFileMapper(source, oneLineTitles).toDomain(dto);
    }

    /** Errors are mapped while the parser is still open: it knows where it stands and which token it met. */
    private static PathFileDto parse(String source, JsonParser parser, byte[] content) throws IOException {
        try {
            return Strict.MAPPER.readValue(parser, PathFileDto.class);
        } catch (UnrecognizedPropertyException e) {
            throw new PathFileException(source, JsonProblems.fieldOf(e), Phrase.of("file.unknownField", e.getPropertyName()), e);
        } catch (JsonMappingException e) {
            // A syntax error met inside a section or item arrives wrapped as a mapping error; it is still bad JSON.
            if (e.getCause() instanceof StreamReadException || e.getCause() instanceof StreamConstraintsException) {
                throw streamProblem(source, parser, (JsonProcessingException) e.getCause(), content);
            }
            if (e.getOriginalMessage().startsWith("Trailing token")) {
                throw new PathFileException(source, "", Phrase.of("file.trailing", JsonProblems.at(e)), e);
            }
            throw new PathFileException(source, JsonProblems.fieldOf(e), wrongKind(e, parser), e);
        } catch (JsonProcessingException e) {
            throw streamProblem(source, parser, e, content);
        }
    }

    /** The whole file, or a refusal naming its size when it is larger than {@link #MAX_FILE_BYTES}: never parsed. */
    private static byte[] readBounded(String source, InputStream in) {
        try {
            byte[] head = in.readNBytes(MAX_FILE_BYTES + 1);
            if (head.length <= MAX_FILE_BYTES) {
                return head;
            }
            // Not the size: the file is read through TextFiles, which stops one byte past the limit, so a 50 MB file and
            // a 33 MB one look alike here (saying "32.0 MB" of a 50 MB file was wrong).
            throw new PathFileException(source, "", Phrase.of("file.path.tooLarge", MAX_FILE_BYTES / (1024 * 1024)), null);
        } catch (IOException e) {
            throw new PathFileException(source, "", unreadable(e), e);
        }
    }

    /**
     * A duplicate key or a broken limit names the field where it happened; anything else is a syntax error.
     *
     * @param content the file's bytes, or {@code null} when only the header is streamed
     */
    private static PathFileException streamProblem(String source, JsonParser parser, JsonProcessingException e, byte[] content) {
        String message = e.getOriginalMessage();
        String field = JsonProblems.fieldOf(parser.getParsingContext());
        if (message != null && message.startsWith("Duplicate field")) {
            return new PathFileException(source, field, Phrase.of("file.givenTwice", JsonProblems.at(e)), e);
        }
        if (e instanceof StreamConstraintsException) {
            if (message != null && message.contains("nesting depth")) {
                return new PathFileException(source, "", Phrase.of("file.nestsDeeper", MAX_NESTING_DEPTH, JsonProblems.at(e)), e);
            }
        }
        JsonProblems.Refusal refusal = JsonProblems.syntax(e, content);
        return new PathFileException(source, refusal.field(), refusal.problem(), e);
    }

    static Phrase unreadable(IOException e) {
        return Phrase.of("file.unreadable", String.valueOf(e.getMessage()));
    }

    /** "must be a whole number, was \"3\"" rather than Jackson's account of its coercion settings. */
    private static Phrase wrongKind(JsonMappingException e, JsonParser parser) {
        if (e instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null && parser.currentToken() != null) {
            Class<?> target = mismatch.getTargetType();
            Phrase expected = target == BigInteger.class ? Phrase.of("file.value.number")
                    : target == String.class ? Phrase.of("file.value.text")
                    : List.class.isAssignableFrom(target) ? Phrase.of("file.value.list")
                    : target.isRecord() ? Phrase.of("file.value.object") : null;
            if (expected != null) {
                return Phrase.of("file.wrongKind", expected, found(parser));
            }
        }
        return Phrase.of("file.wrongKindOf", String.valueOf(e.getOriginalMessage()));
    }

    private static Object found(JsonParser parser) {
        try {
            return switch (parser.currentToken()) {
                case VALUE_STRING -> FieldRules.quoted(parser.getText());
                case START_OBJECT -> Phrase.of("file.value.object");
                case START_ARRAY -> Phrase.of("file.value.list");
                default -> parser.getText();
            };
        } catch (IOException e) {
            return parser.currentToken().asString();
        }
    }

    /**
     * Reads only the top-level {@code id} and {@code contentVersion}, streaming, so that start-up need not read
     * (and validate) a bundled path it has already installed. Full validation happens in {@link #read}.
     *
     * @throws PathFileException when the file is not JSON or lacks either field
     */
    public PathFileHeader readHeader(String source, InputStream in) {
        String id = null;
        BigInteger contentVersion = null;
        try (JsonParser parser = HEADER_FACTORY.createParser(in)) {
            try {
                if (parser.nextToken() != JsonToken.START_OBJECT) {
                    throw new PathFileException(source, "", Phrase.of("file.notObject"), null);
                }
                while (parser.nextToken() == JsonToken.FIELD_NAME && (id == null || contentVersion == null)) {
                    String field = parser.currentName();
                    JsonToken value = parser.nextToken();
                    if ("id".equals(field) && value == JsonToken.VALUE_STRING) {
                        id = parser.getText();
                    } else if ("contentVersion".equals(field) && value == JsonToken.VALUE_NUMBER_INT) {
                        contentVersion = parser.getBigIntegerValue();
                    } else {
                        parser.skipChildren();
                    }
                }
            } catch (JsonProcessingException e) {
                throw streamProblem(source, parser, e, null);
            }
        } catch (IOException e) {
            throw new PathFileException(source, "", unreadable(e), e);
        }
        if (id == null) {
            throw new PathFileException(source, "id", Phrase.of("file.missingOrNotText"), null);
        }
        if (contentVersion == null) {
            throw new PathFileException(source, "contentVersion", Phrase.of("file.missingOrNotNumber"), null);
        }
        FieldRules rules = new FieldRules((field, problem) -> new PathFileException(source, field, problem, null));
        return new PathFileHeader(id, PathFileMapper.contentVersion(rules, contentVersion));
    }
}

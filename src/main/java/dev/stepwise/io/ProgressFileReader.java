package dev.stepwise.io;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
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
import dev.stepwise.domain.Phrase;
import dev.stepwise.domain.ProgressFile;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/**
 * Reads a {@code stepwise-progress} file into a validated {@link ProgressFile}, or says exactly what is wrong. A
 * progress file may come from anyone (a student, an instructor, another machine), so reading is strict: no unknown
 * fields, no coerced values ({@code "3"} or {@code 2.7} is not a level), no duplicate keys, and limits on size and
 * nesting that a real file never comes near.
 */
public final class ProgressFileReader {
    /** Far above any real file (a 10,000-item path with long notes is a few megabytes at most). */
    public static final int MAX_BYTES = 5 * 1024 * 1024;
    /** The format itself is five levels deep (file, skills, skill, ratings, rating). */
    public static final int MAX_DEPTH = 8;

    private final ObjectMapper mapper = strictMapper();

    private static ObjectMapper strictMapper() {
        JsonMapper mapper = JsonMapper.builder()
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .build();
        // Text is text: a number or a boolean where text belongs is a mistake, not something to stringify.
        for (CoercionInputShape shape : new CoercionInputShape[] {CoercionInputShape.Integer, CoercionInputShape.Float,
                CoercionInputShape.Boolean}) {
            mapper.coercionConfigFor(LogicalType.Textual).setCoercion(shape, CoercionAction.Fail);
        }
        mapper.coercionConfigFor(LogicalType.Integer).setCoercion(CoercionInputShape.String, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Integer).setCoercion(CoercionInputShape.Float, CoercionAction.Fail);
        return mapper;
    }

    /**
     * @param source the file's name, used in messages
     * @throws ProgressFileException naming the source and field when the file is malformed or breaks a rule
     */
    public ProgressFile read(String source, InputStream in) {
        byte[] content;
        try {
            content = in.readNBytes(MAX_BYTES + 1);
        } catch (IOException e) {
            throw new ProgressFileException(source, "", PathFileReader.unreadable(e), e);
        }
        if (content.length > MAX_BYTES) {
            throw new ProgressFileException(source, "", Phrase.of("file.progress.tooLarge"), null);
        }
        if (new String(content, StandardCharsets.UTF_8).isBlank()) {
            throw new ProgressFileException(source, "", Phrase.of("file.isEmpty"), null);
        }
        Optional<DeclaredFormat> other = DeclaredFormat.PROGRESS.otherDeclaredIn(content);
        if (other.isPresent()) {
            throw new ProgressFileException(source, other.get());
        }
        checkStructure(source, content);
        ProgressFileDto dto;
        try (JsonParser parser = mapper.createParser(content)) {
            dto = bind(source, parser, content);
        } catch (IOException e) {
            throw new ProgressFileException(source, "", PathFileReader.unreadable(e), e);
        }
        if (dto == null) {
            throw new ProgressFileException(source, "", Phrase.of("file.noProgress"), null);
        }
        return new ProgressFileMapper(source).toDomain(dto);
    }

    /** Binds from a parser this class owns, so that on a wrong kind of value the parser still shows what it met. */
    private ProgressFileDto bind(String source, JsonParser parser, byte[] content) throws IOException {
        try {
            return mapper.readValue(parser, ProgressFileDto.class);
        } catch (UnrecognizedPropertyException e) {
            throw new ProgressFileException(source, JsonProblems.fieldOf(e), Phrase.of("file.unknownField", e.getPropertyName()), e);
        } catch (JsonMappingException e) {
            if (e.getCause() instanceof StreamReadException syntax) {
                throw invalidJson(source, syntax, content);
            }
            throw new ProgressFileException(source, JsonProblems.fieldOf(e), wrongKind(e, parser), e);
        }
    }

    /**
     * One streaming pass before binding: syntax, duplicate keys and nesting depth, each named by where it happens,
     * so that nothing deeply nested or ambiguous ever reaches the object mapper.
     */
    private void checkStructure(String source, byte[] content) {
        try (JsonParser parser = mapper.getFactory().createParser(content)) {
            JsonToken token;
            boolean rootDone = false;
            while ((token = parser.nextToken()) != null) {
                if (rootDone) {
                    var location = parser.currentLocation();
                    throw new ProgressFileException(source, "", Phrase.of("file.contentAfterEnd", location.getLineNr(),
                            location.getColumnNr()), null);
                }
                if ((token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY)
                        && parser.getParsingContext().getNestingDepth() > MAX_DEPTH) {
                    throw new ProgressFileException(source, JsonProblems.fieldOf(parser.getParsingContext().getParent()),
                            Phrase.of("file.nestedDeeper", MAX_DEPTH), null);
                }
                rootDone = parser.getParsingContext().inRoot() && !token.isStructStart();
            }
        } catch (StreamReadException e) {
            if (e.getMessage().startsWith("Duplicate field")) {
                JsonStreamContext context = e.getProcessor() == null ? null : e.getProcessor().getParsingContext();
                var location = e.getLocation();
                throw new ProgressFileException(source, JsonProblems.fieldOf(context), location == null ? Phrase.of("file.keyTwice")
                        : Phrase.of("file.keyTwiceAt", location.getLineNr(), location.getColumnNr()), e);
            }
            throw invalidJson(source, e, content);
        } catch (IOException e) {
            throw new ProgressFileException(source, "", PathFileReader.unreadable(e), e);
        }
    }

    /** "must be a whole number, was text": what the field takes and what the file has, in words, not Java types. */
    private static Phrase wrongKind(JsonMappingException e, JsonParser parser) throws IOException {
        Class<?> target = e instanceof MismatchedInputException mismatch ? mismatch.getTargetType() : null;
        JsonToken found = parser.currentToken();
        Phrase wanted = target == null ? Phrase.of("file.value.other")
                : target == BigInteger.class ? Phrase.of("file.value.number")
                : target == String.class ? Phrase.of("file.value.text")
                : List.class.isAssignableFrom(target) ? Phrase.of("file.value.list")
                : Phrase.of("file.value.object");
        Object was = found == null ? null : switch (found) {
            case VALUE_STRING -> Phrase.of("file.value.text");
            case VALUE_NUMBER_INT -> Phrase.of("file.value.number");
            case VALUE_NUMBER_FLOAT -> fraction(parser);
            case VALUE_TRUE, VALUE_FALSE -> Phrase.of("file.value.boolean");
            case START_ARRAY -> Phrase.of("file.value.list");
            case START_OBJECT -> Phrase.of("file.value.object");
            default -> null;
        };
        return was == null ? Phrase.of("file.mustBe", wanted) : Phrase.of("file.mustBeWas", wanted, was);
    }

    /**
     * A number with a fraction (2.7), or, where it has none, the number as written: {@code 2.0}, {@code 1e400} — the
     * latter a whole number, but one far beyond any field, and not written as JSON writes whole numbers.
     */
    private static Object fraction(JsonParser parser) throws IOException {
        String text = parser.getText();
        try {
            if (new BigDecimal(text).stripTrailingZeros().scale() > 0) {
                return Phrase.of("file.value.fraction");
            }
        } catch (ArithmeticException | NumberFormatException e) {
            // An exponent beyond what a decimal holds: not a number a person means as a fraction.
        }
        return text.length() <= FieldRules.MAX_DIGITS ? text : text.substring(0, FieldRules.MAX_DIGITS) + "…";
    }

    private static ProgressFileException invalidJson(String source, JsonProcessingException e, byte[] content) {
        JsonProblems.Refusal refusal = JsonProblems.syntax(e, content);
        return new ProgressFileException(source, refusal.field(), refusal.problem(), e);
    }
}

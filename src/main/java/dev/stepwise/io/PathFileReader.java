package dev.stepwise.io;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import dev.stepwise.domain.LearningPath;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.stream.Collectors;

/** Reads a {@code stepwise-path} JSON file into a validated {@link LearningPath}, or says exactly what is wrong. */
public final class PathFileReader {
    private final ObjectMapper mapper = new ObjectMapper()
            // A misspelt field would otherwise vanish silently; naming it is kinder to a path author.
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    /**
     * @param source the file's name, used in messages
     * @throws PathFileException naming the source and field when the file is malformed or breaks a rule
     */
    public LearningPath read(String source, InputStream in) {
        byte[] content;
        try {
            content = in.readAllBytes();
        } catch (IOException e) {
            throw new PathFileException(source, "", "cannot be read (" + e.getMessage() + ")", e);
        }
        if (new String(content, StandardCharsets.UTF_8).isBlank()) {
            throw new PathFileException(source, "", "the file is empty", null);
        }
        PathFileDto dto;
        try {
            dto = mapper.readValue(content, PathFileDto.class);
        } catch (UnrecognizedPropertyException e) {
            throw new PathFileException(source, fieldOf(e), "unknown field \"" + e.getPropertyName() + "\"", e);
        } catch (JsonMappingException e) {
            // A syntax error met inside a section or item arrives wrapped as a mapping error; it is still bad JSON.
            if (e.getCause() instanceof StreamReadException syntax) {
                throw invalidJson(source, syntax);
            }
            throw new PathFileException(source, fieldOf(e), "wrong kind of value (" + e.getOriginalMessage() + ")", e);
        } catch (JsonProcessingException e) {
            throw invalidJson(source, e);
        } catch (IOException e) {
            throw new PathFileException(source, "", "cannot be read (" + e.getMessage() + ")", e);
        }
        if (dto == null) {
            throw new PathFileException(source, "", "the file holds no path (it is \"null\")", null);
        }
        return new PathFileMapper(source).toDomain(dto);
    }

    private static PathFileException invalidJson(String source, JsonProcessingException e) {
        var location = e.getLocation();
        String where = location == null ? "" : " at line %d, column %d".formatted(location.getLineNr(), location.getColumnNr());
        return new PathFileException(source, "", "not valid JSON" + where + " (" + e.getOriginalMessage() + ")", e);
    }

    /**
     * Reads only the top-level {@code id} and {@code contentVersion}, streaming, so that start-up need not read
     * (and validate) a bundled path it has already installed. Full validation happens in {@link #read}.
     *
     * @throws PathFileException when the file is not JSON or lacks either field
     */
    public PathFileHeader readHeader(String source, InputStream in) {
        String id = null;
        Integer contentVersion = null;
        try (JsonParser parser = mapper.getFactory().createParser(in)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw new PathFileException(source, "", "is not a JSON object", null);
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME && (id == null || contentVersion == null)) {
                String field = parser.currentName();
                JsonToken value = parser.nextToken();
                if ("id".equals(field) && value == JsonToken.VALUE_STRING) {
                    id = parser.getText();
                } else if ("contentVersion".equals(field) && value == JsonToken.VALUE_NUMBER_INT) {
                    contentVersion = parser.getIntValue();
                } else {
                    parser.skipChildren();
                }
            }
        } catch (JsonProcessingException e) {
            throw invalidJson(source, e);
        } catch (IOException e) {
            throw new PathFileException(source, "", "cannot be read (" + e.getMessage() + ")", e);
        }
        if (id == null) {
            throw new PathFileException(source, "id", "is missing or not text", null);
        }
        if (contentVersion == null) {
            throw new PathFileException(source, "contentVersion", "is missing or not a whole number", null);
        }
        return new PathFileHeader(id, contentVersion);
    }

    /** Jackson's path (sections → 0 → items …) in the same notation our own validation uses. */
    private static String fieldOf(JsonMappingException e) {
        return e.getPath().stream()
                .map(reference -> reference.getFieldName() != null ? "." + reference.getFieldName() : "[" + reference.getIndex() + "]")
                .collect(Collectors.joining())
                .replaceFirst("^\\.", "");
    }
}

package dev.stepwise.io;

import static dev.stepwise.io.FileSchemas.errors;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The schema files themselves: valid draft 2020-12, described for the people who write paths by hand, closed to
 * unknown fields like the readers, and naming exactly the fields of the DTOs the readers bind to.
 */
class SchemaDocumentsTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Set<String> CONDITIONS = Set.of("if", "then", "else", "not");

    static Stream<Path> schemaFiles() {
        return Stream.of(FileSchemas.PATH_SCHEMA_FILE, FileSchemas.PROGRESS_SCHEMA_FILE);
    }

    private static JsonNode tree(Path file) throws IOException {
        return MAPPER.readTree(file.toFile());
    }

    @ParameterizedTest
    @MethodSource("schemaFiles")
    void isValidAgainstTheDraft202012MetaSchema(Path file) {
        assertThat(errors(FileSchemas.metaSchema(), FileSchemas.text(file))).isEmpty();
    }

    @Test
    void theMetaSchemaRefusesABrokenSchema() {
        assertThat(errors(FileSchemas.metaSchema(), "{\"type\": \"integr\", \"maxLength\": -1}")).isNotEmpty();
    }

    @ParameterizedTest
    @MethodSource("schemaFiles")
    void declaresItsDialectIdentityAndPurpose(Path file) throws IOException {
        JsonNode schema = tree(file);
        assertThat(schema.path("$schema").asText()).isEqualTo(FileSchemas.META_SCHEMA);
        String name = file.getFileName().toString();
        assertThat(schema.path("$id").asText()).startsWith("https://").endsWith("/" + name);
        assertThat(schema.path("title").asText()).isNotBlank();
        assertThat(schema.path("description").asText()).isNotBlank();
    }

    @ParameterizedTest
    @MethodSource("schemaFiles")
    void describesEveryPropertyAndDefinition(Path file) throws IOException {
        List<String> undescribed = new ArrayList<>();
        walk(tree(file), "", (node, at) -> {
            for (String keyword : List.of("properties", "$defs")) {
                node.path(keyword).properties().forEach(entry -> {
                    if (entry.getValue().path("description").asText().isBlank()) {
                        undescribed.add(at + "/" + keyword + "/" + entry.getKey());
                    }
                });
            }
        });
        assertThat(undescribed).isEmpty();
    }

    /** Both readers fail on unknown properties, so every object in the format must be closed. */
    @ParameterizedTest
    @MethodSource("schemaFiles")
    void closesEveryObjectToUnknownFields(Path file) throws IOException {
        List<String> open = new ArrayList<>();
        walk(tree(file), "", (node, at) -> {
            JsonNode additional = node.path("additionalProperties");
            if (node.has("properties") && !(additional.isBoolean() && !additional.booleanValue())) {
                open.add(at);
            }
        });
        assertThat(open).isEmpty();
    }

    static Stream<Arguments> dtos() {
        Path path = FileSchemas.PATH_SCHEMA_FILE;
        Path progress = FileSchemas.PROGRESS_SCHEMA_FILE;
        return Stream.of(
                arguments(path, "", PathFileDto.class),
                arguments(path, "/$defs/skill", PathFileDto.SkillDto.class),
                arguments(path, "/$defs/section", PathFileDto.SectionDto.class),
                arguments(path, "/$defs/item", PathFileDto.ItemDto.class),
                arguments(path, "/$defs/subItem", PathFileDto.SubItemDto.class),
                arguments(path, "/$defs/resource", PathFileDto.ResourceDto.class),
                arguments(path, "/$defs/selfCheck", PathFileDto.SelfCheckDto.class),
                arguments(progress, "", ProgressFileDto.class),
                arguments(progress, "/$defs/item", ProgressFileDto.ItemDto.class),
                arguments(progress, "/$defs/skill", ProgressFileDto.SkillDto.class),
                arguments(progress, "/$defs/rating", ProgressFileDto.RatingDto.class),
                arguments(progress, "/$defs/selfCheckAnswer", ProgressFileDto.SelfCheckAnswerDto.class));
    }

    /** A field added to a DTO (and so accepted by the reader) must be published too, and the schema must invent none. */
    @ParameterizedTest(name = "{2}")
    @MethodSource("dtos")
    void namesExactlyTheFieldsTheReaderBindsTo(Path file, String pointer, Class<? extends Record> dto) throws IOException {
        JsonNode object = tree(file).at(pointer);
        Set<String> published = new TreeSet<>();
        object.path("properties").fieldNames().forEachRemaining(published::add);
        Set<String> bound = Arrays.stream(dto.getRecordComponents()).map(component -> component.getName())
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(published).isEqualTo(bound);
    }

    private interface Visitor {
        void visit(JsonNode node, String at);
    }

    /**
     * Every object in the schema document that declares shape, with its JSON pointer. Conditions ({@code if},
     * {@code then}, {@code else}, {@code not}) only add rules to fields declared elsewhere, so they are not entered.
     */
    private static void walk(JsonNode node, String at, Visitor visitor) {
        if (node.isObject()) {
            visitor.visit(node, at);
            for (Map.Entry<String, JsonNode> entry : node.properties()) {
                if (!CONDITIONS.contains(entry.getKey())) {
                    walk(entry.getValue(), at + "/" + entry.getKey(), visitor);
                }
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                walk(node.get(i), at + "/" + i, visitor);
            }
        }
    }
}

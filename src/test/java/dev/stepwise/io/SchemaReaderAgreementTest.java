package dev.stepwise.io;

import static dev.stepwise.io.FileSchemas.PATH;
import static dev.stepwise.io.FileSchemas.PROGRESS;
import static dev.stepwise.io.FileSchemas.errors;
import static dev.stepwise.io.FileSchemas.locations;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import dev.stepwise.domain.Texts;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The schemas and the strict readers agree: a document the reader refuses for the kind or shape of a value, the
 * schema refuses at the same field; a document the reader accepts, the schema accepts. When the reader changes, this
 * says which schema rule has to follow. Where they knowingly differ, {@link SchemaReaderDifferencesTest} says so.
 */
class SchemaReaderAgreementTest {
    private static final String ITEM = "/sections/0/items/0";

    private static String path() {
        return PathSchemaTest.fixture();
    }

    private static String progress() {
        return ProgressFileWriterTest.golden();
    }

    static FileProblemException pathFailure(String json) {
        return catchThrowableOfType(PathFileException.class,
                () -> new PathFileReader().read("agreement.json", new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8))));
    }

    static FileProblemException progressFailure(String json) {
        return catchThrowableOfType(ProgressFileException.class,
                () -> new ProgressFileReader().read("agreement.json", new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8))));
    }

    /** The reader's field ({@code sections[0].items[1].title}) as a JSON pointer ({@code /sections/0/items/1/title}). */
    static String pointer(String field) {
        return field.isEmpty() ? "" : "/" + field.replaceAll("\\[(\\d+)]", ".$1").replace('.', '/');
    }

    static Stream<Arguments> pathShapes() {
        return Stream.of(
                arguments("/contentVersion", "\"3\""), arguments("/contentVersion", "2.5"), arguments("/contentVersion", "true"),
                arguments("/formatVersion", "3"), arguments("/format", "\"stepwise\""),
                arguments("/title", "false"), arguments("/title", "7"), arguments("/title", "\"\""), arguments("/id", "\"Bad Id\""),
                arguments("/industries", "\"Finance\""), arguments("/industries/0", "null"), arguments("/skills", "{}"),
                arguments("/sections", "[]"), arguments("/sections/0", "\"steps\""), arguments("/sections/0/kind", "\"chores\""),
                arguments("/skills/0/targetLevel", "2.7"), arguments("/skills/0/targetLevel", "5"),
                arguments("/skills/0/targetLevel", "\"3\""), arguments(ITEM + "/estimateHours", "-1"),
                arguments(ITEM + "/estimateHours", "\"\""), arguments(ITEM + "/subItems", "\"learn-git\""),
                arguments(ITEM + "/targetDate", "\"next week\""), arguments(ITEM + "/resources/0/url", "\"ftp://example.org\""),
                arguments(ITEM + "/resources/0/title", "[\"x\"]"), arguments("/selfChecks/0/statement", "null"),
                arguments("/tagline", "\"bell \\u0007\""), arguments("/subtitle", "\"x\""), arguments(ITEM + "/hours", "3"),
                arguments("/$schema", "\"stepwise-path.schema.json\""), arguments("/contentVersion", "99999999999"),
                arguments("/formatVersion", "99999999999999999999"), arguments(ITEM + "/estimateHours", "2147483648"),
                arguments("/title", "\"Ingénieure\\tbackend\""), arguments(ITEM + "/title", "\"Learn\\nSQL\""),
                arguments("/skills/0/name", "\"S\\u202eLQ\""), arguments(ITEM + "/subItems/0/title", "\"a\\u2066b\""));
    }

    @ParameterizedTest(name = "{0} = {1}")
    @MethodSource("pathShapes")
    void aPathTheReaderRefusesTheSchemaRefusesAtTheSameField(String at, String value) {
        String json = Documents.with(path(), at, value);
        FileProblemException failure = pathFailure(json);
        assertThat(failure).as("the reader refuses it").isNotNull();
        assertThat(locations(errors(PATH, json))).containsExactly(pointer(failure.field()));
    }

    static Stream<Arguments> progressShapes() {
        return Stream.of(
                arguments("/formatVersion", "\"1\""), arguments("/pathId", "17"), arguments("/exportedAt", "\"yesterday\""),
                arguments("/items", "{}"), arguments("/items/0", "null"), arguments("/items/0/status", "\"Skipped\""),
                arguments("/items/0/note", "false"), arguments("/items/1/doneSubItems", "\"learn-git\""),
                arguments("/items/1/doneSubItems/0", "\"\""), arguments("/items/2/doneOn", "\"2026-04-02\""),
                arguments("/skills/0/ownTarget", "\"4\""), arguments("/skills/0/ownTarget", "-1"),
                arguments("/skills/1/ratings/0/level", "2.7"), arguments("/skills/1/ratings/0/level", "5"),
                arguments("/skills/1/ratings/0/level", "true"), arguments("/skills/1/ratings", "[null]"),
                arguments("/selfCheckAnswers/0/answer", "\"yes\""), arguments("/selfCheckAnswers/0/colour", "\"x\""),
                arguments("/learner", "\"Ada\""), arguments("/items/0/note", "\"bell \\u0007\""),
                arguments("/skills/1/ratings/0/note", "\"escape \\u001b[2J\""),
                arguments("/exportedAt", "\"2026-04-02T08:15:00+02:00\""), arguments("/exportedAt", "\"2026-04-02t08:15:00z\""),
                arguments("/exportedAt", "\"2026-04-02T24:00:00Z\""), arguments("/items/2/doneOn", "\" 2026-04-02\""),
                arguments("/studyTime/0/minutes", "1000000000000"), arguments("/skills/1/ratings/0/level", "-2147483649"),
                arguments("/items/1/note", "\"" + "x".repeat(Texts.MAX_NOTE + 1) + "\""),
                arguments("/skills/1/ratings/1/note", "\"" + "x".repeat(Texts.MAX_NOTE + 1) + "\""));
    }

    @ParameterizedTest(name = "{0} = {1}")
    @MethodSource("progressShapes")
    void progressTheReaderRefusesTheSchemaRefusesAtTheSameField(String at, String value) {
        String json = Documents.with(progress(), at, value);
        FileProblemException failure = progressFailure(json);
        assertThat(failure).as("the reader refuses it").isNotNull();
        assertThat(locations(errors(PROGRESS, json))).containsExactly(pointer(failure.field()));
    }

    static Stream<Arguments> accepted() {
        return Stream.of(
                arguments("/tagline", "null"), arguments("/skills/0/description", "null"), arguments("/sections/2/items", "null"),
                arguments(ITEM + "/targetDate", "\"2028-02-29\""), arguments(ITEM + "/estimateHours", "0"),
                arguments("/title", "\"\\tIngénieure backend 后端\\n\""), arguments("/skills/0/targetLevel", "0"),
                arguments(ITEM + "/title", "\"\\u05e9\\u200f SQL\""),
                arguments("/selfChecks", "[]"), arguments(ITEM + "/resources/0/url", "\"HTTP://EXAMPLE.org:8080/a?b=c#d\""));
    }

    @ParameterizedTest(name = "{0} = {1}")
    @MethodSource("accepted")
    void aPathTheReaderAcceptsTheSchemaAccepts(String at, String value) {
        String json = Documents.with(path(), at, value);
        assertThat(pathFailure(json)).as("the reader accepts it").isNull();
        assertThat(errors(PATH, json)).isEmpty();
    }

    static Stream<Arguments> acceptedProgress() {
        return Stream.of(
                arguments("/items", "null"), arguments("/items/2/doneOn", "null"), arguments("/skills/0/ownTarget", "0"),
                arguments("/skills/0/ratings", "null"), arguments("/exportedAt", "\"2026-04-02T08:15:00Z\""),
                arguments("/items/0/note", "\"tab\\tand\\nnewline\""));
    }

    @ParameterizedTest(name = "{0} = {1}")
    @MethodSource("acceptedProgress")
    void progressTheReaderAcceptsTheSchemaAccepts(String at, String value) {
        String json = Documents.with(progress(), at, value);
        assertThat(progressFailure(json)).as("the reader accepts it").isNull();
        assertThat(errors(PROGRESS, json)).isEmpty();
    }
}

package dev.stepwise.io;

import static dev.stepwise.io.FileSchemas.PATH;
import static dev.stepwise.io.FileSchemas.errors;
import static dev.stepwise.io.FileSchemas.locations;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import dev.stepwise.domain.LearningPath;
import dev.stepwise.fixtures.FixturePath;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The published {@code stepwise-path} schema accepts what Stepwise ships and writes, and refuses a broken value at
 * the place where it is broken.
 */
class PathSchemaTest {
    private static final String ITEM = "/sections/0/items/0";

    static Stream<Path> bundledPaths() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("assets", "paths"))) {
            List<Path> json = files.filter(file -> file.toString().endsWith(".json")).sorted().toList();
            assertThat(json).as("bundled paths").isNotEmpty();
            return json.stream();
        }
    }

    static String fixture() {
        return new PathFileWriter().write(FixturePath.path());
    }

    @ParameterizedTest
    @MethodSource("bundledPaths")
    void everyBundledPathIsValid(Path file) {
        assertThat(errors(PATH, FileSchemas.text(file))).isEmpty();
    }

    @Test
    void theFixturePathWrittenByStepwiseIsValid() {
        assertThat(errors(PATH, fixture())).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("bundledPaths")
    void aBundledPathReadAndWrittenAgainIsValid(Path file) throws IOException {
        LearningPath path = new PathFileReader().read(file.toString(), new ByteArrayInputStream(Files.readAllBytes(file)));
        String exported = new PathFileWriter().write(path);
        assertThat(errors(PATH, exported)).isEmpty();
    }

    static Stream<Arguments> brokenValues() {
        return Stream.of(
                arguments("/contentVersion", "\"3\"", "/contentVersion"),
                arguments("/contentVersion", "0", "/contentVersion"),
                arguments("/formatVersion", "3", "/formatVersion"),
                arguments("/format", "\"stepwise-progress\"", "/format"),
                arguments("/title", "false", "/title"),
                arguments("/title", "\" \\u200B\\u00A0 \"", "/title"),
                arguments("/title", "\"" + "x".repeat(301) + "\"", "/title"),
                arguments("/tagline", "\"bell \\u0007\"", "/tagline"),
                arguments("/id", "\"Fixture Path\"", "/id"),
                arguments("/id", "\"-fixture\"", "/id"),
                arguments("/id", "\"" + "a".repeat(65) + "\"", "/id"),
                arguments("/skills/0/targetLevel", "2.7", "/skills/0/targetLevel"),
                arguments("/skills/0/targetLevel", "5", "/skills/0/targetLevel"),
                arguments("/skills/0/targetLevel", "-1", "/skills/0/targetLevel"),
                arguments("/sections/1/kind", "\"chores\"", "/sections/1/kind"),
                arguments("/sections", "[]", "/sections"),
                arguments(ITEM + "/estimateHours", "-1", ITEM + "/estimateHours"),
                arguments(ITEM + "/estimateHours", "\"80\"", ITEM + "/estimateHours"),
                arguments(ITEM + "/targetDate", "\"31.03.2026\"", ITEM + "/targetDate"),
                arguments(ITEM + "/skills", "[\"language\", \"language\"]", ITEM + "/skills"),
                arguments(ITEM + "/skills/0", "\"Language\"", ITEM + "/skills/0"),
                arguments(ITEM + "/subItems/0/id", "\"Learn Git\"", ITEM + "/subItems/0/id"),
                arguments(ITEM + "/resources/0/url", "\"file:///etc/passwd\"", ITEM + "/resources/0/url"),
                arguments(ITEM + "/resources/0/url", "\"javascript:alert(1)\"", ITEM + "/resources/0/url"),
                arguments("/industries/0", "\"\"", "/industries/0"),
                arguments("/industries", "\"Finance\"", "/industries"),
                arguments("/selfChecks/0/statement", "12", "/selfChecks/0/statement"),
                arguments("/skills/0/colour", "\"blue\"", "/skills/0/colour"),
                arguments(ITEM + "/hours", "3", ITEM + "/hours"),
                arguments("/subtitle", "\"x\"", "/subtitle"));
    }

    @ParameterizedTest(name = "{0} = {1}")
    @MethodSource("brokenValues")
    void aBrokenValueIsRefusedWhereItIs(String pointer, String value, String location) {
        assertThat(locations(errors(PATH, Documents.with(fixture(), pointer, value)))).containsExactly(location);
    }

    static Stream<String> requiredFields() {
        return Stream.of("/format", "/formatVersion", "/id", "/contentVersion", "/title", "/sections", "/skills/0/id",
                "/skills/0/name", "/skills/0/category", "/skills/0/targetLevel", "/sections/0/id", "/sections/0/kind",
                "/sections/0/title", ITEM + "/id", ITEM + "/title", ITEM + "/resources/0/url", ITEM + "/subItems/0/title",
                "/selfChecks/0/statement");
    }

    @ParameterizedTest
    @MethodSource("requiredFields")
    void aMissingRequiredFieldIsNamed(String pointer) {
        assertThat(locations(errors(PATH, Documents.without(fixture(), pointer)))).containsExactly(pointer);
    }

    static Stream<String> optionalFields() {
        return Stream.of("/tagline", "/overview", "/industries", "/skills", "/selfChecks", "/skills/0/description",
                "/sections/0/description", "/sections/0/items", ITEM + "/detail", ITEM + "/skills", ITEM + "/estimateHours",
                ITEM + "/targetDate", ITEM + "/subItems", ITEM + "/resources");
    }

    /** The reader treats null as absent (it binds to a Java null), so the schema must not refuse it. */
    @ParameterizedTest
    @MethodSource("optionalFields")
    void anOptionalFieldMayBeNullLikeTheReaderAllows(String pointer) {
        assertThat(errors(PATH, Documents.with(fixture(), pointer, "null"))).isEmpty();
        assertThat(errors(PATH, Documents.with(fixture(), pointer, "{}"))).isNotEmpty();
    }

    private static final String ONE_LINE = "^\\s*[^\\u0000-\\u001F\\u007F-\\u009F\\u2028\\u2029\\u202A-\\u202E\\u2066-\\u2069]*\\s*$";

    @Test
    void aTitleIsOneLineInAnyScript() {
        assertThat(errors(PATH, Documents.with(fixture(), "/title", "\"\\tIngénieure backend — 后端工程师 ✓\\n\""))).isEmpty();
        assertThat(errors(PATH, Documents.with(fixture(), "/title", "\"Ingénieure\\tbackend\\n— 后端工程师 ✓\"")))
                .extracting(Object::toString).containsExactly("/title: does not match the regex pattern " + ONE_LINE);
    }

    @Test
    void aTargetDateIsAValidDateString() {
        assertThat(errors(PATH, Documents.with(fixture(), ITEM + "/targetDate", "\"2026-03-31\""))).isEmpty();
        assertThat(errors(PATH, Documents.with(fixture(), ITEM + "/targetDate", "\"2026-13-01\""))).isNotEmpty();
    }
}

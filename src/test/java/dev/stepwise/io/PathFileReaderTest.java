package dev.stepwise.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.stepwise.domain.Item;
import dev.stepwise.domain.LearningPath;
import dev.stepwise.domain.Level;
import dev.stepwise.domain.Resource;
import dev.stepwise.domain.Section;
import dev.stepwise.domain.SectionKind;
import dev.stepwise.domain.SelfCheck;
import dev.stepwise.domain.Skill;
import dev.stepwise.domain.SubItem;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Reading {@code stepwise-path} files. Broken inputs are made from one small valid file
 * ({@code minimal-path.json}) by replacing a single piece of it, so each case shows exactly what is wrong.
 */
class PathFileReaderTest {
    static final String SOURCE = "mini.json";

    static String minimal() {
        try (InputStream in = PathFileReaderTest.class.getResourceAsStream("minimal-path.json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The minimal file with {@code target} (which must occur exactly once) replaced. */
    static String minimalWith(String target, String replacement) {
        String json = minimal();
        int at = json.indexOf(target);
        if (at < 0 || json.indexOf(target, at + 1) >= 0) {
            throw new IllegalArgumentException("must occur exactly once in minimal-path.json: " + target);
        }
        return json.replace(target, replacement);
    }

    static LearningPath read(String json) {
        return new PathFileReader().read(SOURCE, new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    }

    static PathFileException failureOf(String json) {
        PathFileException failure = catchThrowableOfType(PathFileException.class, () -> read(json));
        assertThat(failure).as("expected a PathFileException").isNotNull();
        return failure;
    }

    // --- valid files -----------------------------------------------------------------------------------------

    @Test
    void theMinimalFileReadsIntoTheDomainPathWithDefaultsAndTrimmedText() {
        LearningPath expected = new LearningPath("mini", 3, "Mini path", "", "", List.of("Retail"),
                List.of(new Skill("sql", "SQL", "Technical", "", Level.INDEPENDENT),
                        new Skill("talk", "Talking", "Soft", "Plain words", Level.AWARE)),
                List.of(new Section("steps", SectionKind.STEPS, "Steps", "", List.of(
                                new Item("learn-sql", "Learn SQL", "Joins first.",
                                        List.of(new SubItem("joins", "Joins"), new SubItem("indexes", "Indexes")),
                                        List.of(new Resource("Tutorial", "https://example.com/sql")),
                                        List.of("sql"), 20, LocalDate.of(2026, 3, 31)))),
                        new Section("practice", SectionKind.PRACTICE, "Practice", "", List.of(
                                new Item("explain-design", "Explain a design", "", List.of(), List.of(),
                                        List.of("talk", "sql"), null, null)))),
                List.of(new SelfCheck("likes-data", "I like data.")));

        assertThat(read(minimal())).isEqualTo(expected);
    }

    @Test
    void textIsReadAsUtf8() {
        LearningPath path = read(minimalWith("\"  Mini path  \"", "\"Données & APIs – über 🚀\""));

        assertThat(path.title()).isEqualTo("Données & APIs – über 🚀");
    }

    @Test
    void aBlankTargetDateIsRefusedNotTakenForNoDate() {
        // No date is written by leaving the field out; Stepwise never writes a blank one.
        assertThatThrownBy(() -> read(minimalWith("\"2026-03-31\"", "\"  \"")))
                .hasMessage("mini.json, field sections[0].items[0].targetDate: must be a date like 2026-03-31, was \"  \"");
    }

    // --- rule violations: each names the file, the field and the problem --------------------------------------

    static Stream<Arguments> brokenFiles() {
        return Stream.of(
                broken("wrong format", "\"stepwise-path\"", "\"stepwise-paths\"",
                        "format", "must be \"stepwise-path\", was \"stepwise-paths\""),
                broken("no format", "\"format\": \"stepwise-path\",", "",
                        "format", "was nothing"),
                broken("format version 3", "\"formatVersion\": 1", "\"formatVersion\": 3",
                        "formatVersion", "reads format versions 1 to 2, the file has 3"),
                broken("no format version", "\"formatVersion\": 1,", "",
                        "formatVersion", "is missing"),
                broken("no content version", "\"contentVersion\": 3,", "",
                        "contentVersion", "is missing"),
                broken("path id with spaces", "\"id\": \"mini\"", "\"id\": \"Mini Path\"",
                        "id", "lower-case letters, digits and dashes"),
                broken("content version 0", "\"contentVersion\": 3", "\"contentVersion\": 0",
                        "contentVersion", "from 1 to 2147483647, was 0"),
                broken("no title", "\"title\": \"  Mini path  \",", "",
                        "title", "is missing or empty"),
                broken("blank title", "\"  Mini path  \"", "\"   \"",
                        "title", "is missing or empty"),
                broken("blank industry", "[\"Retail\"]", "[\"\"]",
                        "industries[0]", "is missing or empty"),
                broken("duplicate skill id", "{\"id\": \"talk\"", "{\"id\": \"sql\"",
                        "skills[1].id", "\"sql\" is used twice"),
                broken("target level 7", "\"targetLevel\": 3", "\"targetLevel\": 7",
                        "skills[0].targetLevel", "must be a level from 0 to 4, was 7"),
                broken("target level -1", "\"targetLevel\": 1", "\"targetLevel\": -1",
                        "skills[1].targetLevel", "must be a level from 0 to 4, was -1"),
                broken("no target level", ", \"targetLevel\": 3}", "}",
                        "skills[0].targetLevel", "is missing"),
                broken("skill without category", "\"category\": \"Soft\", ", "",
                        "skills[1].category", "is missing or empty"),
                broken("null section", "\"sections\": [", "\"sections\": [null, ",
                        "sections[0]", "is missing"),
                broken("duplicate section id", "\"id\": \"practice\"", "\"id\": \"steps\"",
                        "sections[1].id", "\"steps\" is used twice"),
                broken("kind homework", "\"kind\": \"steps\"", "\"kind\": \"homework\"",
                        "sections[0].kind", "must be one of steps, background, practice; was \"homework\""),
                broken("item without id", "\"id\": \"learn-sql\",", "",
                        "sections[0].items[0].id", "is missing or empty"),
                broken("duplicate item id across sections", "\"id\": \"explain-design\"", "\"id\": \"learn-sql\"",
                        "sections[1].items[0].id", "\"learn-sql\" is used twice"),
                broken("item without title", "\"title\": \"Explain a design\", ", "",
                        "sections[1].items[0].title", "is missing or empty"),
                broken("link to an unknown skill", "\"skills\": [\"sql\"]", "\"skills\": [\"nosql\"]",
                        "sections[0].items[0].skills[0]", "no skill with id \"nosql\" in this path"),
                broken("skill linked twice", "[\"talk\", \"sql\"]", "[\"talk\", \"talk\"]",
                        "sections[1].items[0].skills[1]", "skill \"talk\" is linked twice"),
                broken("negative estimate", "\"estimateHours\": 20", "\"estimateHours\": -5",
                        "sections[0].items[0].estimateHours", "cannot be negative, was -5"),
                broken("target date not ISO", "\"2026-03-31\"", "\"31/03/2026\"",
                        "sections[0].items[0].targetDate", "must be a date like 2026-03-31, was \"31/03/2026\""),
                broken("target date that does not exist", "\"2026-03-31\"", "\"2026-02-30\"",
                        "sections[0].items[0].targetDate", "must be a date like 2026-03-31"),
                broken("duplicate sub-step id", "{\"id\": \"indexes\"", "{\"id\": \"joins\"",
                        "sections[0].items[0].subItems[1].id", "\"joins\" is used twice"),
                broken("sub-step without title", "\"title\": \"Joins\"", "\"title\": \"\"",
                        "sections[0].items[0].subItems[0].title", "is missing or empty"),
                broken("javascript link", "\" https://example.com/sql \"", "\"javascript:alert(1)\"",
                        "sections[0].items[0].resources[0].url", "must be an http or https link, was \"javascript:alert(1)\""),
                broken("file link", "\" https://example.com/sql \"", "\"file:///etc/passwd\"",
                        "sections[0].items[0].resources[0].url", "must be an http or https link, was \"file:///etc/passwd\""),
                broken("mail link", "\" https://example.com/sql \"", "\"mailto:someone@example.com\"",
                        "sections[0].items[0].resources[0].url", "must be an http or https link"),
                broken("resource without url", ", \"url\": \" https://example.com/sql \"", "",
                        "sections[0].items[0].resources[0].url", "is missing or empty"),
                broken("duplicate self-check id", "\"selfChecks\": [",
                        "\"selfChecks\": [{\"id\": \"likes-data\", \"statement\": \"Again\"}, ",
                        "selfChecks[1].id", "\"likes-data\" is used twice"),
                broken("self-check without statement", "\"statement\": \"I like data.\"", "\"statement\": \"\"",
                        "selfChecks[0].statement", "is missing or empty"),
                // Caught by Jackson before our own rules run:
                broken("unknown top-level field", "\"industries\":", "\"colour\": \"blue\", \"industries\":",
                        "colour", "unknown field \"colour\""),
                broken("unknown nested field", "\"estimateHours\": 20,", "\"estimateHours\": 20, \"hours\": 3,",
                        "sections[0].items[0].hours", "unknown field \"hours\""),
                broken("text where a number belongs", "\"estimateHours\": 20", "\"estimateHours\": \"twenty\"",
                        "sections[0].items[0].estimateHours", "wrong kind of value"),
                broken("single value where a list belongs", "[\"Retail\"]", "\"Retail\"",
                        "industries", "wrong kind of value"));
    }

    private static Arguments broken(String name, String target, String replacement, String field, String problem) {
        return Arguments.of(name, target, replacement, field, problem);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenFiles")
    void aBrokenFileIsRefusedNamingTheSourceFieldAndProblem(String name, String target, String replacement,
                                                            String field, String problem) {
        PathFileException failure = failureOf(minimalWith(target, replacement));

        assertThat(failure.source()).isEqualTo(SOURCE);
        assertThat(failure.field()).isEqualTo(field);
        assertThat(failure.problem().english()).contains(problem);
        assertThat(failure.getMessage()).startsWith(SOURCE + ", field " + field + ": ");
    }

    @Test
    void aPathWithoutSectionsIsRefused() {
        PathFileException failure = failureOf(minimal().replaceFirst("(?s)\"sections\": \\[.*\\],\\s*\"selfChecks\"",
                "\"sections\": [], \"selfChecks\""));

        assertThat(failure.field()).isEqualTo("sections");
        assertThat(failure.problem().english()).contains("at least one section");
    }

    @Test
    void theMessageReadsFileFieldProblem() {
        PathFileException failure = failureOf(minimalWith("\"title\": \"  Mini path  \",", ""));

        assertThat(failure).hasMessage("mini.json, field title: is missing or empty");
    }

    // --- files that are not JSON at all ----------------------------------------------------------------------

    @Test
    void invalidJsonIsRefusedWithItsLineAndColumn() {
        PathFileException failure = failureOf(minimalWith("\"formatVersion\": 1,", "\"formatVersion\": 1,,"));

        assertThat(failure.source()).isEqualTo(SOURCE);
        assertThat(failure.field()).isEmpty();
        assertThat(failure).hasMessage(SOURCE + ": unexpected text \",\" at line 3, column 22");
    }

    static Stream<Arguments> syntaxErrorsInsideTheFile() {
        String json = minimal();
        return Stream.of(
                Arguments.of("double comma inside a section", minimalWith("\"kind\": \"steps\",", "\"kind\": \"steps\",,"),
                        "unexpected text \",\" at line 15, column 23"),
                Arguments.of("missing comma inside an item", minimalWith("\"title\": \"Learn SQL\",", "\"title\": \"Learn SQL\""),
                        "unexpected text \"detail\" at line 21, column 11"),
                Arguments.of("file cut off in the middle", json.substring(0, json.indexOf("\"estimateHours\"")),
                        "the file ends before its JSON is complete (an object opened at line 18 is not closed)"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("syntaxErrorsInsideTheFile")
    void aSyntaxErrorInsideTheFileIsRefusedNamingTheSource(String name, String json, String problem) {
        PathFileException failure = failureOf(json);

        assertThat(failure.source()).isEqualTo(SOURCE);
        assertThat(failure.problem().english()).isNotBlank();
    }

    /**
     * Jackson wraps a parse error met inside a nested object (every section, item and skill) in a
     * JsonMappingException with a path; it is still a syntax error, said with its line and column.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("syntaxErrorsInsideTheFile")
    void aSyntaxErrorInsideTheFileIsReportedWithItsLine(String name, String json, String problem) {
        PathFileException failure = failureOf(json);

        assertThat(failure.field()).isEmpty();
        assertThat(failure.problem().english()).isEqualTo(problem);
    }

    @Test
    void contentAfterThePathIsRefused() {
        PathFileException failure = failureOf(minimal() + "\n{}");

        assertThat(failure.field()).isEmpty();
        assertThat(failure.problem().english()).containsIgnoringCase("trailing");
    }

    @Test
    void aListInsteadOfAnObjectIsRefused() {
        PathFileException failure = failureOf("[" + minimal() + "]");

        assertThat(failure.field()).isEmpty();
        assertThat(failure.problem().english()).contains("wrong kind of value");
    }

    @Test
    void aFileHoldingOnlyNullSaysItHoldsNoPath() {
        PathFileException failure = failureOf("null");

        assertThat(failure.source()).isEqualTo(SOURCE);
        assertThat(failure.field()).isEmpty();
        assertThat(failure.problem().english()).isEqualTo("the file holds no path (it is \"null\")");
    }

    @ParameterizedTest(name = "\"{0}\"")
    @MethodSource("emptyContents")
    void anEmptyFileIsRefusedAsAWholeFileProblem(String content) {
        PathFileException failure = failureOf(content);

        assertThat(failure.source()).isEqualTo(SOURCE);
        assertThat(failure.field()).isEmpty();
    }

    @ParameterizedTest(name = "\"{0}\"")
    @MethodSource("emptyContents")
    void anEmptyFileIsReportedAsEmpty(String content) {
        assertThat(failureOf(content).problem().english()).isEqualTo("the file is empty");
    }

    static Stream<String> emptyContents() {
        return Stream.of("", "  \n\t\n");
    }

    @Test
    void aStreamThatCannotBeReadIsRefusedAsUnreadable() {
        InputStream failing = new InputStream() {
            @Override
            public int read() throws IOException {
                throw new IOException("disk on fire");
            }
        };

        PathFileException failure = catchThrowableOfType(PathFileException.class,
                () -> new PathFileReader().read(SOURCE, failing));

        assertThat(failure).isNotNull();
        assertThat(failure.field()).isEmpty();
        assertThat(failure.problem().english()).contains("disk on fire");
    }
}

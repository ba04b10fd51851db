package dev.stepwise.io;

import static dev.stepwise.io.PathFileReaderTest.SOURCE;
import static dev.stepwise.io.PathFileReaderTest.failureOf;
import static dev.stepwise.io.PathFileReaderTest.minimal;
import static dev.stepwise.io.PathFileReaderTest.minimalWith;
import static dev.stepwise.io.PathFileReaderTest.read;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.stepwise.domain.LearningPath;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Path files may come from anywhere, so they are read strictly: one test per rule, each asserting the whole message
 * (file, field, problem) a path author would see. Broken files are the minimal file with one piece replaced.
 */
class PathFileStrictReadingTest {
    private static final String ITEM = "sections[0].items[0]";

    private static Arguments refused(String target, String replacement, String message) {
        return Arguments.of(target, replacement, message);
    }

    // --- 1. no value is coerced into another kind --------------------------------------------------------------

    static Stream<Arguments> coercions() {
        String number = "wrong kind of value: must be a whole number, was ";
        String text = "wrong kind of value: must be text, was ";
        return Stream.of(
                refused("\"contentVersion\": 3", "\"contentVersion\": \"3\"", "field contentVersion: " + number + "\"3\""),
                refused("\"contentVersion\": 3", "\"contentVersion\": 1.9", "field contentVersion: " + number + "1.9"),
                refused("\"contentVersion\": 3", "\"contentVersion\": 3.0", "field contentVersion: " + number + "3.0"),
                refused("\"contentVersion\": 3", "\"contentVersion\": true", "field contentVersion: " + number + "true"),
                refused("\"targetLevel\": 3", "\"targetLevel\": 2.7", "field skills[0].targetLevel: " + number + "2.7"),
                refused("\"estimateHours\": 20", "\"estimateHours\": \"10\"", "field " + ITEM + ".estimateHours: " + number + "\"10\""),
                refused("\"estimateHours\": 20", "\"estimateHours\": \"\"", "field " + ITEM + ".estimateHours: " + number + "\"\""),
                refused("\"  Mini path  \"", "false", "field title: " + text + "false"),
                refused("\"id\": \"mini\"", "\"id\": 12", "field id: " + text + "12"),
                refused("\"name\": \"SQL\"", "\"name\": 1.5", "field skills[0].name: " + text + "1.5"),
                refused("[\"Retail\"]", "[7]", "field industries[0]: " + text + "7"),
                refused("\"2026-03-31\"", "20260331", "field " + ITEM + ".targetDate: " + text + "20260331"),
                refused("\"  Mini path  \"", "[\"Mini\"]", "field title: " + text + "a list"));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("coercions")
    void aValueOfTheWrongKindIsNeverCoerced(String target, String replacement, String message) {
        assertThat(failureOf(minimalWith(target, replacement))).hasMessage(SOURCE + ", " + message);
    }

    // --- 2. no key and no id twice -----------------------------------------------------------------------------

    static Stream<Arguments> duplicates() {
        return Stream.of(
                refused("\"title\": \"  Mini path  \",", "\"title\": \"  Mini path  \", \"title\": \"Other\",",
                        "field title: is given twice at line 6, column 36"),
                refused("\"estimateHours\": 20,", "\"estimateHours\": 20, \"estimateHours\": 2,",
                        "field " + ITEM + ".estimateHours: is given twice at line 23, column 47"),
                refused("\"name\": \"SQL\",", "\"name\": \"SQL\", \"name\": \"SQL\",",
                        "field skills[0].name: is given twice at line 9, column 40"),
                refused("{\"id\": \"talk\"", "{\"id\": \"sql\"", "field skills[1].id: \"sql\" is used twice"),
                refused("\"id\": \"practice\"", "\"id\": \"steps\"", "field sections[1].id: \"steps\" is used twice"),
                refused("\"id\": \"explain-design\"", "\"id\": \"learn-sql\"",
                        "field sections[1].items[0].id: \"learn-sql\" is used twice"),
                refused("{\"id\": \"indexes\"", "{\"id\": \"joins\"", "field " + ITEM + ".subItems[1].id: \"joins\" is used twice"),
                refused("\"selfChecks\": [", "\"selfChecks\": [{\"id\": \"likes-data\", \"statement\": \"Again\"}, ",
                        "field selfChecks[1].id: \"likes-data\" is used twice"));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("duplicates")
    void aKeyOrAnIdGivenTwiceIsRefused(String target, String replacement, String message) {
        assertThat(failureOf(minimalWith(target, replacement))).hasMessage(SOURCE + ", " + message);
    }

    // --- 3. size, nesting and string length are bounded ---------------------------------------------------------

    static Stream<Arguments> oversized() {
        String json = minimal();
        int paddingTo32point3Mb = (int) (32.3 * 1024 * 1024) - json.length();
        return Stream.of(
                Arguments.of("32.3 MB", " ".repeat(paddingTo32point3Mb) + json,
                        "mini.json: is larger than 32 MB, too large for a path file"),
                Arguments.of("a title of 100,001 characters", minimalWith("\"  Mini path  \"", "\"" + "a".repeat(100_001) + "\""),
                        "mini.json, field title: is too long: 100,001 characters, at most 300"),
                Arguments.of("100,001 items", minimalWith(
                        "{\"id\": \"explain-design\", \"title\": \"Explain a design\", \"skills\": [\"talk\", \"sql\"]}",
                        IntStream.range(0, 100_000).mapToObj(i -> "{\"id\": \"i" + i + "\", \"title\": \"t\"}")
                                .collect(Collectors.joining(","))),
                        "mini.json, field sections[1].items: a path may have at most 100,000 items, this one has at least 100,001"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("oversized")
    void aFileOrTextBeyondTheLimitsIsRefused(String name, String json, String message) {
        assertThat(failureOf(json)).hasMessage(message);
    }

    /** The format itself nests 7 levels, so only a parser that skips unknown content can meet deeper nesting. */
    @Test
    void nestingDeeperThanTheLimitIsRefusedWhenOnlyTheHeaderIsRead() {
        String json = "{\"x\": " + "[".repeat(40) + "]".repeat(40) + ", \"id\": \"mini\", \"contentVersion\": 3}";

        PathFileException failure = catchThrowableOfType(PathFileException.class, () -> new PathFileReader()
                .readHeader(SOURCE, new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8))));

        assertThat(failure).hasMessage("mini.json: nests deeper than 32 levels");
    }

    // --- 4. no control characters but tab and newline -----------------------------------------------------------

    static Stream<Arguments> controlCharacters() {
        String bell = "holds a control character (U+0007); only tab and newline are allowed";
        return Stream.of(
                refused("\"  Mini path  \"", "\"Mini\\u0007path\"", "field title: " + bell),
                refused("\"industries\":", "\"tagline\": \"a\\rb\", \"industries\":",
                        "field tagline: holds a control character (U+000D); only tab and newline are allowed"),
                refused("\"Plain words\"", "\"Plain\\u0000words\"",
                        "field skills[1].description: holds a control character (U+0000); only tab and newline are allowed"),
                refused("\"name\": \"SQL\"", "\"name\": \"S\\u001bQL\"",
                        "field skills[0].name: holds a control character (U+001B); only tab and newline are allowed"),
                refused("\"title\": \"Steps\"", "\"title\": \"Steps\\u009b\"",
                        "field sections[0].title: holds a control character (U+009B); only tab and newline are allowed"),
                refused("\"Joins first.\"", "\"Joins\\u007ffirst.\"",
                        "field " + ITEM + ".detail: holds a control character (U+007F); only tab and newline are allowed"),
                refused("\"title\": \"Joins\"", "\"title\": \"Jo\\u0007ins\"", "field " + ITEM + ".subItems[0].title: " + bell),
                refused("/sql \"", "/sql\\u0007 \"", "field " + ITEM + ".resources[0].url: " + bell),
                refused("\"I like data.\"", "\"I like\\u0007 data.\"", "field selfChecks[0].statement: " + bell));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("controlCharacters")
    void aControlCharacterOtherThanTabOrNewlineIsRefusedInEveryText(String target, String replacement, String message) {
        assertThat(failureOf(minimalWith(target, replacement))).hasMessage(SOURCE + ", " + message);
    }

    @Test
    void tabsAndNewlinesAreText() {
        assertThat(read(minimalWith("\"Joins first.\"", "\"Joins\\tfirst.\\nThen indexes.\"")).items().findFirst().orElseThrow()
                .detail()).isEqualTo("Joins\tfirst.\nThen indexes.");
    }

    // --- 4b. a title, name or statement is one line ------------------------------------------------------------

    static Stream<Arguments> notOneLine() {
        String tail = " (a line break, tab or text-direction control; a title is one line)";
        return Stream.of(
                refused("\"  Mini path  \"", "\"Mini\\npath\"", "field title: is not one line: it holds U+000A at character 5" + tail),
                refused("\"title\": \"Learn SQL\"", "\"title\": \"Learn\\tSQL\"",
                        "field " + ITEM + ".title: is not one line: it holds U+0009 at character 6" + tail),
                refused("\"name\": \"SQL\"", "\"name\": \"S\\u202eLQ\"",
                        "field skills[0].name: is not one line: it holds U+202E at character 2" + tail),
                refused("\"title\": \"Joins\"", "\"title\": \"\\u2066Joins\\u2069 all\"",
                        "field " + ITEM + ".subItems[0].title: is not one line: it holds U+2066 at character 1" + tail),
                refused("[\"Retail\"]", "[\"Re\\u2028tail\"]",
                        "field industries[0]: is not one line: it holds U+2028 at character 3" + tail),
                refused("\"I like data.\"", "\"I like\\ndata.\"",
                        "field selfChecks[0].statement: is not one line: it holds U+000A at character 7" + tail));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("notOneLine")
    void aTitleThatIsNotOneLineIsRefused(String target, String replacement, String message) {
        assertThat(failureOf(minimalWith(target, replacement))).hasMessage(SOURCE + ", " + message);
    }

    @Test
    void aTitleKeepsItsDirectionMarksAndLosesLineBreaksOnlyAtItsEnds() {
        LearningPath path = read(minimalWith("\"title\": \"Learn SQL\"", "\"title\": \"\\u05e9\\u200f SQL\\n\""));
        assertThat(path.items().findFirst().orElseThrow().title()).isEqualTo("\u05e9\u200f SQL");
    }

    // --- 5. no title, name or statement that only looks like something ------------------------------------------

    static Stream<Arguments> blankLooking() {
        String blank = "is missing or empty (it holds only spaces or invisible characters)";
        String invisible = "\"\\u200b\\u00a0 \\u2060\"";
        return Stream.of(
                refused("\"  Mini path  \"", invisible, "field title: " + blank),
                refused("\"name\": \"SQL\"", "\"name\": " + invisible, "field skills[0].name: " + blank),
                refused("\"title\": \"Steps\"", "\"title\": \"\\u00a0\"", "field sections[0].title: " + blank),
                refused("\"title\": \"Learn SQL\"", "\"title\": \"\\ufeff\"", "field " + ITEM + ".title: " + blank),
                refused("\"title\": \"Joins\"", "\"title\": \"\\u200b\"", "field " + ITEM + ".subItems[0].title: " + blank),
                refused("\"title\": \"Tutorial\"", "\"title\": \"\\u3000\"", "field " + ITEM + ".resources[0].title: " + blank),
                refused("\"I like data.\"", invisible, "field selfChecks[0].statement: " + blank));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("blankLooking")
    void aTitleOfOnlyInvisibleCharactersIsRefused(String target, String replacement, String message) {
        assertThat(failureOf(minimalWith(target, replacement))).hasMessage(SOURCE + ", " + message);
    }

    // --- 6. links are http(s) with a host, checked exactly as stored --------------------------------------------

    static Stream<Arguments> badLinks() {
        String url = "field " + ITEM + ".resources[0].url: must be an http or https link, was ";
        return Stream.of(
                refused("\" https://example.com/sql \"", "\"https://\"", url + "\"https://\""),
                refused("\" https://example.com/sql \"", "\"https:///sql\"", url + "\"https:///sql\""),
                refused("\" https://example.com/sql \"", "\"http://:80/sql\"", url + "\"http://:80/sql\""),
                refused("\" https://example.com/sql \"", "\"ftp://example.com/sql\"", url + "\"ftp://example.com/sql\""),
                refused("\" https://example.com/sql \"", "\"https://exa mple.com/sql\"", url + "\"https://exa mple.com/sql\""),
                refused("\" https://example.com/sql \"", "\"\\u00a0https://example.com/sql\"",
                        url + "\"\u00a0https://example.com/sql\""),
                refused("\" https://example.com/sql \"", "\"example.com/sql\"", url + "\"example.com/sql\""));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("badLinks")
    void aLinkThatIsNotAWebLinkWithAHostIsRefused(String target, String replacement, String message) {
        assertThat(failureOf(minimalWith(target, replacement))).hasMessage(SOURCE + ", " + message);
    }

    /** Surrounding whitespace is stripped before the check, and the stripped link is what is stored. */
    @Test
    void theLinkStoredIsTheLinkChecked() {
        var resource = read(minimalWith("\" https://example.com/sql \"", "\"\\n\\t https://example.com/sql \\n\""))
                .items().findFirst().orElseThrow().resources().get(0);

        assertThat(resource.url()).isEqualTo("https://example.com/sql");
        assertThat(resource.isWebLink()).isTrue();
    }
}

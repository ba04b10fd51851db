package dev.stepwise.io;

import static dev.stepwise.io.PathFileReaderTest.SOURCE;
import static dev.stepwise.io.PathFileReaderTest.failureOf;
import static dev.stepwise.io.PathFileReaderTest.minimal;
import static dev.stepwise.io.PathFileReaderTest.minimalWith;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
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
        int paddingTo7point3Mb = (int) (7.3 * 1024 * 1024) - json.length();
        return Stream.of(
                Arguments.of("7.3 MB", " ".repeat(paddingTo7point3Mb) + json,
                        "mini.json: is 7.3 MB; path files are limited to 5 MB"),
                Arguments.of("a title of 100,001 characters", minimalWith("\"  Mini path  \"", "\"" + "a".repeat(100_001) + "\""),
                        "mini.json, field title: is longer than 100000 characters"));
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
}

package dev.stepwise.io;

import static dev.stepwise.io.PathFileReaderTest.failureOf;
import static dev.stepwise.io.PathFileReaderTest.minimalWith;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each text field has one limit, the one the app's editors keep (titles, names, industries and statements 300
 * characters; descriptions, details and links 20,000), and a text beyond it is refused in one form whatever its
 * length. An industry of 20,000 characters used to be "at most 300", of 20,001 "at most 20,000", and of 100,001 "is
 * longer than 100000 characters", while the schema allowed 100,000.
 */
class TextLimitsTest {
    static Stream<Arguments> overLimit() {
        return Stream.of(301, 20_000, 20_001, 100_001, 1_000_000).flatMap(length -> Stream.of(
                arguments("\"Retail\"", "industries[0]", length, 300),
                arguments("\"I like data.\"", "selfChecks[0].statement", length, 300),
                arguments("\"  Mini path  \"", "title", length, 300),
                arguments("\"Joins\"", "sections[0].items[0].subItems[0].title", length, 300)));
    }

    @ParameterizedTest(name = "{1}, {2} characters")
    @MethodSource("overLimit")
    void aTitleLikeTextBeyondItsLimitIsRefusedInOneForm(String target, String field, int length, int limit) {
        PathFileException refused = failureOf(minimalWith(target, "\"" + "x".repeat(length) + "\""));

        assertThat(refused).hasMessage("mini.json, field %s: is too long: %,d characters, at most %,d".formatted(field, length, limit));
    }

    static Stream<Arguments> longTextOverLimit() {
        return Stream.of(20_001, 100_001, 1_000_000).flatMap(length -> Stream.of(
                arguments("\"Joins first.\"", "sections[0].items[0].detail", length),
                arguments("\"Plain words\"", "skills[1].description", length),
                arguments("\" https://example.com/sql \"", "sections[0].items[0].resources[0].url", length)));
    }

    @ParameterizedTest(name = "{1}, {2} characters")
    @MethodSource("longTextOverLimit")
    void aLongTextBeyondItsLimitIsRefusedInOneForm(String target, String field, int length) {
        String value = field.endsWith("url") ? "https://example.com/" + "x".repeat(length - 20) : "x".repeat(length);

        PathFileException refused = failureOf(minimalWith(target, "\"" + value + "\""));

        assertThat(refused).hasMessage("mini.json, field %s: is too long: %,d characters, at most 20,000".formatted(field, length));
    }
}

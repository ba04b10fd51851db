package dev.stepwise.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A whole number too large for its field is valid JSON, so it is refused like any other value out of its field's
 * range: naming the field and the range. It used to stop the parser first ("not valid JSON … out of range of int
 * (-2147483648 - 2147483647)"), without the field.
 */
class NumbersOutOfRangeTest {
    private static final String PATH = "mini.json";
    private static final String PROGRESS = "p.json";

    private static String replaced(String json, String target, String replacement) {
        assertThat(json).containsOnlyOnce(target);
        return json.replace(target, replacement);
    }

    static Stream<Arguments> pathFiles() {
        String path = PathFileReaderTest.minimal();
        String huge = "9".repeat(1_000);
        return Stream.of(
                arguments(replaced(path, "\"contentVersion\": 3", "\"contentVersion\": 2147483648"),
                        "field contentVersion: must be a whole number from 1 to 2147483647, was 2147483648"),
                arguments(replaced(path, "\"formatVersion\": 1", "\"formatVersion\": 99999999999999999999999999999"),
                        "field formatVersion: this version of Stepwise reads format versions 1 to 2, the file has "
                                + "99999999999999999999999999999"),
                arguments(replaced(path, "\"targetLevel\": 3", "\"targetLevel\": -2147483649"),
                        "field skills[0].targetLevel: must be a level from 0 to 4, was -2147483649"),
                arguments(replaced(path, "\"estimateHours\": 20", "\"estimateHours\": 10000000000"),
                        "field sections[0].items[0].estimateHours: is more than 10,000 hours, was 10,000,000,000"),
                arguments(replaced(path, "\"contentVersion\": 3", "\"contentVersion\": " + huge),
                        "field contentVersion: must be a whole number from 1 to 2147483647, was " + "9".repeat(40) + "…"));
    }

    @ParameterizedTest
    @MethodSource("pathFiles")
    void aPathNumberBeyondItsFieldIsRefusedNamingTheFieldAndRange(String json, String message) {
        PathFileException refused = catchThrowableOfType(PathFileException.class,
                () -> new PathFileReader().read(PATH, bytes(json)));

        assertThat(refused).hasMessage(PATH + ", " + message);
    }

    static Stream<Arguments> progressFiles() {
        String progress = ProgressFileWriterTest.golden();
        return Stream.of(
                arguments(replaced(progress, "\"minutes\" : 45", "\"minutes\" : 1000000000000"),
                        "field studyTime[0].minutes: must be a whole number of minutes from 1 to 1440, was 1000000000000"),
                arguments(replaced(progress, "\"formatVersion\" : 2", "\"formatVersion\" : 99999999999999999999999999999"),
                        "field formatVersion: this version of Stepwise reads format versions 1 to 2, the file has "
                                + "99999999999999999999999999999"),
                arguments(replaced(progress, "\"level\" : 1", "\"level\" : 2147483648"),
                        "field skills[1].ratings[0].level: must be a level from 0 to 4, was 2147483648"),
                arguments(replaced(progress, "\"step\" : 0", "\"step\" : -99999999999"),
                        "field reviews[0].step: must be a step from 0 to 3, was -99999999999"),
                // Not a fraction: written with an exponent, and far beyond any version.
                arguments(replaced(progress, "\"formatVersion\" : 2", "\"formatVersion\" : 1e400"),
                        "field formatVersion: must be a whole number, was 1e400"));
    }

    @ParameterizedTest
    @MethodSource("progressFiles")
    void aProgressNumberBeyondItsFieldIsRefusedNamingTheFieldAndRange(String json, String message) {
        ProgressFileException refused = catchThrowableOfType(ProgressFileException.class,
                () -> new ProgressFileReader().read(PROGRESS, bytes(json)));

        assertThat(refused).hasMessage(PROGRESS + ", " + message);
    }

    @Test
    void theHeaderReaderNamesAContentVersionBeyondItsRange() {
        PathFileException refused = catchThrowableOfType(PathFileException.class, () -> new PathFileReader()
                .readHeader(PATH, bytes("{\"id\": \"mini\", \"contentVersion\": 2147483648}")));

        assertThat(refused).hasMessage(PATH + ", field contentVersion: must be a whole number from 1 to 2147483647, was 2147483648");
    }

    private static ByteArrayInputStream bytes(String json) {
        return new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8));
    }
}

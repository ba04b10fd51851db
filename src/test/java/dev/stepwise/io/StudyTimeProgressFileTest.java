package dev.stepwise.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.stepwise.domain.ProgressFile;
import dev.stepwise.fixtures.FixturePath;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/**
 * Format version 2's study time and reviews: a version-1 file still reads, version 2 round-trips, and a study session or
 * review that Stepwise cannot have written is refused naming the file and the field — and the schema agrees.
 */
class StudyTimeProgressFileTest {
    private static final String SOURCE = "small.json";

    private static String resource(String name) {
        try (InputStream in = StudyTimeProgressFileTest.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ProgressFile read(String json) {
        return new ProgressFileReader().read(SOURCE, new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    }

    private static String goldenWith(String target, String replacement) {
        String json = ProgressFileWriterTest.golden();
        int at = json.indexOf(target);
        if (at < 0 || json.indexOf(target, at + 1) >= 0) {
            throw new IllegalArgumentException("must occur exactly once in small-progress.json: " + target);
        }
        return json.replace(target, replacement);
    }

    @Test
    void aVersionOneFileStillReadsWithoutStudyTimeOrReviews() {
        String v1 = resource("small-progress-v1.json");
        assertThat(v1).contains("\"formatVersion\" : 1,");
        ProgressFile read = read(v1);

        assertThat(read.studyTime()).isEmpty();
        assertThat(read.reviews()).isEmpty();
        ProgressFile small = ProgressFileWriterTest.small();
        assertThat(read.items()).isEqualTo(small.items());
        assertThat(read.skills()).isEqualTo(small.skills());
        assertThat(FileSchemas.errors(FileSchemas.PROGRESS, v1)).isEmpty();
    }

    @Test
    void versionTwoRoundTripsStudyTimeAndReviews() {
        ProgressFile read = read(ProgressFileWriterTest.golden());
        assertThat(read.studyTime()).isEqualTo(ProgressFileWriterTest.studyTime());
        assertThat(read.reviews()).containsOnlyKeys(FixturePath.LEARN_LANGUAGE);
        assertThat(new ProgressFileWriter(java.time.Clock.systemUTC()).write(read)).isEqualTo(ProgressFileWriterTest.golden());
        assertThat(FileSchemas.errors(FileSchemas.PROGRESS, ProgressFileWriterTest.golden())).isEmpty();
    }

    static Stream<Arguments> refusedStudyFields() {
        return Stream.of(
                Arguments.of("\"minutes\" : 45", "\"minutes\" : 0",
                        "studyTime[0].minutes: must be a whole number of minutes from 1 to 1440, was 0"),
                Arguments.of("\"minutes\" : 45", "\"minutes\" : -45",
                        "studyTime[0].minutes: must be a whole number of minutes from 1 to 1440, was -45"),
                Arguments.of("\"minutes\" : 90", "\"minutes\" : 1441",
                        "studyTime[1].minutes: must be a whole number of minutes from 1 to 1440, was 1441"),
                Arguments.of("\"minutes\" : 45,", "",
                        "studyTime[0].minutes: is missing"),
                Arguments.of("\"minutes\" : 45", "\"minutes\" : \"45\"", "studyTime[0].minutes: must be a whole number, was text"),
                Arguments.of("\"minutes\" : 45", "\"minutes\" : 45.5",
                        "studyTime[0].minutes: must be a whole number, was a number with a fraction"),
                Arguments.of("\"2026-03-30T18:00:00.000000000Z\"", "\"2026-03-30 18:00\"",
                        "studyTime[0].startedAt: must be a UTC time like 2026-03-31T09:30:00.000000000Z, was \"2026-03-30 18:00\""),
                Arguments.of("\"source\" : \"manual\"", "\"source\" : \"guess\"",
                        "studyTime[0].source: must be one of timer, manual; was \"guess\""),
                Arguments.of("\"itemId\" : \"deploy-to-cloud\",\n      \"startedAt\" : \"2026-04-01T06:30:00.000000000Z\"",
                        "\"itemId\" : \"learn-language\",\n      \"startedAt\" : \"2026-03-30T18:00:00.000000000Z\"",
                        "studyTime[1].startedAt: \"learn-language@2026-03-30T18:00:00Z\" is used twice"),
                Arguments.of("\"dueOn\" : \"2026-04-02\"", "\"dueOn\" : \"2026-02-30\"",
                        "reviews[0].dueOn: must be a date like 2026-03-31, was \"2026-02-30\""),
                Arguments.of("\"step\" : 0", "\"step\" : 4", "reviews[0].step: must be a step from 0 to 3, was 4"),
                Arguments.of("\"plan\" : \"spaced\",\n      \"step\" : 0", "\"plan\" : \"in-two-weeks\",\n      \"step\" : 1",
                        "reviews[0].step: must be a step from 0 to 0, was 1"),
                Arguments.of("\"plan\" : \"spaced\"", "\"plan\" : \"often\"",
                        "reviews[0].plan: must be one of in-two-weeks, spaced; was \"often\""),
                Arguments.of("\"dueOn\" : \"2026-04-02\",", "\"dueOn\" : \"2026-04-02\", \"repeat\" : true,",
                        "reviews[0].repeat: unknown field \"repeat\""),
                Arguments.of("\"status\" : \"done\"", "\"status\" : \"learning\"",
                        "items[1].doneOn: only a done item has a done date, this one is \"learning\""),
                Arguments.of("\"formatVersion\" : 2", "\"formatVersion\" : 1",
                        "studyTime: “studyTime” is not part of format version 1"));
    }

    @ParameterizedTest(name = "{2}")
    @MethodSource("refusedStudyFields")
    void aStudyFieldStepwiseCannotHaveWrittenIsRefusedNamingFileAndField(String target, String replacement, String message) {
        String json = goldenWith(target, replacement);
        ProgressFileException failure = catchThrowableOfType(ProgressFileException.class, () -> read(json));
        assertThat(failure).as("refused").isNotNull();
        assertThat(failure).hasMessage(SOURCE + ", field " + message);
        if (!message.contains("used twice") && !message.contains("2026-02-30")) {
            // The schema says it cannot check these two (uniqueness of a pair, whether a date exists); the reader does.
            assertThat(FileSchemas.errors(FileSchemas.PROGRESS, json)).as("the schema refuses it too").isNotEmpty();
        }
    }

    @Test
    void aReviewOfAnItemTheFileSaysIsNotDoneIsRefused() {
        String json = goldenWith("\"status\" : \"done\",\n      \"note\" : \"Chose Kotlin.\",\n      \"startedOn\" : \"2026-03-30\",\n"
                + "      \"doneOn\" : \"2026-04-01\",", "\"status\" : \"learning\",\n      \"startedOn\" : \"2026-03-30\",");
        ProgressFileException failure = catchThrowableOfType(ProgressFileException.class, () -> read(json));
        assertThat(failure).hasMessage(SOURCE + ", field reviews[0].itemId: only a done item has a review, this one is \"learning\"");
    }
}

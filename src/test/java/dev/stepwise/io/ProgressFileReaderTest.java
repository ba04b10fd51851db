package dev.stepwise.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.stepwise.domain.ProgressFile;
import dev.stepwise.domain.Texts;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Reading {@code stepwise-progress} files strictly. Each broken input is the golden {@code small-progress.json} with
 * one piece replaced, and each rule is checked with its exact message, "file, field: problem".
 */
class ProgressFileReaderTest {
    private static final String SOURCE = "small.json";

    /** The golden file with {@code target} (which must occur exactly once) replaced. */
    private static String goldenWith(String target, String replacement) {
        String json = ProgressFileWriterTest.golden();
        int at = json.indexOf(target);
        if (at < 0 || json.indexOf(target, at + 1) >= 0) {
            throw new IllegalArgumentException("must occur exactly once in small-progress.json: " + target);
        }
        return json.replace(target, replacement);
    }

    private static ProgressFile read(String json) {
        return read(json.getBytes(StandardCharsets.UTF_8));
    }

    private static ProgressFile read(byte[] content) {
        return new ProgressFileReader().read(SOURCE, new ByteArrayInputStream(content));
    }

    private static ProgressFileException failureOf(String json) {
        ProgressFileException failure = catchThrowableOfType(ProgressFileException.class, () -> read(json));
        assertThat(failure).as("expected a ProgressFileException").isNotNull();
        return failure;
    }

    static Stream<Arguments> brokenFiles() {
        return Stream.of(
                // header
                Arguments.of("\"stepwise-progress\"", "\"stepwise-progres\"",
                        "format: must be \"stepwise-progress\", was \"stepwise-progres\""),
                Arguments.of("\"formatVersion\" : 2", "\"formatVersion\" : 3",
                        "formatVersion: this version of Stepwise reads format versions 1 to 2, the file has 3"),
                // Said as every missing field is, not "… the file has null".
                Arguments.of("\"formatVersion\" : 2,", "", "formatVersion: is missing"),
                Arguments.of("\"pathId\" : \"fixture-path\"", "\"pathId\" : \"Fixture Path\"",
                        "pathId: must be lower-case letters, digits and dashes (like \"learn-sql\"), was \"Fixture Path\""),
                Arguments.of("\"exportedAt\" : \"2026-04-02T08:15:00.000000000Z\",", "",
                        "exportedAt: is missing or empty"),
                Arguments.of("\"2026-04-02T08:15:00.000000000Z\"", "\"2026-04-02 08:15\"",
                        "exportedAt: must be a UTC time like 2026-03-31T09:30:00.000000000Z, was \"2026-04-02 08:15\""),
                // unknown fields and wrong kinds of value, never coerced
                Arguments.of("\"note\" : \"Chose Kotlin.\"", "\"note\" : \"Chose Kotlin.\", \"mood\" : \"good\"",
                        "items[1].mood: unknown field \"mood\""),
                Arguments.of("\"level\" : 1,", "\"level\" : \"1\",",
                        "skills[1].ratings[0].level: must be a whole number, was text"),
                Arguments.of("\"level\" : 3,", "\"level\" : 2.7,",
                        "skills[1].ratings[1].level: must be a whole number, was a number with a fraction"),
                Arguments.of("\"note\" : \"Chose Kotlin.\"", "\"note\" : 42",
                        "items[1].note: must be text, was a whole number"),
                Arguments.of("\"answer\" : \"not-sure\"", "\"answer\" : true",
                        "selfCheckAnswers[0].answer: must be text, was true or false"),
                Arguments.of("\"doneSubItems\" : [\n        \"choose-language\",\n        \"learn-git\"\n      ]",
                        "\"doneSubItems\" : \"learn-git\"",
                        "items[1].doneSubItems: must be a list, was text"),
                // impossible values
                Arguments.of("\"note\" : \"Chose Kotlin.\"", "\"note\" : \"" + "k".repeat(Texts.MAX_NOTE + 1) + "\"",
                        "items[1].note: A note can hold up to 100,000 characters; this one has 100,001."),
                Arguments.of("\"ownTarget\" : 4", "\"ownTarget\" : 5",
                        "skills[0].ownTarget: must be a level from 0 to 4, was 5"),
                Arguments.of("\"level\" : 1,", "\"level\" : -1,",
                        "skills[1].ratings[0].level: must be a level from 0 to 4, was -1"),
                Arguments.of("\"level\" : 1,", "",
                        "skills[1].ratings[0].level: is missing"),
                Arguments.of("\"2026-03-30T09:00:00.000000000Z\"", "\"yesterday\"",
                        "skills[1].ratings[0].ratedAt: must be a UTC time like 2026-03-31T09:30:00.000000000Z, was \"yesterday\""),
                Arguments.of("\"status\" : \"learning\"", "\"status\" : \"studying\"",
                        "items[2].status: must be one of not-started, learning, done, skipped; was \"studying\""),
                Arguments.of("\"answer\" : \"not-sure\"", "\"answer\" : \"maybe\"",
                        "selfCheckAnswers[0].answer: must be one of agree, not-sure, disagree; was \"maybe\""),
                Arguments.of("\"doneOn\" : \"2026-04-01\"", "\"doneOn\" : \"2026-04-31\"",
                        "items[1].doneOn: must be a date like 2026-03-31, was \"2026-04-31\""),
                Arguments.of("\"status\" : \"done\"", "\"status\" : \"learning\"",
                        "items[1].doneOn: only a done item has a done date, this one is \"learning\""),
                // times that cannot be: before 1970, in the future, a finish before its start
                Arguments.of("\"doneOn\" : \"2026-04-01\"", "\"doneOn\" : \"2026-03-29\"",
                        "items[1].doneOn: is 2026-03-29, before the item was started on 2026-03-30"),
                Arguments.of("\"doneOn\" : \"2026-04-01\"", "\"doneOn\" : \"9999-12-31\"",
                        "items[1].doneOn: must lie between 1970-01-01 and today, was 9999-12-31"),
                Arguments.of("\"startedOn\" : \"2026-04-01\"", "\"startedOn\" : \"0000-01-01\"",
                        "items[2].startedOn: must lie between 1970-01-01 and today, was 0000-01-01"),
                Arguments.of("\"2026-03-30T09:00:00.000000000Z\"", "\"2999-12-31T23:59:59.000000000Z\"",
                        "skills[1].ratings[0].ratedAt: must lie between 1970-01-01 and today, was 2999-12-31T23:59:59.000000000Z"),
                Arguments.of("\"exportedAt\" : \"2026-04-02T08:15:00.000000000Z\"",
                        "\"exportedAt\" : \"1969-12-31T23:59:59.000000000Z\"",
                        "exportedAt: must lie between 1970-01-01 and today, was 1969-12-31T23:59:59.000000000Z"),
                Arguments.of("\"learn-git\"", "\"Learn Git\"",
                        "items[1].doneSubItems[1]: must be lower-case letters, digits and dashes (like \"learn-sql\"), was \"Learn Git\""),
                // duplicate ids
                Arguments.of("\"itemId\" : \"learn-sql\"", "\"itemId\" : \"build-api\"",
                        "items[2].itemId: \"build-api\" is used twice"),
                Arguments.of("\"skillId\" : \"language\"", "\"skillId\" : \"databases\"",
                        "skills[1].skillId: \"databases\" is used twice"),
                Arguments.of("\"learn-git\"", "\"choose-language\"",
                        "items[1].doneSubItems[1]: \"choose-language\" is used twice"),
                Arguments.of("\"answer\" : \"not-sure\"",
                        "\"answer\" : \"not-sure\"\n    },\n    {\n      \"selfCheckId\" : \"likes-bug-hunts\",\n"
                                + "      \"answer\" : \"agree\"",
                        "selfCheckAnswers[1].selfCheckId: \"likes-bug-hunts\" is used twice"),
                // the JSON itself
                Arguments.of("\"status\" : \"learning\",", "\"status\" : \"learning\", \"status\" : \"done\",",
                        "items[2].status: the key appears twice (line 25, column 38)"),
                Arguments.of("\"ratings\" : [ ]", "\"ratings\" : [ [ [ [ [ [ ] ] ] ] ] ]",
                        "skills[0].ratings[0][0][0][0][0]: nested deeper than 8 levels"));
    }

    @ParameterizedTest(name = "{2}")
    @MethodSource("brokenFiles")
    void refusesABrokenFileNamingTheField(String target, String replacement, String message) {
        assertThat(failureOf(goldenWith(target, replacement))).hasMessage(SOURCE + ", field " + message);
    }

    @Test
    void refusesAFileOverFiveMegabytes() {
        byte[] large = new byte[ProgressFileReader.MAX_BYTES + 1];
        Arrays.fill(large, (byte) ' ');
        ProgressFileException failure = catchThrowableOfType(ProgressFileException.class, () -> read(large));
        assertThat(failure).hasMessage("small.json: is larger than 5 MB, too large for a progress file");
    }

    @Test
    void readsAFileOfExactlyFiveMegabytes() {
        String golden = ProgressFileWriterTest.golden();
        String padded = golden + " ".repeat(ProgressFileReader.MAX_BYTES - golden.getBytes(StandardCharsets.UTF_8).length);
        assertThat(read(padded)).isEqualTo(ProgressFileWriterTest.small());
    }

    @Test
    void refusesAnEmptyFile() {
        assertThat(failureOf(" \n")).hasMessage("small.json: the file is empty");
    }

    @Test
    void refusesNull() {
        assertThat(failureOf("null")).hasMessage("small.json: the file holds no progress (it is \"null\")");
    }

    @Test
    void refusesInvalidJsonSayingWhere() {
        assertThat(failureOf(goldenWith("\"formatVersion\" : 2,", "\"formatVersion\" : 2")).getMessage())
                .isEqualTo("small.json: unexpected text \"pathId\" at line 4, column 3");
    }

    @Test
    void refusesTrailingContent() {
        assertThat(failureOf(ProgressFileWriterTest.golden() + "{}"))
                .hasMessage("small.json: not valid JSON at line 79, column 2 (more content after the end)");
    }

    @Test
    void readsAbsentOptionalFieldsAsNothing() {
        ProgressFile file = read("""
                {"format": "stepwise-progress", "formatVersion": 1, "pathId": "p", "exportedAt": "2026-04-02T08:15:00Z",
                 "items": [{"itemId": "a", "status": "not-started"}], "skills": [{"skillId": "s"}]}
                """);
        assertThat(file.items().get("a").note()).isEmpty();
        assertThat(file.items().get("a").doneSubItemIds()).isEmpty();
        assertThat(file.skills().get("s").ownTarget()).isNull();
        assertThat(file.skills().get("s").history()).isEmpty();
        assertThat(file.selfCheckAnswers()).isEmpty();
    }
}

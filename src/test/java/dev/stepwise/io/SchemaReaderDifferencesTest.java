package dev.stepwise.io;

import static dev.stepwise.io.FileSchemas.PATH;
import static dev.stepwise.io.FileSchemas.PROGRESS;
import static dev.stepwise.io.FileSchemas.errors;
import static dev.stepwise.io.FileSchemas.locations;
import static dev.stepwise.io.SchemaReaderAgreementTest.pathFailure;
import static dev.stepwise.io.SchemaReaderAgreementTest.pointer;
import static dev.stepwise.io.SchemaReaderAgreementTest.progressFailure;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import dev.stepwise.domain.Texts;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Where schema and reader knowingly differ, each case pinned so that closing a gap (or opening a new one) shows up
 * here and the schema's descriptions can be brought along.
 */
class SchemaReaderDifferencesTest {
    private static final String ITEM = "/sections/0/items/0";

    /** Rules that need the whole file, or that JSON Schema cannot state; the descriptions name them instead. */
    static Stream<Arguments> onlyTheReaderRefuses() {
        return Stream.of(
                arguments("an item id used twice across sections", "/sections/1/items/0/id", "\"learn-language\""),
                arguments("a skill id used twice", "/skills/1/id", "\"language\""),
                arguments("a sub-step id used twice in its item", ITEM + "/subItems/1/id", "\"choose-language\""),
                arguments("an item building a skill the path lacks", ITEM + "/skills/0", "\"cooking\""),
                arguments("a date that does not exist", ITEM + "/targetDate", "\"2026-02-30\""),
                arguments("a whole number written with a fraction", "/skills/0/targetLevel", "3.0"),
                arguments("the format version written with a fraction", "/formatVersion", "1.0"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("onlyTheReaderRefuses")
    void aPathRuleOnlyTheReaderChecks(String rule, String at, String value) {
        String json = Documents.with(PathSchemaTest.fixture(), at, value);
        assertThat(pathFailure(json)).as("the reader refuses it").isNotNull();
        assertThat(errors(PATH, json)).isEmpty();
    }

    static Stream<Arguments> onlyTheReaderRefusesInProgress() {
        return Stream.of(
                arguments("an item id used twice", "/items/1/itemId", "\"build-api\""),
                arguments("a skill id used twice", "/skills/1/skillId", "\"databases\""),
                arguments("a time that does not exist", "/skills/1/ratings/0/ratedAt", "\"2026-02-30T09:00:00Z\""),
                arguments("a level written with a fraction", "/skills/1/ratings/0/level", "3.0"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("onlyTheReaderRefusesInProgress")
    void aProgressRuleOnlyTheReaderChecks(String rule, String at, String value) {
        String json = Documents.with(ProgressFileWriterTest.golden(), at, value);
        assertThat(progressFailure(json)).as("the reader refuses it").isNotNull();
        assertThat(errors(PROGRESS, json)).isEmpty();
    }

    /**
     * What the editors would never write — text beyond their limits, an estimate above theirs, values with spaces
     * around them or in capitals — is refused by both, each naming the field.
     */
    static Stream<Arguments> bothRefuseWhatTheEditorsWouldNotWrite() {
        return Stream.of(
                arguments("a title longer than the editors allow", "/title", "\"" + "x".repeat(Texts.MAX_TITLE + 1) + "\""),
                arguments("a detail longer than the editors allow", ITEM + "/detail", "\"" + "x".repeat(Texts.MAX_TEXT + 1) + "\""),
                arguments("an industry longer than the editors allow", "/industries/0", "\"" + "x".repeat(Texts.MAX_TITLE + 1) + "\""),
                arguments("a statement longer than the editors allow", "/selfChecks/0/statement",
                        "\"" + "x".repeat(Texts.MAX_TITLE + 1) + "\""),
                arguments("a link longer than any text may be", ITEM + "/resources/0/url",
                        "\"https://example.com/" + "x".repeat(Texts.MAX_TEXT) + "\""),
                arguments("an estimate above the editor's limit", ITEM + "/estimateHours", String.valueOf(Texts.MAX_ESTIMATE_HOURS + 1)),
                arguments("a section kind in capitals", "/sections/0/kind", "\"STEPS\""),
                arguments("an id with spaces around it", "/id", "\" fixture-path \""),
                arguments("an empty target date", ITEM + "/targetDate", "\"\""),
                arguments("a target date with spaces around it", ITEM + "/targetDate", "\" 2026-03-31 \""));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("bothRefuseWhatTheEditorsWouldNotWrite")
    void aPathTheEditorsWouldNotWriteIsRefusedByBothAtTheSameField(String rule, String at, String value) {
        String json = Documents.with(PathSchemaTest.fixture(), at, value);
        FileProblemException failure = pathFailure(json);
        assertThat(failure).as("the reader refuses it").isNotNull();
        assertThat(pointer(failure.field())).isEqualTo(at);
        assertThat(locations(errors(PATH, json))).containsExactly(at);
    }

    /**
     * Text is stored without the spaces around it, links included (the stored link is the one checked); the schema
     * asks authors not to write them at all.
     */
    @Test
    void aLinkWithSpacesAroundItIsStoredWithoutThemWhileTheSchemaRefusesIt() {
        String json = Documents.with(PathSchemaTest.fixture(), ITEM + "/resources/0/url", "\" https://dev.java/learn/ \"");
        assertThat(pathFailure(json)).as("the reader accepts it").isNull();
        assertThat(locations(errors(PATH, json))).containsExactly(ITEM + "/resources/0/url");
    }
}

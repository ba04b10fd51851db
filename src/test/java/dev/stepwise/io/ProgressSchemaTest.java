package dev.stepwise.io;

import static dev.stepwise.io.FileSchemas.PROGRESS;
import static dev.stepwise.io.FileSchemas.errors;
import static dev.stepwise.io.FileSchemas.locations;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import dev.stepwise.domain.ItemProgress;
import dev.stepwise.domain.ItemStatus;
import dev.stepwise.domain.Level;
import dev.stepwise.domain.PathState;
import dev.stepwise.domain.Rating;
import dev.stepwise.domain.SelfCheckAnswer;
import dev.stepwise.domain.SkillProgress;
import dev.stepwise.fixtures.FixturePath;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The published {@code stepwise-progress} schema accepts every progress Stepwise can export and refuses a broken
 * value at the place where it is broken. The negative cases edit the golden {@code small-progress.json}:
 * items[1] is a done item, items[2] a learning one, skills[1] has two ratings.
 */
class ProgressSchemaTest {
    private static final Instant EXPORTED = Instant.parse("2026-05-06T07:08:09.000000123Z");
    private static final LocalDate MARCH = LocalDate.of(2026, 3, 2);
    private static final LocalDate APRIL = LocalDate.of(2026, 4, 20);

    /** Progress that uses every field and every value: each status, notes, sub-steps, rating histories, targets, answers. */
    static PathState richProgress() {
        Map<String, ItemProgress> items = Map.of(
                FixturePath.LEARN_LANGUAGE, new ItemProgress(FixturePath.LEARN_LANGUAGE, ItemStatus.DONE,
                        "Chose Kotlin.\nWrote\ttests too — ✓", Set.of(FixturePath.CHOOSE_LANGUAGE, FixturePath.LEARN_GIT,
                        FixturePath.WRITE_FIRST_TESTS), MARCH, APRIL),
                FixturePath.LEARN_SQL, new ItemProgress(FixturePath.LEARN_SQL, ItemStatus.LEARNING, "Joins are next.",
                        Set.of(FixturePath.INDEXES), MARCH, null),
                FixturePath.BUILD_API, new ItemProgress(FixturePath.BUILD_API, ItemStatus.SKIPPED, "Did one at work.",
                        Set.of(), MARCH, null),
                FixturePath.DEPLOY, new ItemProgress(FixturePath.DEPLOY, ItemStatus.NOT_STARTED, "After the API.",
                        Set.of("docker-image"), null, null),
                FixturePath.CS_DEGREE, new ItemProgress(FixturePath.CS_DEGREE, ItemStatus.DONE, "", Set.of(), null, null));
        Map<String, SkillProgress> skills = Map.of(
                "language", new SkillProgress("language", Level.TEACHES, List.of(
                        new Rating(Level.NOT_YET, Instant.parse("2026-03-01T00:00:00Z"), ""),
                        new Rating(Level.GUIDED, Instant.parse("2026-03-15T12:30:45.5Z"), "With the book open."),
                        new Rating(Level.INDEPENDENT, Instant.parse("2026-04-20T23:59:59.999999999Z"), "Shipped a CLI."))),
                "databases", new SkillProgress("databases", Level.NOT_YET, List.of()),
                "communication", new SkillProgress("communication", null, List.of(
                        new Rating(Level.TEACHES, Instant.parse("2026-04-01T08:00:00Z"), "Ran the team's retro."))),
                "security", new SkillProgress("security", Level.AWARE, List.of(
                        new Rating(Level.AWARE, Instant.parse("2026-04-02T08:00:00Z"), ""))));
        Map<String, SelfCheckAnswer> answers = Map.of("likes-puzzles", SelfCheckAnswer.AGREE,
                "likes-data", SelfCheckAnswer.NOT_SURE, "likes-bug-hunts", SelfCheckAnswer.DISAGREE);
        return new PathState(FixturePath.path(), items, skills, answers);
    }

    private static String export(PathState state) {
        return new ProgressFileWriter(Clock.fixed(EXPORTED, ZoneOffset.UTC)).write(state);
    }

    @Test
    void theRichProgressCoversEveryStatusAnswerAndLevel() {
        PathState state = richProgress();
        assertThat(state.items().values()).extracting(ItemProgress::status).containsAll(Arrays.asList(ItemStatus.values()));
        assertThat(state.selfCheckAnswers().values()).containsAll(Arrays.asList(SelfCheckAnswer.values()));
        assertThat(state.skills().values().stream().flatMap(skill -> skill.history().stream()).map(Rating::level))
                .containsAll(Arrays.asList(Level.values()));
    }

    @Test
    void anExportOfRichProgressIsValid() {
        assertThat(errors(PROGRESS, export(richProgress()))).isEmpty();
    }

    @Test
    void anExportOfNoProgressIsValid() {
        assertThat(errors(PROGRESS, export(PathState.fresh(FixturePath.path())))).isEmpty();
    }

    @Test
    void theGoldenFileIsValid() {
        assertThat(errors(PROGRESS, ProgressFileWriterTest.golden())).isEmpty();
    }

    static Stream<Arguments> brokenValues() {
        return Stream.of(
                arguments("/format", "\"stepwise-path\"", "/format"),
                arguments("/formatVersion", "\"1\"", "/formatVersion"),
                arguments("/pathId", "\"Fixture Path\"", "/pathId"),
                arguments("/exportedAt", "\"2026-04-02 08:15\"", "/exportedAt"),
                arguments("/exportedAt", "1775117700", "/exportedAt"),
                arguments("/items/1/status", "\"finished\"", "/items/1/status"),
                arguments("/items/1/status", "\"DONE\"", "/items/1/status"),
                arguments("/items/1/note", "42", "/items/1/note"),
                arguments("/items/1/startedOn", "\"\"", "/items/1/startedOn"),
                arguments("/items/1/doneSubItems", "[\"learn-git\", \"learn-git\"]", "/items/1/doneSubItems"),
                arguments("/items/2/doneOn", "\"2026-04-02\"", "/items/2/doneOn"),
                arguments("/items/2/itemId", "\"learn_sql\"", "/items/2/itemId"),
                arguments("/skills/0/ownTarget", "5", "/skills/0/ownTarget"),
                arguments("/skills/0/ownTarget", "\"4\"", "/skills/0/ownTarget"),
                arguments("/skills/1/ratings/1/level", "5", "/skills/1/ratings/1/level"),
                arguments("/skills/1/ratings/1/level", "2.7", "/skills/1/ratings/1/level"),
                arguments("/skills/1/ratings/1/level", "true", "/skills/1/ratings/1/level"),
                arguments("/skills/1/ratings/1/ratedAt", "\"yesterday\"", "/skills/1/ratings/1/ratedAt"),
                arguments("/selfCheckAnswers/0/answer", "\"maybe\"", "/selfCheckAnswers/0/answer"),
                arguments("/items/0/progress", "50", "/items/0/progress"),
                arguments("/skills/1/ratings/0/by", "\"teacher\"", "/skills/1/ratings/0/by"),
                arguments("/learner", "\"Ada\"", "/learner"));
    }

    @ParameterizedTest(name = "{0} = {1}")
    @MethodSource("brokenValues")
    void aBrokenValueIsRefusedWhereItIs(String pointer, String value, String location) {
        String broken = Documents.with(ProgressFileWriterTest.golden(), pointer, value);
        assertThat(locations(errors(PROGRESS, broken))).containsExactly(location);
    }

    static Stream<String> requiredFields() {
        return Stream.of("/format", "/formatVersion", "/pathId", "/exportedAt", "/items/0/itemId", "/items/0/status",
                "/skills/0/skillId", "/skills/1/ratings/0/level", "/skills/1/ratings/0/ratedAt", "/selfCheckAnswers/0/selfCheckId",
                "/selfCheckAnswers/0/answer");
    }

    @ParameterizedTest
    @MethodSource("requiredFields")
    void aMissingRequiredFieldIsNamed(String pointer) {
        assertThat(locations(errors(PROGRESS, Documents.without(ProgressFileWriterTest.golden(), pointer)))).containsExactly(pointer);
    }

    @Test
    void aDoneDateMayBeNullOnAnyStatusAndSetOnADoneItem() {
        String golden = ProgressFileWriterTest.golden();
        assertThat(errors(PROGRESS, Documents.with(golden, "/items/2/doneOn", "null"))).isEmpty();
        assertThat(errors(PROGRESS, Documents.with(golden, "/items/1/doneOn", "\"2026-04-30\""))).isEmpty();
    }

    @Test
    void aTimeIsInUtcAsStepwiseWritesIt() {
        String golden = ProgressFileWriterTest.golden();
        assertThat(errors(PROGRESS, Documents.with(golden, "/exportedAt", "\"2026-04-02T10:15:00Z\""))).isEmpty();
        assertThat(errors(PROGRESS, Documents.with(golden, "/exportedAt", "\"2026-04-02T10:15:00.5Z\""))).isEmpty();
        assertThat(errors(PROGRESS, Documents.with(golden, "/exportedAt", "\"2026-04-02T10:15:00+02:00\""))).isNotEmpty();
        assertThat(errors(PROGRESS, Documents.with(golden, "/exportedAt", "\"2026-04-02T10:15Z\""))).isNotEmpty();
    }
}

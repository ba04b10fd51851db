package dev.stepwise.io;

import static dev.stepwise.io.PathFileReaderTest.failureOf;
import static dev.stepwise.io.PathFileReaderTest.minimalWith;
import static dev.stepwise.io.PathFileReaderTest.read;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import dev.stepwise.domain.LearningPath;
import dev.stepwise.domain.Milestone;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Path files of format version 2 carry milestones; version 1 files still read; anything else is refused by field. */
class MilestonePathFileTest {
    private static final String V1_END = "\"selfChecks\": [{\"id\": \"likes-data\", \"statement\": \"I like data.\"}]";

    /** The minimal file as version 2 with the given milestones array. */
    static String withMilestones(String milestones) {
        return minimalWith(V1_END, V1_END + ",\n  \"milestones\": " + milestones).replace("\"formatVersion\": 1", "\"formatVersion\": 2");
    }

    @Test
    void aPathWithMilestonesAndItemDatesRoundTripsThroughAVersion2File() {
        LearningPath path = read(withMilestones("""
                [{"id": "week-4", "title": "Week 4 — first API", "due": "2026-04-24", "items": ["explain-design", "learn-sql"]},
                 {"id": "start", "title": "Start", "due": "2026-04-01"}]"""));
        assertThat(path.milestones()).containsExactly(
                new Milestone("week-4", "Week 4 — first API", LocalDate.of(2026, 4, 24), List.of("explain-design", "learn-sql")),
                new Milestone("start", "Start", LocalDate.of(2026, 4, 1), List.of()));

        String written = new PathFileWriter().write(path);
        assertThat(written).contains("\"formatVersion\" : 2", "\"milestones\"", "\"due\" : \"2026-04-24\"");
        assertThat(read(written)).isEqualTo(path);
    }

    @Test
    void aVersion1FileStillReadsWithoutMilestonesAndKeepsItsItemDates() {
        LearningPath path = read(PathFileReaderTest.minimal());
        assertThat(path.milestones()).isEmpty();
        assertThat(path.item("learn-sql").orElseThrow().targetDate()).isEqualTo(LocalDate.of(2026, 3, 31));
        assertThat(new PathFileWriter().write(path)).doesNotContain("milestones");
    }

    @Test
    void aFileOfANewerFormatVersionIsRefused() {
        PathFileException failure = failureOf(minimalWith("\"formatVersion\": 1", "\"formatVersion\": 3"));
        assertThat(failure.field()).isEqualTo("formatVersion");
        assertThat(failure.getMessage()).contains("mini.json", "3");
    }

    static Stream<Arguments> badMilestones() {
        return Stream.of(
                arguments("[{\"id\": \"m\", \"title\": \"M\", \"due\": \"2026-04-01\", \"items\": [\"nope\"]}]",
                        "milestones[0].items[0]", "nope"),
                arguments("[{\"id\": \"m\", \"title\": \"M\", \"due\": \"2026-04-01\", \"items\": [\"learn-sql\", \"learn-sql\"]}]",
                        "milestones[0].items[1]", "learn-sql"),
                arguments("[{\"id\": \"m\", \"title\": \"M\", \"due\": \"2026-02-30\"}]", "milestones[0].due", "2026-02-30"),
                arguments("[{\"id\": \"m\", \"title\": \"M\", \"due\": \"01/04/2026\"}]", "milestones[0].due", "01/04/2026"),
                arguments("[{\"id\": \"m\", \"title\": \"M\", \"due\": \"3000-01-01\"}]", "milestones[0].due", "2999-12-31"),
                arguments("[{\"id\": \"m\", \"title\": \"M\"}]", "milestones[0].due", ""),
                arguments("[{\"id\": \"m\", \"title\": \" \", \"due\": \"2026-04-01\"}]", "milestones[0].title", ""),
                arguments("[{\"id\": \"m\", \"title\": \"" + "x".repeat(301) + "\", \"due\": \"2026-04-01\"}]",
                        "milestones[0].title", "300"),
                arguments("[{\"id\": \"M 1\", \"title\": \"M\", \"due\": \"2026-04-01\"}]", "milestones[0].id", "M 1"),
                arguments("[{\"id\": \"m\", \"title\": \"M\", \"due\": \"2026-04-01\"}, {\"id\": \"m\", \"title\": \"N\", "
                        + "\"due\": \"2026-04-02\"}]", "milestones[1].id", "m"),
                arguments("[{\"id\": \"m\", \"title\": \"M\", \"due\": 20260401}]", "milestones[0].due", ""),
                arguments("[{\"id\": \"m\", \"title\": \"M\", \"due\": \"2026-04-01\", \"when\": 1}]", "milestones[0].when", "when"));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("badMilestones")
    void aBadMilestoneIsRefusedNamingTheFileAndTheField(String milestones, String field, String mentioned) {
        PathFileException failure = failureOf(withMilestones(milestones));
        assertThat(failure.field()).isEqualTo(field);
        assertThat(failure.getMessage()).contains("mini.json", field, mentioned);
    }

    @Test
    void aVersion1FileMayNotCarryMilestonesAndTooManyAreRefused() {
        String v1 = withMilestones("[]").replace("\"formatVersion\": 2", "\"formatVersion\": 1");
        assertThat(failureOf(v1).field()).isEqualTo("milestones");
        String many = Stream.iterate(0, i -> i + 1).limit(PathFileMilestones.MAX_MILESTONES + 1)
                .map(i -> "{\"id\": \"m" + i + "\", \"title\": \"M\", \"due\": \"2026-04-01\"}")
                .reduce((a, b) -> a + "," + b).map(list -> "[" + list + "]").orElseThrow();
        assertThat(failureOf(withMilestones(many)).field()).isEqualTo("milestones");
    }

    @Test
    void anItemsTargetDateIsCheckedForRangeToo() {
        PathFileException failure = failureOf(minimalWith("\"targetDate\": \"2026-03-31\"", "\"targetDate\": \"0001-01-01\""));
        assertThat(failure.field()).isEqualTo("sections[0].items[0].targetDate");
    }
}

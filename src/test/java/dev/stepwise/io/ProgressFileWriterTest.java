package dev.stepwise.io;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stepwise.domain.ItemProgress;
import dev.stepwise.domain.ItemStatus;
import dev.stepwise.domain.Level;
import dev.stepwise.domain.PathState;
import dev.stepwise.domain.ProgressFile;
import dev.stepwise.domain.Rating;
import dev.stepwise.domain.Review;
import dev.stepwise.domain.ReviewPlan;
import dev.stepwise.domain.SelfCheckAnswer;
import dev.stepwise.domain.SkillProgress;
import dev.stepwise.domain.StudyEntry;
import dev.stepwise.domain.StudyLog;
import dev.stepwise.domain.StudySource;
import dev.stepwise.fixtures.FixturePath;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Writing {@code stepwise-progress} files: the golden file, and export → import → export giving the same bytes. */
class ProgressFileWriterTest {
    static final Instant EXPORTED = Instant.parse("2026-04-02T08:15:00Z");

    static String golden() {
        try (InputStream in = ProgressFileWriterTest.class.getResourceAsStream("small-progress.json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What {@code small-progress.json} holds, built in code. */
    static ProgressFile small() {
        Map<String, ItemProgress> items = Map.of(
                FixturePath.LEARN_LANGUAGE, new ItemProgress(FixturePath.LEARN_LANGUAGE, ItemStatus.DONE, "Chose Kotlin.",
                        Set.of(FixturePath.LEARN_GIT, FixturePath.CHOOSE_LANGUAGE), LocalDate.of(2026, 3, 30), LocalDate.of(2026, 4, 1)),
                FixturePath.LEARN_SQL, new ItemProgress(FixturePath.LEARN_SQL, ItemStatus.LEARNING, "", Set.of(),
                        LocalDate.of(2026, 4, 1), null),
                FixturePath.BUILD_API, new ItemProgress(FixturePath.BUILD_API, ItemStatus.SKIPPED, "", Set.of(),
                        LocalDate.of(2026, 3, 30), null));
        Map<String, SkillProgress> skills = Map.of(
                "language", new SkillProgress("language", null, List.of(
                        new Rating(Level.INDEPENDENT, Instant.parse("2026-04-01T17:45:30.123456789Z"), "Shipped a CLI."),
                        new Rating(Level.AWARE, Instant.parse("2026-03-30T09:00:00Z"), ""))),
                "databases", new SkillProgress("databases", Level.TEACHES, List.of()));
        return new ProgressFile(FixturePath.ID, EXPORTED, items, skills, Map.of("likes-bug-hunts", SelfCheckAnswer.NOT_SURE),
                studyTime(), Map.of(FixturePath.LEARN_LANGUAGE, review()));
    }

    static List<StudyEntry> studyTime() {
        return List.of(new StudyEntry(FixturePath.LEARN_LANGUAGE, Instant.parse("2026-03-30T18:00:00Z"), 45, StudySource.MANUAL),
                new StudyEntry(FixturePath.DEPLOY, Instant.parse("2026-04-01T06:30:00Z"), 90, StudySource.TIMER));
    }

    static Review review() {
        return new Review(FixturePath.LEARN_LANGUAGE, LocalDate.of(2026, 4, 2), ReviewPlan.SPACED, 0);
    }

    private static ProgressFile read(String json) {
        return new ProgressFileReader().read("small.json", new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    }

    private final ProgressFileWriter writer = new ProgressFileWriter(Clock.fixed(EXPORTED, ZoneOffset.UTC));

    @Test
    void writesTheGoldenFile() {
        assertThat(writer.write(small())).isEqualTo(golden());
    }

    @Test
    void readsTheGoldenFile() {
        assertThat(read(golden())).isEqualTo(small());
    }

    @Test
    void exportImportExportGivesTheSameBytes() {
        String exported = writer.write(small());
        String again = writer.write(read(exported));
        assertThat(again.getBytes(StandardCharsets.UTF_8)).isEqualTo(exported.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void writesAStateExportedNowForItsPath() {
        PathState state = new PathState(FixturePath.path(), small().items(), small().skills(), small().selfCheckAnswers());
        StudyLog log = StudyLog.of(studyTime(), Optional.empty(), List.of(review()));
        assertThat(writer.write(state, log)).isEqualTo(golden());
    }

    @Test
    void writesNoProgressAsEmptyLists() {
        String written = writer.write(PathState.fresh(FixturePath.path()));
        assertThat(written).isEqualTo("""
                {
                  "format" : "stepwise-progress",
                  "formatVersion" : 2,
                  "pathId" : "fixture-path",
                  "exportedAt" : "2026-04-02T08:15:00.000000000Z",
                  "items" : [ ],
                  "skills" : [ ],
                  "selfCheckAnswers" : [ ],
                  "studyTime" : [ ],
                  "reviews" : [ ]
                }
                """);
        assertThat(writer.write(read(written))).isEqualTo(written);
    }
}

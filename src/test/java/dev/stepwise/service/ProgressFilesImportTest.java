package dev.stepwise.service;

import static dev.stepwise.fixtures.FixturePath.BUILD_API;
import static dev.stepwise.fixtures.FixturePath.CHOOSE_LANGUAGE;
import static dev.stepwise.fixtures.FixturePath.LEARN_GIT;
import static dev.stepwise.fixtures.FixturePath.LEARN_LANGUAGE;
import static dev.stepwise.fixtures.FixturePath.LEARN_SQL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.stepwise.domain.ActivityKind;
import dev.stepwise.domain.ItemProgress;
import dev.stepwise.domain.ItemStatus;
import dev.stepwise.domain.Level;
import dev.stepwise.domain.PathChange;
import dev.stepwise.domain.PathEdits;
import dev.stepwise.domain.PathState;
import dev.stepwise.domain.ProgressChange;
import dev.stepwise.domain.ProgressFile;
import dev.stepwise.domain.ProgressMerge;
import dev.stepwise.domain.Rating;
import dev.stepwise.domain.SelfCheckAnswer;
import dev.stepwise.domain.SkillProgress;
import dev.stepwise.fixtures.FixturePath;
import dev.stepwise.fixtures.TestClock;
import dev.stepwise.io.ProgressFileException;
import dev.stepwise.io.ProgressFileReader;
import dev.stepwise.io.ProgressFileWriter;
import dev.stepwise.store.Probe;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Importing progress files through the services on a real database file, the way the window does it: the bytes read
 * by the strict reader, then previewed or imported. (Export → read → write giving the same bytes is in
 * {@link ProgressFilesTest}.)
 */
class ProgressFilesImportTest {
    private static final String PATH = FixturePath.ID;
    private static final Instant RATED = Instant.parse("2026-03-31T12:00:00Z");

    @TempDir
    Path dir;
    private Path file;
    private TestClock clock;
    private Stepwise stepwise;

    @BeforeEach
    void open() {
        file = dir.resolve("stepwise.db");
        clock = TestClock.utc("2026-03-30T09:00:00Z");
        stepwise = Stepwise.open(file, List.of(FixturePath.path()), clock);
        ProgressService progress = stepwise.progress();
        progress.setStatus(PATH, LEARN_LANGUAGE, ItemStatus.LEARNING);
        progress.setSubItemDone(PATH, LEARN_LANGUAGE, CHOOSE_LANGUAGE, true);
        progress.rate(PATH, FixturePath.LANGUAGE.id(), Level.AWARE, "Read the tour.");
        progress.answerSelfCheck(PATH, "likes-puzzles", SelfCheckAnswer.AGREE);
        clock.advance(Duration.ofDays(1));
    }

    @AfterEach
    void close() {
        stepwise.close();
    }

    private static ProgressFile read(String json) {
        return new ProgressFileReader().read("progress.json", new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    }

    /** What another machine has: the first step done with a note, SQL started, a newer rating, a target, answers. */
    private ProgressFile fromElsewhere() {
        PathState here = stepwise.progress().load(PATH);
        ItemProgress language = new ItemProgress(LEARN_LANGUAGE, ItemStatus.DONE, "Chose Kotlin.",
                Set.of(CHOOSE_LANGUAGE, LEARN_GIT), LocalDate.parse("2026-03-30"), LocalDate.parse("2026-03-31"));
        ItemProgress sql = new ItemProgress(LEARN_SQL, ItemStatus.LEARNING, "", Set.of(), LocalDate.parse("2026-03-31"), null);
        SkillProgress skill = here.skillProgressOf(FixturePath.LANGUAGE.id())
                .withRating(new Rating(Level.INDEPENDENT, RATED, "Shipped a CLI."));
        SkillProgress databases = new SkillProgress(FixturePath.DATABASES.id(), Level.TEACHES, List.of());
        ProgressFile file = new ProgressFile(PATH, RATED, Map.of(LEARN_LANGUAGE, language, LEARN_SQL, sql),
                Map.of(skill.skillId(), skill, databases.skillId(), databases),
                Map.of("likes-puzzles", SelfCheckAnswer.DISAGREE, "likes-data", SelfCheckAnswer.AGREE));
        // Through the writer and the strict reader, as a file really arrives.
        return read(new ProgressFileWriter(clock).write(file));
    }

    private List<List<String>> importEvents() {
        return Probe.rows(file, "SELECT at, path_id, kind, subject_id, payload FROM activity WHERE kind = 'PROGRESS_IMPORTED'");
    }

    @Test
    void thePreviewListsTheChangesAndWritesNothing() {
        ProgressFile incoming = fromElsewhere();
        DiskState was = DiskState.of(file);

        ProgressMerge.Result preview = stepwise.progressFiles().preview("progress.json", incoming);

        assertThat(preview.changes()).extracting(ProgressChange::id, change -> change.detail().english()).containsExactly(
                tuple(LEARN_LANGUAGE, "Learning → Done, note added, 1 sub-step ticked"),
                tuple(LEARN_SQL, "Not started → Learning"),
                tuple("language", "1 rating added, level 1 → 3"),
                tuple("databases", "target from the path → 4"),
                tuple("likes-puzzles", "Agree → Disagree"),
                tuple("likes-data", "No answer → Agree"));
        DiskState now = DiskState.of(file);
        assertThat(was.rowChangesTo(now)).isEmpty();
        assertThat(now).isEqualTo(was);
    }

    @Test
    void anImportIsAppliedAndSurvivesReopening() {
        ProgressFile incoming = fromElsewhere();
        PathState before = stepwise.progress().load(PATH);

        stepwise.progressFiles().importProgress("progress.json", incoming);
        stepwise.close();
        stepwise = Stepwise.open(file, List.of(FixturePath.path()), clock);

        PathState after = stepwise.progress().load(PATH);
        assertThat(after.items()).containsOnly(Map.entry(LEARN_LANGUAGE, incoming.items().get(LEARN_LANGUAGE)),
                Map.entry(LEARN_SQL, incoming.items().get(LEARN_SQL)));
        assertThat(after.skillProgressOf("language").history()).containsExactly(
                before.skillProgressOf("language").history().get(0), new Rating(Level.INDEPENDENT, RATED, "Shipped a CLI."));
        assertThat(after.skillProgressOf("databases").target()).contains(Level.TEACHES);
        assertThat(after.skillProgressOf("databases").history()).isEmpty();
        assertThat(after.selfCheckAnswers()).containsOnly(Map.entry("likes-puzzles", SelfCheckAnswer.DISAGREE),
                Map.entry("likes-data", SelfCheckAnswer.AGREE));
    }

    @Test
    void anImportWritesOneActivityEvent() {
        ProgressFile incoming = fromElsewhere();
        DiskState was = DiskState.of(file);

        stepwise.progressFiles().importProgress("progress.json", incoming);

        assertThat(importEvents()).containsExactly(List.of(Probe.stamp(clock.instant()), PATH, "PROGRESS_IMPORTED", PATH,
                Probe.json("{'changes':6}")));
        assertThat(was.rowChangesTo(DiskState.of(file))).filteredOn(row -> row.contains("activity "))
                .singleElement().satisfies(row -> assertThat(row).startsWith("+"));
        assertThat(DiskState.of(file).digests()).as("the bytes on disk show a write").isNotEqualTo(was.digests());
    }

    @Test
    void aFileThatChangesNothingWritesNothing() {
        ProgressFile own = read(stepwise.progressFiles().export(PATH));
        DiskState was = DiskState.of(file);

        ProgressMerge.Result result = stepwise.progressFiles().importProgress("progress.json", own);

        assertThat(result.changesNothing()).isTrue();
        assertThat(importEvents()).isEmpty();
        assertThat(DiskState.of(file)).isEqualTo(was);
    }

    @Test
    void progressMovesToAnotherMachineAndExportsTheSameBytes() {
        stepwise.progressFiles().importProgress("progress.json", fromElsewhere());
        String exported = stepwise.progressFiles().export(PATH);

        try (Stepwise other = Stepwise.open(dir.resolve("other.db"), List.of(FixturePath.path()), clock)) {
            assertThat(other.progressFiles().importProgress("progress.json", read(exported)).changesNothing()).isFalse();

            assertThat(other.progressFiles().export(PATH)).isEqualTo(exported);
            assertThat(other.progress().load(PATH).items()).isEqualTo(stepwise.progress().load(PATH).items());
        }
    }

    @Test
    void progressForAPathThatIsNotInstalledIsRefusedAndWritesNothing() {
        ProgressFile elsewhere = fromElsewhere();
        ProgressFile otherPath = new ProgressFile("not-installed", elsewhere.exportedAt(), elsewhere.items(), elsewhere.skills(),
                elsewhere.selfCheckAnswers());
        DiskState was = DiskState.of(file);

        String refusal = "progress.json, field pathId: no path with id \"not-installed\" is installed";
        assertThatThrownBy(() -> stepwise.progressFiles().preview("progress.json", otherPath))
                .isInstanceOf(ProgressFileException.class).hasMessage(refusal);
        assertThatThrownBy(() -> stepwise.progressFiles().importProgress("progress.json", otherPath))
                .isInstanceOf(ProgressFileException.class).hasMessage(refusal);

        assertThat(DiskState.of(file)).isEqualTo(was);
    }

    @Test
    void progressOnAnItemTheLearnerArchivedIsImportedAndKept() {
        stepwise.content().edit(PATH, new PathChange(ActivityKind.ITEM_ARCHIVED, BUILD_API,
                "archived", path -> PathEdits.archiveItem(path, BUILD_API, clock.instant())));
        ItemProgress done = new ItemProgress(BUILD_API, ItemStatus.DONE, "", Set.of(), LocalDate.parse("2026-03-01"),
                LocalDate.parse("2026-03-02"));

        stepwise.progressFiles().importProgress("progress.json",
                new ProgressFile(PATH, RATED, Map.of(BUILD_API, done), Map.of(), Map.of()));

        assertThat(stepwise.progress().load(PATH).progressOf(BUILD_API)).isEqualTo(done);
    }
}

package dev.stepwise.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stepwise.domain.Item;
import dev.stepwise.domain.ItemStatus;
import dev.stepwise.domain.LearningPath;
import dev.stepwise.domain.Level;
import dev.stepwise.domain.ProgressFile;
import dev.stepwise.domain.SelfCheckAnswer;
import dev.stepwise.io.ProgressFileException;
import dev.stepwise.io.ProgressFileReader;
import dev.stepwise.io.TextFileException;
import dev.stepwise.io.TextFiles;
import dev.stepwise.service.BundledPaths;
import dev.stepwise.service.ProgressFiles;
import dev.stepwise.service.ProgressService;
import dev.stepwise.service.Stepwise;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile {@code stepwise-progress} files, made by {@link JsonCases} from a progress file exported from a workspace
 * with progress of every kind on the bundled path, imported the way the window imports one (read from disk by
 * {@link ProgressFileReader}, previewed, then merged). Each must be accepted, or refused — by the reader with a
 * {@link ProgressFileException} or {@link TextFileException} naming the file, or by the service with an
 * {@link IllegalArgumentException} (a path that is not installed) — with the rows left as they were. An accepted
 * file's result must export as a progress file that reads back.
 *
 * <p>CI runs 1,000 cases with a fixed seed; {@code mvn verify -Plong} runs 10,000. Another seed or count:
 * {@code mvn -o -q test-compile && mvn -o surefire:test -Dtest='*FuzzTest' -Dfuzz.cases=20000 -Dfuzz.seed=42}.
 * A finding names its seed and case number; {@code -Dfuzz.seed=S -Dfuzz.first=N -Dfuzz.cases=1} replays it alone.
 */
class ProgressFileFuzzTest {
    private static final String FILE = "hostile-progress.json";
    private static final RefusalRules RULES = new RefusalRules(Set.of(ProgressFileException.class, TextFileException.class),
            Set.of(IllegalArgumentException.class, ProgressFileException.class));

    @TempDir
    static Path dir;
    private static FuzzWorkspace workspace;
    private static byte[] seed;

    @BeforeAll
    static void open() {
        workspace = FuzzWorkspace.create(dir, stepwise -> seed = exportProgress(stepwise).getBytes(StandardCharsets.UTF_8));
    }

    /** Progress of every kind the format carries: statuses, a note, sub-steps, ratings with notes, targets, answers. */
    private static String exportProgress(Stepwise stepwise) {
        LearningPath path = BundledPaths.load().get(0);
        ProgressService progress = stepwise.progress();
        List<Item> items = path.items().toList();
        progress.setStatus(path.id(), items.get(0).id(), ItemStatus.DONE);
        progress.setStatus(path.id(), items.get(1).id(), ItemStatus.LEARNING);
        progress.setStatus(path.id(), items.get(2).id(), ItemStatus.SKIPPED);
        progress.saveNote(path.id(), items.get(1).id(), "Halfway through the course.");
        Item withSteps = path.items().filter(item -> !item.subItems().isEmpty()).findFirst().orElseThrow();
        progress.setSubItemDone(path.id(), withSteps.id(), withSteps.subItems().get(0).id(), true);
        progress.rate(path.id(), path.skills().get(0).id(), Level.GUIDED, "first project");
        progress.rate(path.id(), path.skills().get(1).id(), Level.AWARE, "");
        progress.setTarget(path.id(), path.skills().get(2).id(), Level.MAX);
        progress.answerSelfCheck(path.id(), path.selfChecks().get(0).id(), SelfCheckAnswer.AGREE);
        progress.answerSelfCheck(path.id(), path.selfChecks().get(1).id(), SelfCheckAnswer.NOT_SURE);
        return stepwise.progressFiles().export(path.id());
    }

    @AfterAll
    static void close() {
        workspace.close();
    }

    private static ProgressFile read(Path file) {
        return TextFiles.read(file, ProgressFileReader.MAX_BYTES, in -> new ProgressFileReader().read(file.getFileName().toString(), in));
    }

    /** Preview, merge, and — what is accepted must not be a dead end — export the progress and read it back. */
    private static void importProgress(ProgressFile progress) {
        ProgressFiles files = workspace.stepwise().progressFiles();
        files.preview(FILE, progress);
        files.importProgress(FILE, progress);
        new ProgressFileReader().read("export", new ByteArrayInputStream(files.export(progress.pathId()).getBytes(StandardCharsets.UTF_8)));
    }

    /** The harness itself: the seed with one status changed is read, imported, and the digest sees the change. */
    @Test
    void aGoodFileFromTheSeedIsImportedAndTheDigestSeesTheChange() throws IOException {
        Path file = dir.resolve(FILE);
        String learning = new String(seed, StandardCharsets.UTF_8);
        Files.writeString(file, learning.replaceFirst("\"status\" : \"learning\"", "\"status\" : \"done\""));
        assertThat(Files.readString(file)).isNotEqualTo(learning);
        workspace.reset();
        String before = workspace.digestNow();

        importProgress(read(file));

        assertThat(workspace.digestNow()).isNotEqualTo(before);
        workspace.reset();
        assertThat(workspace.digestNow()).isEqualTo(before);
    }

    @Test
    void hostileProgressFilesAreAcceptedOrRefusedWithAMessageAndWriteNothing() {
        long runSeed = Seeds.seed();
        JsonCases cases = new JsonCases(seed, List.of("pathId", "itemId", "skillId", "selfCheckId"), ProgressFileReader.MAX_BYTES,
                runSeed);
        FuzzRun<ProgressFile> run = new FuzzRun<>(getClass().getSimpleName(), workspace, dir.resolve(FILE),
                ProgressFileFuzzTest::read, ProgressFileFuzzTest::importProgress, RULES);

        FuzzRun.Summary summary = run.run(runSeed, Seeds.first(), Seeds.cases(), cases::make);

        assertThat(summary.findings()).as("findings (seed %d)", runSeed).isEmpty();
        // Most damage must be refused; a run where it is not has lost its mutations, not found a robust reader.
        if (summary.cases() >= 100) {
            assertThat(summary.refused()).as("refused cases").isGreaterThan(summary.cases() / 2);
        }
    }
}

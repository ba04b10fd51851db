package dev.stepwise.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stepwise.domain.LearningPath;
import dev.stepwise.io.PathFileException;
import dev.stepwise.io.PathFileReader;
import dev.stepwise.io.TextFileException;
import dev.stepwise.io.TextFiles;
import dev.stepwise.service.PathFiles;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
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
 * Hostile {@code stepwise-path} files, made from the bundled path by {@link JsonCases}, imported the way the window
 * imports a path file (read from disk by {@link PathFileReader}, planned, then imported as an update of the installed
 * path) into a real workspace. An accepted file's result must export as a path file that reads back. Each must be accepted, or refused with a {@link PathFileException} or
 * {@link TextFileException} whose message names the file and leaves the rows as they were.
 *
 * <p>CI runs 1,000 cases with a fixed seed; {@code mvn verify -Plong} runs 10,000. Another seed or count:
 * {@code mvn -o -q test-compile && mvn -o surefire:test -Dtest='*FuzzTest' -Dfuzz.cases=20000 -Dfuzz.seed=42}.
 * A finding names its seed and case number; {@code -Dfuzz.seed=S -Dfuzz.first=N -Dfuzz.cases=1} replays it alone.
 */
class PathFileFuzzTest {
    private static final String FILE = "hostile-path.json";
    private static final RefusalRules RULES = new RefusalRules(Set.of(PathFileException.class, TextFileException.class), Set.of());

    @TempDir
    static Path dir;
    private static FuzzWorkspace workspace;
    private static byte[] seed;

    @BeforeAll
    static void open() throws IOException {
        workspace = FuzzWorkspace.create(dir, stepwise -> { });
        try (InputStream in = PathFileFuzzTest.class.getResourceAsStream("/assets/paths/backend-engineer.json")) {
            seed = in.readAllBytes();
        }
    }

    @AfterAll
    static void close() {
        workspace.close();
    }

    private static LearningPath read(Path file) {
        return TextFiles.read(file, PathFileReader.MAX_FILE_BYTES, in -> new PathFileReader().read(file.getFileName().toString(), in));
    }

    /** Plan, import, and — what is accepted must not be a dead end — export the result and read it back. */
    private static void importPath(LearningPath path) {
        PathFiles files = workspace.stepwise().pathFiles();
        files.plan(path, false);
        String id = files.importPath(path, false).summary().id();
        new PathFileReader().read("export of " + id, new ByteArrayInputStream(files.export(id).getBytes(StandardCharsets.UTF_8)));
    }

    /** The harness itself: the seed with one title changed is read, imported, and the digest sees the change. */
    @Test
    void aGoodFileFromTheSeedIsImportedAndTheDigestSeesTheChange() throws IOException {
        Path file = dir.resolve(FILE);
        String renamed = new String(seed, StandardCharsets.UTF_8).replace("\"title\": \"Backend Engineer\"", "\"title\": \"Backend\"");
        Files.writeString(file, renamed);
        workspace.reset();
        String before = workspace.digestNow();

        importPath(read(file));

        assertThat(workspace.digestNow()).isNotEqualTo(before);
        workspace.reset();
        assertThat(workspace.digestNow()).isEqualTo(before);
    }

    @Test
    void hostilePathFilesAreAcceptedOrRefusedWithAMessageAndWriteNothing() {
        long runSeed = Seeds.seed();
        JsonCases cases = new JsonCases(seed, List.of("id"), PathFileReader.MAX_FILE_BYTES, runSeed);
        FuzzRun<LearningPath> run = new FuzzRun<>(getClass().getSimpleName(), workspace, dir.resolve(FILE),
                PathFileFuzzTest::read, PathFileFuzzTest::importPath, RULES);

        FuzzRun.Summary summary = run.run(runSeed, Seeds.first(), Seeds.cases(), cases::make);

        assertThat(summary.findings()).as("findings (seed %d)", runSeed).isEmpty();
        // Most damage must be refused; a run where it is not has lost its mutations, not found a robust reader.
        if (summary.cases() >= 100) {
            assertThat(summary.refused()).as("refused cases").isGreaterThan(summary.cases() / 2);
        }
    }
}

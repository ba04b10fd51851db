package dev.stepwise.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stepwise.domain.Phrase;
import dev.stepwise.io.PathFileReader;
import dev.stepwise.io.RoleDescriptionException;
import dev.stepwise.io.RoleDescriptionParser;
import dev.stepwise.io.RoleImport;
import dev.stepwise.io.TextFileException;
import dev.stepwise.io.TextFiles;
import dev.stepwise.service.PathFiles;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile role descriptions, made by {@link RoleTextCases} from a real one, imported the way the window and
 * {@code import-role} do (the text file read by {@link TextFiles#readText}, parsed, the draft added as a new path).
 * Each must be accepted, or refused with a {@link TextFileException} naming the file or a
 * {@link RoleDescriptionException} saying why, with the rows left as they were. An accepted text's path must export as
 * a path file that reads back.
 *
 * <p>CI runs 1,000 cases with a fixed seed; {@code mvn verify -Plong} runs 10,000. Another seed or count:
 * {@code mvn -o -q test-compile && mvn -o surefire:test -Dtest='*FuzzTest' -Dfuzz.cases=20000 -Dfuzz.seed=42}.
 * A finding names its seed and case number; {@code -Dfuzz.seed=S -Dfuzz.first=N -Dfuzz.cases=1} replays it alone.
 */
class RoleTextFuzzTest {
    private static final String FILE = "hostile-role.txt";
    private static final RefusalRules RULES = new RefusalRules(Set.of(TextFileException.class, RoleDescriptionException.class),
            Set.of());

    @TempDir
    static Path dir;
    private static FuzzWorkspace workspace;
    private static String seed;

    @BeforeAll
    static void open() throws IOException {
        workspace = FuzzWorkspace.create(dir, stepwise -> { });
        try (InputStream in = RoleTextFuzzTest.class.getResourceAsStream("/dev/stepwise/io/roles/backend-engineer-role.txt")) {
            seed = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @AfterAll
    static void close() {
        workspace.close();
    }

    private static RoleImport read(Path file) {
        return new RoleDescriptionParser().parse(TextFiles.readText(file, RoleDescriptionParser.MAX_CHARS,
                Phrase.of("textFile.kind.roleDescription")));
    }

    /** Add the draft, and — what is accepted must not be a dead end — export the new path and read it back. */
    private static void addRole(RoleImport role) {
        PathFiles files = workspace.stepwise().pathFiles();
        String id = files.addRole(role).id();
        new PathFileReader().read("export of " + id, new ByteArrayInputStream(files.export(id).getBytes(StandardCharsets.UTF_8)));
    }

    /** The harness itself: the seed is read and added as a path, and the digest sees it. */
    @Test
    void theSeedIsAddedAndTheDigestSeesIt() throws IOException {
        Path file = dir.resolve(FILE);
        Files.writeString(file, seed);
        workspace.reset();
        String before = workspace.digestNow();

        addRole(read(file));

        assertThat(workspace.digestNow()).isNotEqualTo(before);
        workspace.reset();
        assertThat(workspace.digestNow()).isEqualTo(before);
    }

    @Test
    void hostileRoleTextsAreAcceptedOrRefusedWithAMessageAndWriteNothing() {
        long runSeed = Seeds.seed();
        RoleTextCases cases = new RoleTextCases(seed, runSeed);
        FuzzRun<RoleImport> run = new FuzzRun<>(getClass().getSimpleName(), workspace, dir.resolve(FILE),
                RoleTextFuzzTest::read, RoleTextFuzzTest::addRole, RULES);

        FuzzRun.Summary summary = run.run(runSeed, Seeds.first(), Seeds.cases(), cases::make);

        assertThat(summary.findings()).as("findings (seed %d)", runSeed).isEmpty();
        // Role text is forgiving by design (a line that fits nowhere is kept, not refused), so fewer are refused
        // than of the JSON files; still, the damage that cannot be read must be.
        if (summary.cases() >= 100) {
            assertThat(summary.refused()).as("refused cases").isGreaterThan(summary.cases() / 10);
        }
    }
}

package dev.stepwise.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stepwise.domain.LearningPath;
import dev.stepwise.domain.PathOrigin;
import dev.stepwise.domain.PathSummary;
import dev.stepwise.fixtures.FixturePath;
import dev.stepwise.io.PathFileReader;
import dev.stepwise.service.Stepwise;
import dev.stepwise.store.Probe;
import dev.stepwise.store.Snapshot;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code list}, {@code export} and {@code import} through picocli, against a real database in a temporary folder. */
class PathCommandsTest {
    @TempDir
    Path dir;

    private CliRunner cli;
    private Path data;

    @BeforeEach
    void setUp() {
        data = dir.resolve("data");
        cli = new CliRunner(data);
    }

    private List<PathSummary> installed() {
        try (Stepwise stepwise = CliRunner.open(cli.databaseFile())) {
            return stepwise.workspace().summaries();
        }
    }

    private static LearningPath readPath(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return new PathFileReader().read(file.getFileName().toString(), in);
        }
    }

    @Test
    void listOnAFreshFolderCreatesTheDatabaseAndShowsTheBundledPath() {
        var result = cli.run("list").succeeded();

        int total = (int) FixturePath.path().items().count();
        assertThat(result.out()).isEqualTo(FixturePath.ID + "  " + FixturePath.TITLE + "  (bundled, 0 of " + total
                + " done)" + System.lineSeparator());
        assertThat(cli.databaseFile()).exists();
    }

    @Test
    void listShowsAPathWhoseTitleWasEmptiedElsewhere() {
        cli.run("list").succeeded();
        Probe.execute(cli.databaseFile(), "UPDATE path SET title = ''");

        var result = cli.run("list").succeeded();

        assertThat(result.out()).startsWith(FixturePath.ID + "     (bundled, ");
    }

    @Test
    void theDataFolderMayAlsoBeGivenBeforeTheCommand() {
        cli.runExactly("--data-dir", data.toString(), "list").succeeded();

        assertThat(cli.databaseFile()).exists();
        assertThat(cli.fallbackDataDir()).doesNotExist();
    }

    @Test
    void withoutDataDirTheEnvironmentVariableNamesTheFolder() {
        cli.runExactly("list").succeeded();

        assertThat(cli.fallbackDataDir().resolve("stepwise.db")).exists();
    }

    @Test
    void exportWritesAFileTheStrictReaderReadsBack() throws IOException {
        Path out = dir.resolve("fixture.json");

        var result = cli.run("export", FixturePath.ID, "--out", out.toString()).succeeded();

        assertThat(result.out()).contains("Wrote path " + FixturePath.ID + " to " + out);
        LearningPath read = readPath(out);
        assertThat(read.id()).isEqualTo(FixturePath.ID);
        assertThat(read.title()).isEqualTo(FixturePath.TITLE);
        assertThat(read.items().count()).isEqualTo(FixturePath.path().items().count());
        assertThat(dir).isDirectoryNotContaining("glob:**.tmp");
    }

    @Test
    void exportToStandardOutputWritesTheSameDocument() throws IOException {
        Path out = dir.resolve("fixture.json");
        cli.run("export", FixturePath.ID, "--out", out.toString()).succeeded();

        var result = cli.run("export", FixturePath.ID, "--out", "-").succeeded();

        assertThat(result.out()).isEqualTo(Files.readString(out));
    }

    @Test
    void exportThenImportAsNewThenExportGivesTheSameContentUnderANewId() throws IOException {
        Path first = dir.resolve("first.json");
        cli.run("export", FixturePath.ID, "--out", first.toString()).succeeded();

        var imported = cli.run("import", first.toString(), "--as-new").succeeded();

        List<PathSummary> paths = installed();
        assertThat(paths).hasSize(2);
        PathSummary copy = paths.stream().filter(path -> !path.id().equals(FixturePath.ID)).findFirst().orElseThrow();
        assertThat(copy.id()).isNotEqualTo(FixturePath.ID);
        assertThat(copy.origin()).isEqualTo(PathOrigin.OWN);
        assertThat(imported.out()).startsWith("Added " + copy.id() + "  " + FixturePath.TITLE + "  (3 sections, 8 items, 7 skills)");
        Path second = dir.resolve("second.json");
        cli.run("export", copy.id(), "--out", second.toString()).succeeded();
        assertThat(Files.readString(second).replace("\"" + copy.id() + "\"", "\"" + FixturePath.ID + "\""))
                .isEqualTo(Files.readString(first));
    }

    @Test
    void importingAPathFileWithANewIdAddsIt() {
        Path file = CliRunner.write(dir.resolve("mini.json"), CliRunner.resource("/dev/stepwise/io/minimal-path.json"));

        var result = cli.run("import", file.toString()).succeeded();

        assertThat(result.out()).startsWith("Added mini  Mini path  (2 sections, 2 items, 2 skills)");
        assertThat(installed()).extracting(PathSummary::id).containsExactlyInAnyOrder(FixturePath.ID, "mini");
    }

    @Test
    void importingTheSameVersionAgainIsAlreadyUpToDateAndWritesNothing() {
        Path file = CliRunner.write(dir.resolve("mini.json"), CliRunner.resource("/dev/stepwise/io/minimal-path.json"));
        cli.run("import", file.toString()).succeeded();
        Snapshot before = cli.snapshot();

        var result = cli.run("import", file.toString()).succeeded();

        assertThat(result.out()).isEqualTo("mini is already up to date (version 3)" + System.lineSeparator());
        assertThat(cli.snapshot()).isEqualTo(before);
    }

    @Test
    void aNewerVersionOfAnInstalledPathIsMergedAndItsChangesListed() {
        String minimal = CliRunner.resource("/dev/stepwise/io/minimal-path.json");
        Path file = CliRunner.write(dir.resolve("mini.json"), minimal);
        cli.run("import", file.toString()).succeeded();
        CliRunner.write(file, minimal.replace("\"contentVersion\": 3", "\"contentVersion\": 4")
                .replace("\"title\": \"Learn SQL\"", "\"title\": \"Learn SQL well\""));
        Snapshot before = cli.snapshot();

        var dryRun = cli.run("import", file.toString(), "--dry-run").succeeded();

        assertThat(dryRun.out()).startsWith("Would update mini  Mini path  (version 3 to 4, 1 change)")
                .contains("  renamed item learn-sql  Learn SQL well").endsWith("Nothing was written (--dry-run)."
                        + System.lineSeparator());
        assertThat(cli.snapshot()).as("a dry run writes nothing").isEqualTo(before);

        var result = cli.run("import", file.toString()).succeeded();

        assertThat(result.out()).startsWith("Updated mini  Mini path  (version 3 to 4, 1 change)")
                .contains("  renamed item learn-sql  Learn SQL well").doesNotContain("--dry-run");
        try (Stepwise stepwise = CliRunner.open(cli.databaseFile())) {
            assertThat(stepwise.progress().load("mini").path().items().map(item -> item.title()))
                    .contains("Learn SQL well");
        }
    }
    /** The learner has version 4 (SQL renamed, a practice item added) and is handed version 3 again. */
    private Path olderFileOverVersion4() {
        String minimal = CliRunner.resource("/dev/stepwise/io/minimal-path.json");
        Path newer = CliRunner.write(dir.resolve("mini-v4.json"), minimal.replace("\"contentVersion\": 3", "\"contentVersion\": 4")
                .replace("\"title\": \"Learn SQL\"", "\"title\": \"Learn SQL well\"")
                .replace("{\"id\": \"explain-design\"", "{\"id\": \"review-code\", \"title\": \"Review code\"},\n"
                        + "        {\"id\": \"explain-design\""));
        cli.run("import", CliRunner.write(dir.resolve("mini.json"), minimal).toString()).succeeded();
        cli.run("import", newer.toString()).succeeded();
        return dir.resolve("mini.json");
    }

    private LearningPath mini() {
        try (Stepwise stepwise = CliRunner.open(cli.databaseFile())) {
            return stepwise.progress().load("mini").path();
        }
    }

    private List<String> titlesOfMini() {
        return mini().items().map(item -> item.title()).toList();
    }

    private List<Path> backups() throws IOException {
        try (var files = Files.list(data.resolve("backups"))) {
            return files.sorted().toList();
        }
    }

    @Test
    void anOlderVersionOfAnInstalledPathIsRefusedNamingTheFileAndBothVersionsAndWritesNothing() throws IOException {
        Path older = olderFileOverVersion4();
        Snapshot before = cli.snapshot();
        List<Path> backupsBefore = backups();

        var result = cli.run("import", older.toString()).failedWith(ExitCodes.BAD_INPUT);

        assertThat(result.errLines()).containsExactly("stepwise: " + older + " is version 3 of mini, older than your copy "
                + "(version 4): importing it would take back what version 4 changed. Use --allow-older to import it anyway, "
                + "or --as-new to add it as a separate path.");
        assertThat(result.out()).isEmpty();
        assertThat(cli.snapshot()).as("nothing written").isEqualTo(before);
        assertThat(backups()).as("not even a backup").isEqualTo(backupsBefore);
        assertThat(titlesOfMini()).containsExactly("Learn SQL well", "Review code", "Explain a design");
        assertThat(mini().contentVersion()).isEqualTo(4);
    }

    @Test
    void aDryRunOfAnOlderVersionShowsWhatItWouldTakeBackAndThatItIsRefusedWithoutAllowOlder() {
        Path older = olderFileOverVersion4();
        Snapshot before = cli.snapshot();

        var dryRun = cli.run("import", older.toString(), "--dry-run").succeeded();
        var allowed = cli.run("import", older.toString(), "--dry-run", "--allow-older").succeeded();

        String n = System.lineSeparator();
        assertThat(dryRun.out()).startsWith("Would update mini  Mini path  (version 4 to 3, 2 changes)" + n)
                .contains("  renamed item learn-sql  Learn SQL: renamed from", "  removed item review-code  Review code")
                .endsWith(n + older + " is version 3 of mini, older than your copy (version 4): without --allow-older the import "
                        + "is refused." + n + "Nothing was written (--dry-run)." + n);
        assertThat(allowed.out()).startsWith("Would update mini  Mini path  (version 4 to 3, 2 changes)" + n)
                .doesNotContain("refused").endsWith(n + "Nothing was written (--dry-run)." + n);
        assertThat(cli.snapshot()).as("a dry run writes nothing").isEqualTo(before);
    }

    @Test
    void anOlderVersionIsImportedWithAllowOlder() {
        Path older = olderFileOverVersion4();

        var result = cli.run("import", older.toString(), "--allow-older").succeeded();

        assertThat(result.out()).startsWith("Updated mini  Mini path  (version 4 to 3, 2 changes)");
        assertThat(titlesOfMini()).containsExactly("Learn SQL", "Explain a design");
        assertThat(mini().contentVersion()).isEqualTo(3);
    }
}

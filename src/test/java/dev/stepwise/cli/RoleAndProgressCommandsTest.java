package dev.stepwise.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stepwise.domain.ItemStatus;
import dev.stepwise.domain.PathOrigin;
import dev.stepwise.domain.PathState;
import dev.stepwise.domain.PathSummary;
import dev.stepwise.domain.ProgressFile;
import dev.stepwise.fixtures.FixturePath;
import dev.stepwise.io.ProgressFileReader;
import dev.stepwise.service.Stepwise;
import dev.stepwise.store.Snapshot;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code import-role}, {@code export-progress} and {@code import-progress} through picocli, on a real database. */
class RoleAndProgressCommandsTest {
    @TempDir
    Path dir;

    private CliRunner cli;

    @BeforeEach
    void setUp() {
        cli = new CliRunner(dir.resolve("data"));
    }

    @Test
    void aRoleDescriptionBecomesANewPathAndItsPreviewIsPrinted() {
        Path file = CliRunner.write(dir.resolve("role.txt"),
                CliRunner.resource("/dev/stepwise/io/roles/backend-engineer-role.txt"));

        var result = cli.run("import-role", file.toString()).succeeded();

        List<PathSummary> paths;
        try (Stepwise stepwise = CliRunner.open(cli.databaseFile())) {
            paths = stepwise.workspace().summaries();
        }
        assertThat(paths).hasSize(2);
        PathSummary added = paths.stream().filter(path -> !path.id().equals(FixturePath.ID)).findFirst().orElseThrow();
        assertThat(added.title()).isEqualTo("Backend Engineer");
        assertThat(added.origin()).isEqualTo(PathOrigin.OWN);
        assertThat(result.out()).startsWith("Added " + added.id() + "  Backend Engineer")
                .contains("  Steps: 7", "  Background: 3", "  Practice: 7", "  Technical: 7", "  Soft: 5",
                        "Self-checks: 5", "Industries: 6", "Not placed (1):", "  Top Tech Trend", "Warnings (1):");
    }

    @Test
    void exportedProgressReadsBackAndImportingItAgainChangesNothing() throws IOException {
        Path file = CliRunner.write(dir.resolve("progress.json"), CliRunner.resource("/dev/stepwise/io/small-progress.json"));
        cli.run("import-progress", file.toString()).succeeded();
        Path out = dir.resolve("exported.json");

        cli.run("export-progress", FixturePath.ID, "--out", out.toString()).succeeded();

        ProgressFile read;
        try (InputStream in = Files.newInputStream(out)) {
            read = new ProgressFileReader().read("exported.json", in);
        }
        assertThat(read.pathId()).isEqualTo(FixturePath.ID);
        Snapshot before = cli.snapshot();
        var again = cli.run("import-progress", out.toString()).succeeded();
        assertThat(again.out()).startsWith("Nothing to change: " + FixturePath.ID);
        assertThat(cli.snapshot()).isEqualTo(before);
    }

    @Test
    void importProgressListsItsChangesAndADryRunWritesNothing() {
        Path file = CliRunner.write(dir.resolve("progress.json"), CliRunner.resource("/dev/stepwise/io/small-progress.json"));
        cli.run("list").succeeded();
        Snapshot before = cli.snapshot();

        var dryRun = cli.run("import-progress", file.toString(), "--dry-run").succeeded();

        assertThat(dryRun.out()).startsWith("Would change ").contains("  item " + FixturePath.LEARN_LANGUAGE + "  ")
                .endsWith("Nothing was written (--dry-run)." + System.lineSeparator());
        assertThat(cli.snapshot()).isEqualTo(before);

        var result = cli.run("import-progress", file.toString()).succeeded();

        assertThat(result.out()).isEqualTo(dryRun.out().replace("Would change ", "Changed ")
                .replace("Nothing was written (--dry-run)." + System.lineSeparator(), ""));
        try (Stepwise stepwise = CliRunner.open(cli.databaseFile())) {
            PathState state = stepwise.progress().load(FixturePath.ID);
            assertThat(state.statusOf(FixturePath.LEARN_LANGUAGE)).isEqualTo(ItemStatus.DONE);
        }
    }

    /** Named like any other refused value: the file, its field, the problem; a dry run says the same. */
    @Test
    void progressForAPathThatIsNotInstalledIsRefused() {
        Path file = CliRunner.write(dir.resolve("progress.json"), CliRunner.resource("/dev/stepwise/io/small-progress.json")
                .replace("\"pathId\" : \"fixture-path\"", "\"pathId\" : \"other-path\""));
        cli.run("list").succeeded();
        Snapshot before = cli.snapshot();

        var result = cli.run("import-progress", file.toString()).failedWith(ExitCodes.BAD_INPUT);
        var dryRun = cli.run("import-progress", "--dry-run", file.toString()).failedWith(ExitCodes.BAD_INPUT);

        assertThat(result.err())
                .isEqualTo("stepwise: " + file + ", field pathId: no path with id \"other-path\" is installed" + System.lineSeparator());
        assertThat(dryRun.err()).isEqualTo(result.err());
        assertThat(cli.snapshot()).isEqualTo(before);
    }
}

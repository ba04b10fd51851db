package dev.stepwise.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stepwise.fixtures.FixturePath;
import dev.stepwise.io.RoleDescriptionParser;
import dev.stepwise.service.Stepwise;
import dev.stepwise.store.Probe;
import dev.stepwise.store.Snapshot;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every refusal is one line on stderr naming the problem, a distinct exit code, and no write: the database's rows
 * are compared before and after, and output files are checked to be absent or unchanged.
 */
class RefusedInputTest {
    @TempDir
    Path dir;

    private CliRunner cli;
    private Snapshot before;

    @BeforeEach
    void setUp() {
        cli = new CliRunner(dir.resolve("data"));
        cli.run("list").succeeded();
        before = cli.snapshot();
    }

    private void nothingWritten() {
        assertThat(cli.snapshot()).as("the database is as it was").isEqualTo(before);
    }

    @Test
    void aMissingFileIsNamed() {
        Path missing = dir.resolve("missing.json");

        var result = cli.run("import", missing.toString()).failedWith(ExitCodes.BAD_INPUT);

        assertThat(result.err()).isEqualTo("stepwise: " + missing + ": no such file" + System.lineSeparator());
        nothingWritten();
    }

    @Test
    void malformedJsonNamesTheFileAndWhere() {
        Path file = CliRunner.write(dir.resolve("broken.json"), "{\n  \"format\": \"stepwise-path\",\n  \"id\" \"x\"\n}");

        var result = cli.run("import", file.toString()).failedWith(ExitCodes.BAD_INPUT);

        assertThat(result.err()).startsWith("stepwise: " + file + ": ").contains("line 3, column");
        nothingWritten();
    }

    @Test
    void aBrokenFieldRuleNamesTheFileAndTheField() {
        Path file = CliRunner.write(dir.resolve("mini.json"), CliRunner.resource("/dev/stepwise/io/minimal-path.json")
                .replace("\"title\": \"Steps\"", "\"title\": \"  \""));

        var result = cli.run("import", file.toString()).failedWith(ExitCodes.BAD_INPUT);

        assertThat(result.err()).startsWith("stepwise: " + file + ", field sections[0].title: ");
        nothingWritten();
    }

    @Test
    void noExportOrReportIsWrittenOverTheDataFile() throws IOException {
        Path dataFile = dir.resolve("data").resolve("stepwise.db");
        byte[] data = Files.readAllBytes(dataFile);

        var export = cli.run("export", FixturePath.ID, "--out", dataFile.toString()).failedWith(ExitCodes.BAD_INPUT);
        var report = cli.run("report", FixturePath.ID, "--format", "csv", "--out", dataFile.toString())
                .failedWith(ExitCodes.BAD_INPUT);

        assertThat(export.err()).startsWith("stepwise: cannot write " + dataFile + ": it is a database");
        assertThat(report.err()).isEqualTo(export.err());
        assertThat(Files.readAllBytes(dataFile)).isEqualTo(data);
        cli.run("list").succeeded();
        nothingWritten();
    }

    @Test
    void anUnknownPathIdIsRefusedAndLeavesAnExistingOutputFileAlone() throws IOException {
        Path out = CliRunner.write(dir.resolve("keep.json"), "precious");

        var result = cli.run("export", "nope", "--out", out.toString()).failedWith(ExitCodes.BAD_INPUT);

        assertThat(result.err()).isEqualTo("stepwise: No path with id \"nope\" is installed" + System.lineSeparator());
        assertThat(Files.readString(out)).isEqualTo("precious");
        assertThat(dir).isDirectoryNotContaining("glob:**.tmp");
        nothingWritten();
    }

    @Test
    void anOutputFolderThatIsMissingIsRefusedBeforeTheDataIsOpened() {
        Path out = dir.resolve("no-such-folder").resolve("out.json");

        var result = cli.run("export-progress", FixturePath.ID, "--out", out.toString()).failedWith(ExitCodes.BAD_INPUT);

        assertThat(result.err()).contains("the folder " + out.getParent() + " does not exist");
        assertThat(out.getParent()).doesNotExist();
    }

    @Test
    void aFileOfTheOtherKindIsNamedWithTheCommandThatTakesIt() {
        Path progress = CliRunner.write(dir.resolve("progress.json"), CliRunner.resource("/dev/stepwise/io/small-progress.json"));
        Path path = CliRunner.write(dir.resolve("mini.json"), CliRunner.resource("/dev/stepwise/io/minimal-path.json"));

        var asPath = cli.run("import", progress.toString()).failedWith(ExitCodes.BAD_INPUT);
        var asProgress = cli.run("import-progress", path.toString()).failedWith(ExitCodes.BAD_INPUT);

        assertThat(asPath.errLines()).containsExactly("stepwise: " + progress
                + ": this is a stepwise-progress file (progress), not a path file: use import-progress");
        assertThat(asProgress.errLines()).containsExactly("stepwise: " + path
                + ": this is a stepwise-path file (a path), not a progress file: use import");
        nothingWritten();
    }

    @Test
    void textThatIsNotARoleDescriptionIsRefused() {
        Path file = CliRunner.write(dir.resolve("notes.txt"), "Shopping list\n\nmilk, eggs and bread\n");

        var result = cli.run("import-role", file.toString()).failedWith(ExitCodes.BAD_INPUT);

        assertThat(result.err()).startsWith("stepwise: " + file + ": this does not look like a role description");
        nothingWritten();
    }

    @Test
    void anOversizedRoleFileIsRefusedUnparsed() throws IOException {
        Path file = dir.resolve("huge.txt");
        Files.write(file, new byte[RoleDescriptionParser.MAX_FILE_BYTES + 1]);

        var result = cli.run("import-role", file.toString()).failedWith(ExitCodes.BAD_INPUT);

        assertThat(result.err()).contains(file.toString(), "has more than 200,000 characters, too many for a role description");
        nothingWritten();
    }

    @Test
    void anotherProgramsFileInTheDataFolderIsRefusedWithExitThreeAndLeftAlone() throws Exception {
        CliRunner cli = new CliRunner(Files.createDirectory(dir.resolve("foreign")));
        byte[] foreign = "SQLite format 3 but really a shopping list".getBytes(StandardCharsets.UTF_8);
        Files.write(cli.databaseFile(), foreign);

        var result = cli.run("list").failedWith(ExitCodes.DATA_UNAVAILABLE);

        assertThat(result.err()).isEqualTo("stepwise: Cannot open " + cli.databaseFile().toAbsolutePath()
                + ": the file is not a Stepwise database (or it is damaged)." + System.lineSeparator());
        assertThat(Files.readAllBytes(cli.databaseFile())).isEqualTo(foreign);
    }

    @Test
    void anotherProgramsSqliteDatabaseIsRefusedWithTheWindowsSentence() throws Exception {
        CliRunner cli = new CliRunner(Files.createDirectory(dir.resolve("foreign")));
        Probe.execute(cli.databaseFile(), "CREATE TABLE activity (x INTEGER)");
        byte[] before = Files.readAllBytes(cli.databaseFile());

        var result = cli.run("list").failedWith(ExitCodes.DATA_UNAVAILABLE);

        assertThat(result.errLines()).containsExactly("stepwise: Cannot open " + cli.databaseFile().toAbsolutePath()
                + ": the file is not a Stepwise database: it belongs to another program, so Stepwise leaves it untouched.");
        assertThat(Files.readAllBytes(cli.databaseFile())).isEqualTo(before);
    }

    /**
     * Held by a window or by another command: both are an open {@code Stepwise}. The command line said the window's
     * "Switch to that window, or close it first", which a script running two commands at once had no window for.
     */
    @Test
    void aDataFolderInUseByAnotherStepwiseIsReportedWithExitThree() {
        Path file = CliRunner.write(dir.resolve("mini.json"), CliRunner.resource("/dev/stepwise/io/minimal-path.json"));
        CliRunner.Result importing;
        CliRunner.Result listing;
        try (Stepwise other = CliRunner.open(cli.databaseFile())) {
            importing = cli.run("import", file.toString()).failedWith(ExitCodes.DATA_UNAVAILABLE);
            listing = cli.run("list").failedWith(ExitCodes.DATA_UNAVAILABLE);
        }

        String inUse = "stepwise: Cannot open " + cli.databaseFile().toAbsolutePath() + ": another Stepwise (a window or a "
                + "command) is using this data folder. Try again when it has finished.";
        assertThat(importing.errLines()).containsExactly(inUse);
        assertThat(listing.errLines()).containsExactly(inUse);
        nothingWritten();
    }

    /**
     * Another program (sqlite3, a sync tool) holds SQLite's write lock with a change of its own. Commands that only read
     * exited 4 with "unexpected failure: Could not save to …". Each run waits out the 3 s busy timeout once.
     */
    @ParameterizedTest
    @ValueSource(strings = {"list", "import"})
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    void aDataFileRefusedStepByAnotherProgramIsReportedWithExitThreeAndNothingChanges(String command) throws SQLException {
        Path file = CliRunner.write(dir.resolve("mini.json"), CliRunner.resource("/dev/stepwise/io/minimal-path.json"));
        String[] args = command.equals("import") ? new String[] {command, file.toString()} : new String[] {command};
        CliRunner.Result result;
        try (Connection other = DriverManager.getConnection("jdbc:sqlite:" + cli.databaseFile());
             Statement statement = other.createStatement()) {
            statement.execute("BEGIN EXCLUSIVE");
            statement.execute("INSERT INTO preference (key, value) VALUES ('theme', 'dark')");

            result = cli.run(args).failedWith(ExitCodes.DATA_UNAVAILABLE);

            statement.execute("ROLLBACK");
        }
        assertThat(result.errLines()).containsExactly("stepwise: The data file " + cli.databaseFile().toAbsolutePath()
                + " is locked by another program, so nothing was changed. Try again when that program has finished.");
        assertThat(result.out()).isEmpty();
        nothingWritten();
    }

    @Test
    void aMistypedCommandIsAUsageErrorOnOneLine() {
        var result = cli.runExactly("lst").failedWith(ExitCodes.USAGE);

        assertThat(result.err()).contains("'lst'", "stepwise --help");
    }

    @Test
    void aMissingArgumentIsAUsageErrorNamingTheCommand() {
        var result = cli.runExactly("import").failedWith(ExitCodes.USAGE);

        assertThat(result.err()).contains("FILE", "stepwise import --help");
    }
}

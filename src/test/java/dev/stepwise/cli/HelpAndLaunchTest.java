package dev.stepwise.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Usage help on every command, the version, and the launcher's choice between the command line and the window. */
class HelpAndLaunchTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"list", "import-role", "import", "export", "export-progress", "import-progress"})
    void everyCommandHasHelpWithItsOptionsAndTheExitCodes(String command) {
        var result = new CliRunner(dir.resolve("data")).runExactly(command, "--help").succeeded();

        assertThat(result.out()).startsWith("Usage: stepwise " + command + " ")
                .contains("--data-dir=DIR", "Exit codes:", "  3   the data folder cannot be used");
        assertThat(dir).as("help opens no data").isEmptyDirectory();
    }

    @Test
    void theTopHelpListsEveryCommand() {
        var result = new CliRunner(dir.resolve("data")).runExactly("--help").succeeded();

        assertThat(result.out()).contains("list", "import-role", "import ", "export ", "export-progress",
                "import-progress", "Exit codes:");
    }

    @Test
    void theVersionIsThePomVersion() {
        var result = new CliRunner(dir.resolve("data")).runExactly("--version").succeeded();

        assertThat(result.out()).matches("Stepwise \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?\\R");
    }

    /** Each command's --help offers -V and --version (mixinStandardHelpOptions); they printed nothing but the top one. */
    @ParameterizedTest
    @ValueSource(strings = {"list", "import-role", "import", "export", "export-progress", "import-progress", "report",
        "backup", "restore", "check"})
    void everyCommandPrintsTheSameVersionAsTheTop(String command) {
        CliRunner cli = new CliRunner(dir.resolve("data"));
        String version = cli.runExactly("--version").succeeded().out();

        assertThat(cli.runExactly(command, "-V").succeeded().out()).isEqualTo(version);
        assertThat(cli.runExactly(command, "--version").succeeded().out()).isEqualTo(version);
        assertThat(dir).as("the version opens no data").isEmptyDirectory();
    }

    @Test
    void commandsAndInformationOptionsRunTheCommandLine() {
        assertThat(Invocation.isCommandLine("list")).isTrue();
        assertThat(Invocation.isCommandLine("--data-dir", "/tmp/x", "export", "p", "--out", "-")).isTrue();
        assertThat(Invocation.isCommandLine("--help")).isTrue();
        assertThat(Invocation.isCommandLine("-V")).isTrue();
        assertThat(Invocation.isCommandLine("lst")).as("a typo is reported, not ignored").isTrue();
    }

    /** "stepwise --bogus" opened the window (or, without a display, failed with a message meant for developers). */
    @Test
    void anythingButTheDataFolderAloneRunsTheCommandLine() {
        assertThat(Invocation.isCommandLine("--bogus")).isTrue();
        assertThat(Invocation.isCommandLine("--data-dir", "/tmp/x", "--bogus")).isTrue();
        assertThat(Invocation.isCommandLine("--bogus", "--data-dir", "/tmp/x")).isTrue();
        assertThat(Invocation.isCommandLine("--data-dir=/tmp/x", "-x")).isTrue();
        assertThat(Invocation.isCommandLine("--data-dir")).as("a missing folder is reported").isTrue();
        assertThat(Invocation.isCommandLine("--data-dir", "/tmp/x", "--data-dir", "/tmp/y")).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"--bogus", "-x"})
    void anUnknownTopOptionIsAUsageErrorOnOneLine(String option) {
        CliRunner cli = new CliRunner(dir.resolve("data"));

        assertThat(cli.runExactly(option).failedWith(ExitCodes.USAGE).errLines())
                .containsExactly("stepwise: Unknown option: '" + option + "' (see 'stepwise --help')");
        assertThat(cli.run(option).failedWith(ExitCodes.USAGE).errLines())
                .containsExactly("stepwise: Unknown option: '" + option + "' (see 'stepwise --help')");
        assertThat(dir).as("nothing opened").isEmptyDirectory();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   "})
    void aBlankDataFolderIsAUsageError(String folder) {
        CliRunner cli = new CliRunner(dir.resolve("data"));

        assertThat(cli.runExactly("list", "--data-dir", folder).failedWith(ExitCodes.USAGE).errLines()).containsExactly(
                "stepwise: --data-dir needs a folder, e.g. --data-dir ~/stepwise-data (see 'stepwise list --help')");
        assertThat(cli.runExactly("--data-dir=" + folder, "list").failedWith(ExitCodes.USAGE).errLines()).containsExactly(
                "stepwise: --data-dir needs a folder, e.g. --data-dir ~/stepwise-data (see 'stepwise list --help')");
        assertThat(dir).as("nothing opened").isEmptyDirectory();
    }

    @Test
    void anUnknownCommandIsNamedAsACommand() {
        CliRunner cli = new CliRunner(dir.resolve("data"));

        assertThat(cli.runExactly("bogus").failedWith(ExitCodes.USAGE).errLines())
                .containsExactly("stepwise: Unknown command 'bogus' (see 'stepwise --help' for the commands)");
        assertThat(cli.runExactly("--data-dir", dir.resolve("data").toString(), "bogus", "list").failedWith(ExitCodes.USAGE)
                .errLines()).containsExactly("stepwise: Unknown command 'bogus' (see 'stepwise --help' for the commands)");
        assertThat(dir).as("nothing opened").isEmptyDirectory();
    }

    @Test
    void helpNamesACommandsHelp() {
        CliRunner cli = new CliRunner(dir.resolve("data"));

        assertThat(cli.runExactly("help", "list").succeeded().out())
                .isEqualTo(cli.runExactly("list", "--help").succeeded().out());
        assertThat(cli.runExactly("help").succeeded().out()).isEqualTo(cli.runExactly("--help").succeeded().out());
        assertThat(cli.runExactly("help", "bogus").failedWith(ExitCodes.USAGE).errLines())
                .containsExactly("stepwise: Unknown subcommand 'bogus' (see 'stepwise --help')");
        assertThat(dir).as("help opens no data").isEmptyDirectory();
    }

    @Test
    void noArgumentsOrOnlyTheDataFolderOpenTheWindow() {
        assertThat(Invocation.isCommandLine()).isFalse();
        assertThat(Invocation.isCommandLine("--data-dir", "list")).as("a folder named like a command").isFalse();
        assertThat(Invocation.isCommandLine("--data-dir=/tmp/x")).isFalse();
    }
}

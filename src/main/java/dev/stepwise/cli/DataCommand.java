package dev.stepwise.cli;

import dev.stepwise.domain.Phrase;
import dev.stepwise.service.DataFolder;
import dev.stepwise.service.DataInUseException;
import dev.stepwise.service.DataUnavailableException;
import dev.stepwise.service.Stepwise;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * A command over the learner's data: finds the data folder as the window does ({@link DataFolder}) and opens the
 * services over it. Commands read and check their input files before opening, so a refused file never touches the
 * database.
 */
abstract class DataCommand implements Callable<Integer> {
    private final CliEnvironment environment;

    @Mixin
    DataDirOption dataDirOption;

    @ParentCommand
    StepwiseCli parent;

    @Spec
    CommandSpec spec;

    DataCommand(CliEnvironment environment) {
        this.environment = environment;
    }

    /**
     * Opens the services; the caller closes them.
     *
     * @throws DataUnavailableException when the data cannot be used (reported with exit 3)
     */
    Stepwise open() {
        try {
            return environment.opener().apply(folder().databaseFile());
        } catch (DataInUseException e) {
            // The window's sentence says to switch to the other window; here the other one may as well be a command.
            throw new DataUnavailableException(e.file(), Phrase.of("cli.reason.inUse"), e);
        }
    }

    /** The data folder this command works on, without opening anything. */
    DataFolder folder() {
        String dir = dataDirOption.dataDir != null ? dataDirOption.dataDir : parent == null ? null : parent.dataDir;
        List<String> args = dir == null ? List.of() : List.of(DataDirOption.NAME, dir);
        try {
            return DataFolder.resolve(args, environment.variables());
        } catch (IllegalArgumentException e) {
            // A blank folder is a wrong command line (exit 2), said with the command's help, like any other.
            throw new ParameterException(spec.commandLine(), e.getMessage(), e, null, dir);
        }
    }

    PrintWriter out() {
        return spec.commandLine().getOut();
    }

    @Override
    public final Integer call() {
        int code = exitCode();
        // checkError flushes, then tells whether any write failed: what the command printed (an export on standard
        // output, say) did not all arrive, and saying "done" would lose it without a word.
        if (out().checkError()) {
            spec.commandLine().getErr().println("stepwise: cannot write standard output (a full disk, or a closed pipe):"
                    + " what this command printed did not all arrive");
            spec.commandLine().getErr().flush();
            return ExitCodes.BAD_INPUT;
        }
        return code;
    }

    /** Does the command's work; the exit code is {@link ExitCodes#OK} unless a command says otherwise. */
    int exitCode() {
        run();
        return ExitCodes.OK;
    }

    abstract void run();
}

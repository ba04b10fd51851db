package dev.stepwise.cli;

import dev.stepwise.domain.BackupException;
import dev.stepwise.domain.DataFileRefusedStep;
import dev.stepwise.io.DeclaredFormat;
import dev.stepwise.io.FileProblemException;
import dev.stepwise.io.RoleDescriptionException;
import dev.stepwise.io.TextFileException;
import dev.stepwise.service.DataUnavailableException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.Spec;
import picocli.CommandLine;

/**
 * The command line: the same services as the window, for scripts and for the terminal. It talks to
 * {@link dev.stepwise.service.Stepwise} only, never to SQL or JavaFX, and reports every failure as one line on
 * stderr with an exit code a script can act on ({@link ExitCodes}).
 */
@Command(name = "stepwise", mixinStandardHelpOptions = true, versionProvider = StepwiseCli.Version.class,
        description = "Stepwise learning paths from the command line. Without a command, Stepwise opens its window.",
        synopsisSubcommandLabel = "COMMAND")
public final class StepwiseCli implements Runnable {
    @Option(names = DataDirOption.NAME, paramLabel = "DIR",
            description = "data folder for every command (a command's own " + DataDirOption.NAME + " wins)")
    String dataDir;

    @Spec
    CommandSpec spec;

    /** Runs the command line on the real console, environment and data; returns the exit code. */
    public static int run(String... args) {
        Charset charset = System.console() != null ? System.console().charset() : StandardCharsets.UTF_8;
        CommandLine commandLine = commandLine(CliEnvironment.system());
        // Not System.out: a PrintStream swallows a failed write, and `export --out - > file` on a full disk said
        // nothing and exited 0. Over the descriptor itself, the writer keeps the failure for DataCommand to report.
        commandLine.setOut(new PrintWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.out), charset), true));
        commandLine.setErr(new PrintWriter(new OutputStreamWriter(System.err, charset), true));
        return commandLine.execute(args);
    }

    /** The whole command tree over the given environment, with Stepwise's error reporting and exit codes. */
    public static CommandLine commandLine(CliEnvironment environment) {
        CommandLine commandLine = new CommandLine(new StepwiseCli());
        for (Object command : List.of(new ListCommand(environment), new ImportRoleCommand(environment),
                new ImportPathCommand(environment), new ExportPathCommand(environment),
                new ExportProgressCommand(environment), new ImportProgressCommand(environment), new ReportCommand(environment),
                new BackupCommand(environment), new RestoreCommand(environment), new CheckCommand(environment),
                new CommandLine.HelpCommand())) {
            commandLine.addSubcommand(command);
        }
        withExitCodes(commandLine);
        withTheVersion(commandLine, commandLine.getCommandSpec().versionProvider());
        commandLine.setExecutionExceptionHandler(StepwiseCli::handleFailure);
        commandLine.setParameterExceptionHandler(new UsageError());
        return commandLine;
    }

    private static void withExitCodes(CommandLine commandLine) {
        commandLine.getCommandSpec().usageMessage().exitCodeListHeading("%nExit codes:%n").exitCodeList(ExitCodes.help());
        commandLine.getSubcommands().values().forEach(StepwiseCli::withExitCodes);
    }

    /**
     * Every command's --help offers -V and --version (mixinStandardHelpOptions), but picocli gives a command no
     * version of its own: without the top command's provider they printed an empty line.
     */
    private static void withTheVersion(CommandLine commandLine, CommandLine.IVersionProvider version) {
        commandLine.getCommandSpec().versionProvider(version);
        commandLine.getSubcommands().values().forEach(command -> withTheVersion(command, version));
    }

    private static int handleFailure(Exception failure, CommandLine commandLine, ParseResult parsed) {
        int code;
        if (failure instanceof DataUnavailableException || failure instanceof DataFileRefusedStep) {
            code = ExitCodes.DATA_UNAVAILABLE;
        } else if (failure instanceof BackupException backup) {
            code = switch (backup.fault()) {
                case INPUT -> ExitCodes.BAD_INPUT;
                case FOLDER -> ExitCodes.DATA_UNAVAILABLE;
                case COPY -> ExitCodes.DAMAGED;
            };
        } else if (failure instanceof TextFileException || failure instanceof FileProblemException
                || failure instanceof RoleDescriptionException || failure instanceof IllegalArgumentException) {
            code = ExitCodes.BAD_INPUT;
        } else {
            code = ExitCodes.FAILURE;
        }
        String message = failure.getMessage() == null || failure.getMessage().isBlank()
                ? failure.getClass().getSimpleName() : failure.getMessage();
        if (failure instanceof FileProblemException refused && refused.otherFormat().isPresent()) {
            message += ": use " + importCommand(refused.otherFormat().get());
        }
        String prefix = code == ExitCodes.FAILURE ? "stepwise: unexpected failure: " : "stepwise: ";
        // One line, always: a message may quote a line of the file it refuses.
        commandLine.getErr().println(prefix + message.replaceAll("\\R", " "));
        commandLine.getErr().flush();
        return code;
    }

    /** The command that imports a file of the format, named from its declaration so the advice follows a rename. */
    static String importCommand(DeclaredFormat format) {
        Class<?> command = format == DeclaredFormat.PATH ? ImportPathCommand.class : ImportProgressCommand.class;
        return command.getAnnotation(Command.class).name();
    }

    /** Without a command: say what there is to do. */
    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing a command");
    }

    /** The version the build wrote into {@code version.properties} (the pom's version). */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() throws IOException {
            Properties properties = new Properties();
            try (InputStream in = StepwiseCli.class.getResourceAsStream("version.properties")) {
                if (in != null) {
                    properties.load(in);
                }
            }
            return new String[] {"Stepwise " + properties.getProperty("version", "(unknown version)")};
        }
    }
}

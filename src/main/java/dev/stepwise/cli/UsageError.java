package dev.stepwise.cli;

import java.util.List;
import java.util.Optional;
import picocli.CommandLine;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * What a wrong command line gets: one line on stderr naming the problem and the help to read, and exit code 2.
 * picocli calls a word where a command belongs an "unmatched argument at index 0"; it is said as an unknown command.
 */
final class UsageError implements IParameterExceptionHandler {
    @Override
    public int handleParseException(ParameterException problem, String[] args) {
        CommandLine failed = problem.getCommandLine();
        String help = "'" + failed.getCommandSpec().qualifiedName() + " --help'";
        String line = unknownCommand(problem).map(command -> "Unknown command '" + command + "' (see " + help + " for the commands)")
                .orElseGet(() -> withoutFullStop(problem.getMessage()) + " (see " + help + ")");
        failed.getErr().println("stepwise: " + line);
        return ExitCodes.USAGE;
    }

    /** Some of picocli's messages end with a full stop ("Unknown subcommand 'x'."); the pointer to the help follows. */
    private static String withoutFullStop(String message) {
        return message.endsWith(".") ? message.substring(0, message.length() - 1) : message;
    }

    /** The word given where a command was expected, if that is what went wrong. */
    private static Optional<String> unknownCommand(ParameterException problem) {
        if (problem instanceof UnmatchedArgumentException unmatched && !problem.getCommandLine().getSubcommands().isEmpty()) {
            List<String> words = unmatched.getUnmatched();
            if (!words.isEmpty() && !words.get(0).startsWith("-")) {
                return Optional.of(words.get(0));
            }
        }
        return Optional.empty();
    }
}

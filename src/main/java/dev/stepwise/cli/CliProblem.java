package dev.stepwise.cli;

/** A problem the command line found itself (a missing input file, an output folder that is not there): one line. */
final class CliProblem extends RuntimeException {
    CliProblem(String message, Throwable cause) {
        super(message, cause);
    }

    CliProblem(String message) {
        super(message);
    }
}

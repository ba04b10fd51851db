package dev.stepwise;

import dev.stepwise.cli.ExitCodes;
import dev.stepwise.domain.DataFileRefusedStep;
import dev.stepwise.service.DataUnavailableException;

/**
 * How the window's start ended, for the process's exit code. A failed start shows its dialog and then leaves through
 * {@code Platform.exit()}, which ends {@code Application.launch} normally: without this, every failed start exited
 * with 0 and a desktop launcher or script saw success. The codes are the command line's ({@link ExitCodes}), so both
 * say "the data folder cannot be used" with 3.
 */
final class StartupOutcome {
    private static volatile int exitCode = ExitCodes.OK;

    private StartupOutcome() {
    }

    /**
     * The exit code for a start that failed with this error: 3 when the data cannot be used (foreign, damaged, locked,
     * read-only, on a full disk, whether met at opening or at the first write), 2 when the command line named no usable
     * folder, 4 for anything else.
     */
    static int exitCodeFor(Throwable error) {
        if (error instanceof DataUnavailableException || error instanceof DataFileRefusedStep) {
            return ExitCodes.DATA_UNAVAILABLE;
        }
        if (error instanceof IllegalArgumentException) {
            return ExitCodes.USAGE;
        }
        return ExitCodes.FAILURE;
    }

    /** Remembers that the start failed; called before the dialog, so the code is set however the dialog ends. */
    static void failed(Throwable error) {
        exitCode = exitCodeFor(error);
    }

    /** {@link ExitCodes#OK} unless the start failed. */
    static int exitCode() {
        return exitCode;
    }

    /** For tests, which start the window more than once in one JVM. */
    static void reset() {
        exitCode = ExitCodes.OK;
    }
}

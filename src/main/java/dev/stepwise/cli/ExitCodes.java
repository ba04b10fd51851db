package dev.stepwise.cli;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The command line's exit codes, one per kind of failure a script can act on differently: fix the input (1), fix the
 * command (2), close the window or pick another data folder (3). Listed in every command's {@code --help}.
 */
public final class ExitCodes {
    public static final int OK = 0;
    /**
     * A file (an older version of an installed path included), a path id or a role text was refused, or an output file
     * could not be written; nothing was stored.
     */
    public static final int BAD_INPUT = 1;
    /** The command line itself was wrong (picocli's default for invalid input). */
    public static final int USAGE = 2;
    /**
     * The data folder cannot be used: open in the window, locked, unreadable or read-only, its disk full, not Stepwise's
     * file, damaged, or from a newer Stepwise. The window exits with the same code after such a failed start.
     */
    public static final int DATA_UNAVAILABLE = 3;
    /** Anything else: a failure Stepwise did not expect. */
    public static final int FAILURE = 4;
    /** {@code check} found damage or broken links, or a backup failed its own check. */
    public static final int DAMAGED = 5;

    /** For the usage help: each code and what it means, in order. */
    static Map<String, String> help() {
        Map<String, String> help = new LinkedHashMap<>();
        help.put(Integer.toString(OK), "done");
        help.put(Integer.toString(BAD_INPUT), "the input was refused (file missing or malformed, unknown path id, not a "
                + "role description, a path file older than the installed path) or the output file could not be written; "
                + "nothing was stored");
        help.put(Integer.toString(USAGE), "wrong command line (unknown command or option, missing argument)");
        help.put(Integer.toString(DATA_UNAVAILABLE), "the data folder cannot be used (Stepwise is open on it, it is "
                + "locked, unreadable or read-only, its disk is full, its file is not Stepwise's or is damaged, or it is from a "
                + "newer Stepwise)");
        help.put(Integer.toString(FAILURE), "an unexpected failure");
        help.put(Integer.toString(DAMAGED), "check found damage or broken links, or a backup failed its check "
                + "(the failed backup was deleted, no older one removed)");
        return help;
    }

    private ExitCodes() {
    }
}

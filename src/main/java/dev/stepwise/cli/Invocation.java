package dev.stepwise.cli;

/**
 * Decides, before anything else is loaded, whether the arguments ask for the command line or for the window. Kept
 * free of picocli and JavaFX so that the launcher can ask it without loading either.
 *
 * <p>The window opens for no arguments or the data folder alone ({@code --data-dir DIR} or {@code --data-dir=DIR}),
 * as before the command line existed. Anything else runs the command line: a command, {@code --help}, or an argument
 * it does not understand, which it reports as a usage error (exit 2) instead of opening the window over it.
 */
public final class Invocation {
    private static final String DATA_DIR = "--data-dir";

    private Invocation() {
    }

    public static boolean isCommandLine(String... args) {
        return !(args.length == 0 || isDataFolderAlone(args));
    }

    private static boolean isDataFolderAlone(String... args) {
        return args.length == 1 && args[0].startsWith(DATA_DIR + "=") || args.length == 2 && args[0].equals(DATA_DIR);
    }
}

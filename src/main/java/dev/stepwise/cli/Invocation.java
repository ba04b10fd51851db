package dev.stepwise.cli;

import java.util.Set;

/**
 * Decides, before anything else is loaded, whether the arguments ask for the command line or for the window. Kept
 * free of picocli and JavaFX so that the launcher can ask it without loading either.
 *
 * <p>The window opens for no arguments or options alone ({@code --data-dir DIR}, as before the command line
 * existed). A word that is not an option's value (a command, or a mistyped one, which the command line then
 * reports) or {@code --help}/{@code --version} runs the command line.
 */
public final class Invocation {
    private static final Set<String> INFORMATION_OPTIONS = Set.of("-h", "--help", "-V", "--version");
    private static final String DATA_DIR = "--data-dir";

    private Invocation() {
    }

    public static boolean isCommandLine(String... args) {
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals(DATA_DIR)) {
                i++;
            } else if (INFORMATION_OPTIONS.contains(arg)) {
                return true;
            } else if (!arg.startsWith("-")) {
                return true;
            }
        }
        return false;
    }
}

package dev.stepwise;

import dev.stepwise.cli.ExitCodes;
import java.util.List;
import javafx.application.Application;

/**
 * Starts the window. A main class that extends {@link Application} cannot start from the classpath ("JavaFX runtime
 * components are missing"), and {@link Launcher} must stay free of JavaFX so commands never load it: hence this
 * small class between them. Without a display it says so in one line and exits, before JavaFX is touched; after a
 * failed start it exits with {@link StartupOutcome}'s code rather than 0.
 */
final class WindowLauncher {
    private WindowLauncher() {
    }

    static void launch(String[] args) {
        if (DisplayCheck.displayMissing(System.getenv(), System.getProperty("os.name"), System.getProperty("glass.platform"))) {
            System.err.println(DisplayCheck.MESSAGE);
            System.exit(DisplayCheck.EXIT_CODE);
        }
        // The data opens on the store thread while the toolkit starts: neither needs the other.
        StoreHeadStart.begin(List.of(args), System.getenv());
        Application.launch(App.class, args);
        // launch() returns once the toolkit has exited; a failed start (its dialog now closed) leaves with its code.
        int code = StartupOutcome.exitCode();
        if (code != ExitCodes.OK) {
            System.exit(code);
        }
    }
}

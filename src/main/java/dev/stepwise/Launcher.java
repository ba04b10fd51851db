package dev.stepwise;

import dev.stepwise.cli.Invocation;
import dev.stepwise.cli.StepwiseCli;
import dev.stepwise.service.DataFolder;
import dev.stepwise.store.SqliteLibrary;

/**
 * Plain entry point for {@code java -jar} and IDEs: no arguments or the data folder alone opens the window, anything
 * else ({@code stepwise list}, {@code stepwise --help}, a mistyped option) runs the command line ({@link Invocation}).
 * This class must not mention JavaFX: a command starts no toolkit and loads no JavaFX class, so it runs on a machine
 * without a display (the window starts in {@link WindowLauncher}).
 */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) {
        // Before anything opens the database: the driver loads its native library from our cache, not a fresh copy.
        SqliteLibrary.useCopyIn(DataFolder.cacheFolder().resolve("native"));
        if (Invocation.isCommandLine(args)) {
            System.exit(StepwiseCli.run(args));
        }
        WindowLauncher.launch(args);
    }
}

package dev.stepwise.cli;

import picocli.CommandLine.Option;

/** {@code --data-dir DIR} on every command, the same option the window takes. */
final class DataDirOption {
    static final String NAME = "--data-dir";

    @Option(names = NAME, paramLabel = "DIR", description = "data folder (default: $STEPWISE_DATA_DIR, else the "
            + "per-user data folder the window uses); created and set up on first use")
    String dataDir;
}

package dev.stepwise.cli;

import dev.stepwise.service.BackupService;
import dev.stepwise.service.Stepwise;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code restore FILE}: the data as it was in a backup; the data as it is now is backed up first. */
@Command(name = "restore", mixinStandardHelpOptions = true,
        description = {"Replace your data with a backup's.",
            "The file is checked first; your data as it is now is backed up before it is replaced."})
final class RestoreCommand extends DataCommand {
    @Parameters(paramLabel = "FILE", description = "the backup, e.g. one from the data folder's backups folder")
    Path file;

    RestoreCommand(CliEnvironment environment) {
        super(environment);
    }

    @Override
    void run() {
        if (!file.toFile().isFile()) {
            throw new IllegalArgumentException("No backup file " + file);
        }
        BackupService.Written before;
        try (Stepwise stepwise = open()) {
            before = stepwise.backups().restore(file.toAbsolutePath());
        }
        out().println("Restored " + file);
        out().println("Your data as it was before: " + before.backup().file());
    }
}

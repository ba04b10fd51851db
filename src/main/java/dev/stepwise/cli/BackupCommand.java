package dev.stepwise.cli;

import dev.stepwise.domain.BackupReason;
import dev.stepwise.service.BackupService;
import dev.stepwise.service.Stepwise;
import picocli.CommandLine.Command;

/** {@code backup}: a checked backup now, in the data folder's {@code backups} folder; prints its path. */
@Command(name = "backup", mixinStandardHelpOptions = true,
        description = {"Write a checked backup of your data into the data folder's backups folder and print its path.",
            "Older backups are thinned out: the newest 10, one a day for a week, one a week for 4 weeks, one a month "
                    + "for 6 months."})
final class BackupCommand extends DataCommand {
    BackupCommand(CliEnvironment environment) {
        super(environment);
    }

    @Override
    void run() {
        BackupService.Written written;
        try (Stepwise stepwise = open()) {
            written = stepwise.backups().backUp(BackupReason.MANUAL);
        }
        out().println(written.backup().file());
        if (written.shrank()) {
            out().println("Note: this backup is less than half the size of the one before it; that one is kept.");
        }
    }
}

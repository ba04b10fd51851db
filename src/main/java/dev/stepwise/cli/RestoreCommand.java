package dev.stepwise.cli;

import dev.stepwise.io.TextFiles;
import dev.stepwise.service.BackupService;
import dev.stepwise.service.DataUnavailableException;
import dev.stepwise.service.Recovery;
import dev.stepwise.service.Stepwise;
import java.nio.file.Path;
import java.time.Clock;
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
        // Worded as every other command's input file ("FILE: no such file"), before the data folder is opened.
        TextFiles.checkReadable(file);
        BackupService.Written before;
        try (Stepwise stepwise = open()) {
            before = stepwise.backups().restore(file.toAbsolutePath());
        } catch (DataUnavailableException e) {
            if (!Recovery.canHelp(e)) {
                throw e;
            }
            restoreOverDamaged();
            return;
        }
        out().println("Restored " + file);
        out().println("Your data as it was before: " + before.backup().file());
    }

    /**
     * The case a restore is most needed for: the data file is damaged, so it can be neither opened nor backed up. It is
     * moved aside whole instead, as the window does at a start, and the restored file is opened once to prove it.
     */
    private void restoreOverDamaged() {
        Path aside = new Recovery(folder().databaseFile(), Clock.systemUTC()).restoreOver(file.toAbsolutePath());
        open().close();
        out().println("Restored " + file);
        out().println("Your data file was damaged, so it could not be backed up first; it was moved aside, untouched, to "
                + aside);
    }
}

package dev.stepwise.service;

import dev.stepwise.domain.FileCheck;
import dev.stepwise.domain.SalvageReport;
import dev.stepwise.store.FileChecks;
import dev.stepwise.store.Salvage;
import java.nio.file.Path;

/**
 * Looking into the learner's data file without opening it for work, so a damaged file can still be checked and its
 * readable rows saved ({@code stepwise check}, {@code --salvage}). Only reads the file; safe beside an open window.
 */
public final class DataCheck {
    private DataCheck() {
    }

    /** Integrity, broken links and row counts of the file. */
    public static FileCheck check(Path databaseFile) {
        return FileChecks.check(databaseFile);
    }

    /**
     * Copies every readable row into {@code out}, a fresh Stepwise file, table by table.
     *
     * @throws dev.stepwise.domain.BackupException when {@code out} already holds something or cannot be made
     */
    public static SalvageReport salvage(Path databaseFile, Path out) {
        return Salvage.copy(databaseFile, out);
    }
}

package dev.stepwise.store;

import dev.stepwise.domain.BackupException;
import dev.stepwise.domain.FileCheck;
import dev.stepwise.domain.Phrase;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import org.sqlite.SQLiteConnection;

/**
 * Copies of the open database, made and put back on its own connection (the store thread's), never by copying files:
 * a file copy of a live WAL database can miss what is still in the -wal file or catch a page half written.
 */
public final class BackupCopies {
    private BackupCopies() {
    }

    /**
     * Writes a consistent copy with {@code VACUUM INTO} and checks it: {@code integrity_check} says "ok" and every
     * table has as many rows as the live one. A copy that fails is deleted.
     *
     * @param target a file that does not exist yet; it is created owner-only first, and VACUUM INTO fills the empty
     *               file (it refuses only a file that is not empty), so the copy is never readable by others
     * @throws BackupException naming what failed; the live data is untouched
     */
    public static FileCheck write(Database database, Path target) {
        try {
            OwnerOnly.createFolders(target.getParent());
            Files.createFile(target, OwnerOnly.fileAttributes(target));
        } catch (IOException e) {
            // Not ours to delete: it may be a file that was there before.
            throw BackupException.notWritten(Phrase.of("backup.notWritten", target.toString(), FileErrors.reason(e)), e);
        }
        Map<String, Long> live;
        try {
            // Outside any transaction (VACUUM cannot run in one) and on the one connection, so no write interleaves.
            try (PreparedStatement vacuum = database.connection().prepareStatement("VACUUM INTO ?")) {
                vacuum.setString(1, target.toString());
                vacuum.execute();
            }
            live = FileChecks.rowCounts(database.connection());
        } catch (SQLException e) {
            deleteQuietly(target);
            throw BackupException.notWritten(Phrase.of("backup.notWritten", target.toString(), SqliteErrors.reason(e)), e);
        }
        FileCheck check;
        try {
            check = FileChecks.check(target);
        } catch (BackupException e) {
            deleteQuietly(target);
            throw e;
        }
        if (!check.problems().isEmpty()) {
            deleteQuietly(target);
            throw new BackupException(Phrase.of("backup.damaged", target.toString(), String.join("; ", check.problems())), null);
        }
        if (!check.rowCounts().equals(live)) {
            deleteQuietly(target);
            throw new BackupException(Phrase.of("backup.countsDiffer", target.toString()), null);
        }
        return check;
    }

    /**
     * Replaces everything in the open database with the content of {@code source} in one step (SQLite's backup API,
     * which holds the write lock until the last page is in, so a failure leaves the data as it was). The source must
     * already be checked and migrated to this version's schema ({@link #prepareForRestore}). The connection stays
     * open: every service keeps working, now on the restored rows.
     */
    public static void restore(Database database, Path source) {
        try (Statement statement = database.connection().createStatement()) {
            ((SQLiteConnection) database.connection()).getDatabase().restore("main", source.toString(), null);
            // The restored file carries its own journal mode in its header; the live file stays a WAL file.
            statement.execute("PRAGMA journal_mode = WAL");
        } catch (SQLException e) {
            throw new BackupException(Phrase.of("backup.notRestored", source.toString(), SqliteErrors.reason(e)), e);
        }
    }

    /**
     * A working copy of a file to restore, checked the way the app checks its own file at start (Stepwise's mark, no
     * damage, every table of its version) and migrated to this version's schema. Written with VACUUM INTO from a
     * read-only connection, so the file itself is never changed and its own -wal (if any) is read too.
     *
     * <p>Reading a WAL file from a read-only connection leaves a {@code -wal} and {@code -shm} beside it, which SQLite
     * removes only for a connection that may write: those this look made are removed again, so the learner's file (a
     * salvaged copy, a copy of a data file) is left as it was found.
     *
     * @throws BackupException or {@link DatabaseUnavailableException} when the file is not one to restore from
     */
    public static void prepareForRestore(Path source, Path workingCopy) {
        List<Path> missing = ReadOnlyConnections.missingCompanions(source);
        try {
            copyToRestore(source, workingCopy);
        } finally {
            ReadOnlyConnections.removeMadeBeside(missing);
        }
    }

    private static void copyToRestore(Path source, Path workingCopy) {
        FileCheck check;
        try {
            check = FileChecks.check(source);
        } catch (BackupException e) {
            throw BackupException.refused(e.explanation(), e);
        }
        if (!check.stepwise()) {
            throw BackupException.refused(Phrase.of("backup.notStepwise", source.toString()), null);
        }
        if (!check.ok()) {
            throw BackupException.refused(Phrase.of("backup.sourceDamaged", source.toString(),
                    String.join("; ", check.problems().isEmpty() ? check.brokenLinks() : check.problems())), null);
        }
        try {
            Files.createFile(workingCopy, OwnerOnly.fileAttributes(workingCopy));
        } catch (IOException e) {
            throw BackupException.notWritten(Phrase.of("backup.notRestored", source.toString(), FileErrors.reason(e)), e);
        }
        try (var connection = ReadOnlyConnections.open(source);
             PreparedStatement vacuum = connection.prepareStatement("VACUUM INTO ?")) {
            vacuum.setString(1, workingCopy.toString());
            vacuum.execute();
        } catch (SQLException e) {
            deleteQuietly(workingCopy);
            throw BackupException.refused(Phrase.of("backup.unreadable", source.toString(), SqliteErrors.reason(e)), e);
        }
        // Opening runs the same ownership, damage and schema checks as a start, and migrates an older copy.
        Database.open(workingCopy).close();
    }

    /**
     * How many rows this connection has changed since it was opened ({@code total_changes()}): the signal for "was
     * anything saved since the last backup". Own writes count (unlike {@code PRAGMA data_version}), a backup does not.
     */
    public static long changes(Database database) {
        return Sql.query(database, "SELECT total_changes()", statement -> { }, row -> row.getLong(1)).get(0);
    }

    /** A working copy and the log files SQLite may have left beside it, best effort. */
    public static void deleteWithLogs(Path file) {
        for (String suffix : List.of("", "-wal", "-shm", "-journal")) {
            deleteQuietly(file.resolveSibling(file.getFileName() + suffix));
        }
    }

    public static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // Best effort: the failure being reported matters more than a leftover file.
        }
    }
}

package dev.stepwise.store;

import dev.stepwise.domain.Phrase;
import java.nio.file.Path;
import java.sql.SQLException;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/** What SQLite's error codes mean to a learner: a locked, read-only, damaged or full file, in words, not codes. */
final class SqliteErrors {
    private SqliteErrors() {
    }

    /** Turns SQLite's error codes into words a learner understands, in English. */
    static String describe(SQLException e) {
        return reason(e).english();
    }

    /**
     * The exception for a statement on the file that failed: a file locked by another program is its own kind (nothing
     * was done, whether the statement read or wrote), anything else a store exception saying what failed and why.
     */
    static StoreException failure(String failed, Path file, SQLException e) {
        if (isLocked(e)) {
            return new DatabaseLockedException(file, e);
        }
        if (isFull(e)) {
            return new DiskFullException(file, e);
        }
        return new StoreException(failed + " " + file + ": " + describe(e), e);
    }

    /** SQLITE_BUSY or SQLITE_LOCKED, extended codes included: another connection holds the lock past the busy timeout. */
    private static boolean isLocked(SQLException e) {
        int primary = e instanceof SQLiteException sqlite ? sqlite.getResultCode().code & 0xff : -1;
        return primary == SQLiteErrorCode.SQLITE_BUSY.code || primary == SQLiteErrorCode.SQLITE_LOCKED.code;
    }

    /**
     * SQLITE_FULL, or the index beside a WAL file that could not grow (SQLITE_IOERR_SHMSIZE): on a full disk that is
     * the first write to fail, at the opening of the file, and SQLite's words for it ("I/O error within xShmMap") told a
     * learner nothing.
     */
    static boolean isFull(SQLException e) {
        if (!(e instanceof SQLiteException sqlite)) {
            return false;
        }
        SQLiteErrorCode code = sqlite.getResultCode();
        return (code.code & 0xff) == SQLiteErrorCode.SQLITE_FULL.code || code == SQLiteErrorCode.SQLITE_IOERR_SHMSIZE;
    }

    /** Turns SQLite's error codes into words a learner understands; other errors keep the driver's own words. */
    static Phrase reason(SQLException e) {
        if (isLocked(e)) {
            return Phrase.of("store.reason.locked");
        }
        if (isFull(e)) {
            return Phrase.of("store.reason.diskFull");
        }
        if (e instanceof SQLiteException sqlite) {
            SQLiteErrorCode code = sqlite.getResultCode();
            switch (code.code & 0xff) {
                case 26: // SQLITE_NOTADB
                    return Phrase.of("store.reason.notADatabase");
                case 11: // SQLITE_CORRUPT
                    return Phrase.of("store.reason.damaged");
                case 8: // SQLITE_READONLY
                    return Phrase.of("store.reason.readOnly");
                case 14: // SQLITE_CANTOPEN
                    return Phrase.of("store.reason.cantOpen");
                default:
                    break;
            }
        }
        return Phrase.of("store.reason.driver", String.valueOf(e.getMessage()));
    }
}

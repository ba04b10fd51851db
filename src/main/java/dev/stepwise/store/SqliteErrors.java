package dev.stepwise.store;

import dev.stepwise.domain.Phrase;
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

    /** Turns SQLite's error codes into words a learner understands; other errors keep the driver's own words. */
    static Phrase reason(SQLException e) {
        if (e instanceof SQLiteException sqlite) {
            SQLiteErrorCode code = sqlite.getResultCode();
            switch (code.code & 0xff) {
                case 26: // SQLITE_NOTADB
                    return Phrase.of("store.reason.notADatabase");
                case 11: // SQLITE_CORRUPT
                    return Phrase.of("store.reason.damaged");
                case 5: // SQLITE_BUSY
                case 6: // SQLITE_LOCKED
                    return Phrase.of("store.reason.locked");
                case 8: // SQLITE_READONLY
                    return Phrase.of("store.reason.readOnly");
                case 14: // SQLITE_CANTOPEN
                    return Phrase.of("store.reason.cantOpen");
                case 13: // SQLITE_FULL
                    return Phrase.of("store.reason.diskFull");
                default:
                    break;
            }
        }
        return Phrase.of("store.reason.driver", String.valueOf(e.getMessage()));
    }
}

package dev.stepwise.store;

import dev.stepwise.domain.DataFileRefusedStep;
import dev.stepwise.domain.Phrase;
import java.nio.file.Path;
import java.sql.SQLException;

/**
 * The disk holding the data file is full: SQLite could not grow the file, its log or its index, so the statement's
 * transaction was rolled back and nothing was changed. Made for every statement by {@link SqliteErrors#failure}, so a
 * full disk reads the same whatever the command (it was exit 4, "unexpected failure", in one and exit 3 in another).
 */
public class DiskFullException extends StoreException implements DataFileRefusedStep {
    private final transient Path file;

    DiskFullException(Path file, SQLException cause) {
        super(explanation(file).english(), cause);
        this.file = file;
    }

    private static Phrase explanation(Path file) {
        return Phrase.of("store.diskFullNothingChanged", String.valueOf(file));
    }

    @Override
    public Phrase explanation() {
        return explanation(file);
    }
}

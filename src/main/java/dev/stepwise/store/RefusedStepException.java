package dev.stepwise.store;

import dev.stepwise.domain.DataFileRefusedStep;
import dev.stepwise.domain.Phrase;
import java.nio.file.Path;
import java.sql.SQLException;

/**
 * A statement SQLite refused for a reason outside Stepwise (the file locked by another program, the disk full): its
 * transaction was rolled back and nothing was changed. Made for every statement by {@link SqliteErrors#failure}, so
 * the same trouble reads the same whatever the command; the sentence names the file and says what to do.
 */
abstract class RefusedStepException extends StoreException implements DataFileRefusedStep {
    private final transient Path file;
    private final String key;

    RefusedStepException(Path file, String key, SQLException cause) {
        super(Phrase.of(key, String.valueOf(file)).english(), cause);
        this.file = file;
        this.key = key;
    }

    @Override
    public Phrase explanation() {
        return Phrase.of(key, String.valueOf(file));
    }
}

package dev.stepwise.store;

import dev.stepwise.domain.Explained;
import dev.stepwise.domain.Phrase;

/**
 * One stored row holds a value Stepwise cannot read (a status it does not know, a date that is not one): written by
 * another program, an older bug or a damaged sector. Says which table, which row (by its key) and which field, instead
 * of a stack trace from deep in the mapping.
 */
public class BadRowException extends StoreException implements Explained {
    private final transient Phrase explanation;

    BadRowException(String table, Phrase key, Phrase problem, Throwable cause) {
        this(Phrase.of("store.badRow", table, key, problem), cause);
    }

    private BadRowException(Phrase explanation, Throwable cause) {
        super(explanation.english(), cause);
        this.explanation = explanation;
    }

    @Override
    public Phrase explanation() {
        return explanation;
    }
}

package dev.stepwise.io;

import dev.stepwise.domain.Explained;
import dev.stepwise.domain.Phrase;

/**
 * Pasted text that cannot become a path — not a role description, or too large — with a phrase that says why, for
 * the learner to read in their language. Thrown before anything is built.
 */
public class RoleDescriptionException extends RuntimeException implements Explained {
    private final Phrase explanation;

    public RoleDescriptionException(Phrase explanation) {
        super(explanation.english());
        this.explanation = explanation;
    }

    @Override
    public Phrase explanation() {
        return explanation;
    }
}

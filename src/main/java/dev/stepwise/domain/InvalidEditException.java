package dev.stepwise.domain;

/**
 * A value a learner typed that a path cannot take (an empty title, a link that is not a web link, an id that is
 * taken). Refused before anything changes; the explanation is shown where the value was typed.
 */
public final class InvalidEditException extends IllegalArgumentException implements Explained {
    private final Phrase explanation;

    public InvalidEditException(Phrase explanation) {
        super(explanation.english());
        this.explanation = explanation;
    }

    @Override
    public Phrase explanation() {
        return explanation;
    }
}

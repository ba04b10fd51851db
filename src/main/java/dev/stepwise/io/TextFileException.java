package dev.stepwise.io;

import dev.stepwise.domain.Explained;
import dev.stepwise.domain.Phrase;

/**
 * A file named by the learner that cannot be read or written at all — missing, a folder, unreadable, too large, not
 * UTF-8, or its folder gone — with a sentence naming the file. Nothing was read into or written from it.
 */
public final class TextFileException extends RuntimeException implements Explained {
    private final Phrase explanation;

    TextFileException(Phrase explanation, Throwable cause) {
        super(explanation.english(), cause);
        this.explanation = explanation;
    }

    @Override
    public Phrase explanation() {
        return explanation;
    }
}

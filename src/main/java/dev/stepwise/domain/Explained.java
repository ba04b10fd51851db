package dev.stepwise.domain;

/**
 * A failure that carries its explanation as a {@link Phrase}, so the window can show it in the learner's language
 * while {@code getMessage()} stays English for logs and the command line.
 */
public interface Explained {
    Phrase explanation();
}

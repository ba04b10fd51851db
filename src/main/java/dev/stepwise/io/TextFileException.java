package dev.stepwise.io;

/**
 * A file named by the learner that cannot be read or written at all — missing, a folder, unreadable, too large, not
 * UTF-8, or its folder gone — with a sentence naming the file. Nothing was read into or written from it.
 */
public final class TextFileException extends RuntimeException {
    TextFileException(String message, Throwable cause) {
        super(message, cause);
    }
}

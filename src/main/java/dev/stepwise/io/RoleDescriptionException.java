package dev.stepwise.io;

/**
 * Pasted text that cannot become a path — not a role description, or too large — with a message that says why, for
 * the learner to read. Thrown before anything is built.
 */
public class RoleDescriptionException extends RuntimeException {
    public RoleDescriptionException(String message) {
        super(message);
    }
}

package dev.stepwise.ui.common;

/**
 * The page or path the learner is on could not be remembered for the next start (the disk is full, another program
 * holds the file). Nothing of theirs was lost, so the window says it in the status line and opens no dialog.
 */
public final class PlaceNotRemembered extends RuntimeException {
    public PlaceNotRemembered(Throwable cause) {
        super(cause.getMessage(), cause);
    }
}

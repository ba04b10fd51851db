package dev.stepwise.service;

import dev.stepwise.domain.Phrase;
import java.nio.file.Path;

/**
 * Another Stepwise, a window or a command, has the data file open. A type of its own so that each front end can say it
 * in its words: the window's reason ({@code store.reason.alreadyOpen}) tells the learner to switch to the other
 * window, which a script running two commands at once does not have.
 */
public class DataInUseException extends DataUnavailableException {
    DataInUseException(Path file, Throwable cause) {
        super(file, Phrase.of("store.reason.alreadyOpen"), cause);
    }
}

package dev.stepwise.service;

import dev.stepwise.io.ProgressFileWriter;
import java.time.Clock;

/**
 * Progress files out (and, in a later piece, in): a learner's progress on one installed path as a
 * {@code stepwise-progress} document, to keep, move to another machine or hand to an instructor.
 */
public final class ProgressFiles {
    private final ProgressService progress;
    private final ProgressFileWriter writer;

    public ProgressFiles(ProgressService progress, Clock clock) {
        this.progress = progress;
        this.writer = new ProgressFileWriter(clock);
    }

    /**
     * The progress on the path as a {@code stepwise-progress} document, exported now. Reads in one transaction;
     * the JSON is built after it.
     *
     * @throws IllegalArgumentException when no path with the id is installed
     */
    public String export(String pathId) {
        return writer.write(progress.load(pathId));
    }
}

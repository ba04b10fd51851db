package dev.stepwise.domain;

/**
 * A failure because another program holds the learner's data file locked: SQLite waited and gave up, so the step was
 * not done and nothing was changed; it may work once the other program lets go. An interface in the domain, like
 * {@link Explained}, so that the command line, which must not know the store that finds it, can tell it from other
 * failures (its exit code says "the data folder cannot be used").
 */
public interface DataFileLocked extends Explained {
}

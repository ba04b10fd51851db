package dev.stepwise.domain;

/**
 * The learner's data file could not take a step for a reason outside Stepwise, one that may pass: another program
 * holds the file locked (SQLite waited and gave up), or the disk it is on is full. The step was not done and nothing
 * was changed. An interface in the domain, like {@link Explained}, so that the command line, which must not know the
 * store that finds it, can tell it from other failures (its exit code says "the data folder cannot be used").
 */
public interface DataFileRefusedStep extends Explained {
}

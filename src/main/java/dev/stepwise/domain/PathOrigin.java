package dev.stepwise.domain;

/** Where a path in the workspace came from; it decides whether a newer bundled version may update it. */
public enum PathOrigin {
    /** Shipped with Stepwise: newer bundled versions are offered as upstream changes. */
    BUNDLED,
    /** Created, forked or imported by the learner: nobody upstream changes it. */
    OWN
}

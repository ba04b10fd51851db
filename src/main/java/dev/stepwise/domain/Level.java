package dev.stepwise.domain;

/**
 * The 0–4 skill scale. Each level has a behavioural anchor so that a self-assessment describes what the
 * learner can do rather than how confident they feel.
 */
public enum Level {
    NOT_YET("Not yet", "Has not started on this skill yet."),
    AWARE("Aware", "Knows what it is and why it matters."),
    GUIDED("Guided", "Can do it with help or a reference."),
    INDEPENDENT("Independent", "Does it alone in a real project."),
    TEACHES("Teaches", "Can teach it and review others' work.");

    public static final Level MIN = NOT_YET;
    public static final Level MAX = TEACHES;

    private final String label;
    private final String anchor;

    Level(String label, String anchor) {
        this.label = label;
        this.anchor = anchor;
    }

    /** The number shown to the user and stored in the database (0–4). */
    public int value() {
        return ordinal();
    }

    public String label() {
        return label;
    }

    public String anchor() {
        return anchor;
    }

    /** @throws IllegalArgumentException naming the value when it lies outside 0–4 */
    public static Level of(int value) {
        if (value < MIN.value() || value > MAX.value()) {
            throw new IllegalArgumentException("level must be between 0 and 4, was " + value);
        }
        return values()[value];
    }

    public Level raisedBy(int steps) {
        long raised = (long) value() + steps;
        return of((int) Math.max(MIN.value(), Math.min(MAX.value(), raised)));
    }

    @Override
    public String toString() {
        return value() + " " + label;
    }
}

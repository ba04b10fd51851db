package dev.stepwise.domain;

/** Where a learner stands on one checklist item. */
public enum ItemStatus {
    NOT_STARTED("Not started"),
    LEARNING("Learning"),
    DONE("Done"),
    SKIPPED("Skipped");

    private final String label;

    ItemStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

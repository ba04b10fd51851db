package dev.stepwise.domain;

/** How a learner answers a self-check statement about whether the role suits them. */
public enum SelfCheckAnswer {
    AGREE("Agree"),
    NOT_SURE("Not sure"),
    DISAGREE("Disagree");

    private final String label;

    SelfCheckAnswer(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

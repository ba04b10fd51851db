package dev.stepwise.domain;

/** What a checklist section asks of the learner; it decides how its items are worded and counted. */
public enum SectionKind {
    /** The ordered "how to become" steps; the next open one is what the overview suggests. */
    STEPS("Steps"),
    /** Typical background: education and experience people in the role usually bring. */
    BACKGROUND("Background"),
    /** Day-to-day work of the role: ticked when the learner has done it in a real project. */
    PRACTICE("Practice");

    private final String label;

    SectionKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

package dev.stepwise.domain;

/** How many checklist items have each status. */
public record StatusCounts(int notStarted, int learning, int done, int skipped) {

    public int total() {
        return notStarted + learning + done + skipped;
    }

    public int of(ItemStatus status) {
        return switch (status) {
            case NOT_STARTED -> notStarted;
            case LEARNING -> learning;
            case DONE -> done;
            case SKIPPED -> skipped;
        };
    }
}

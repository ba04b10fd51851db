package dev.stepwise.domain;

/** How many checklist items have each status. */
public record StatusCounts(int notStarted, int learning, int done, int skipped) {
    public static final StatusCounts NONE = new StatusCounts(0, 0, 0, 0);

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

    /** These counts with {@code by} more items (fewer, when negative) of this status. */
    public StatusCounts plus(ItemStatus status, int by) {
        return switch (status) {
            case NOT_STARTED -> new StatusCounts(notStarted + by, learning, done, skipped);
            case LEARNING -> new StatusCounts(notStarted, learning + by, done, skipped);
            case DONE -> new StatusCounts(notStarted, learning, done + by, skipped);
            case SKIPPED -> new StatusCounts(notStarted, learning, done, skipped + by);
        };
    }
}

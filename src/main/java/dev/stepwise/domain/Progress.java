package dev.stepwise.domain;

import java.util.Collection;

/**
 * Honest progress over a set of items: {@code done ÷ (total − skipped)}. Skipped items leave the denominator,
 * so skipping is never counted as achievement; the counts always travel with the fraction so the UI can show them.
 */
public record Progress(int done, int total, int skipped) {
    public Progress {
        if (done < 0 || skipped < 0 || done + skipped > total) {
            throw new IllegalArgumentException(
                    "impossible progress: %d done and %d skipped of %d".formatted(done, skipped, total));
        }
    }

    public static final Progress NONE = new Progress(0, 0, 0);

    public static Progress of(Collection<ItemStatus> statuses) {
        int done = 0;
        int skipped = 0;
        for (ItemStatus status : statuses) {
            if (status == ItemStatus.DONE) {
                done++;
            } else if (status == ItemStatus.SKIPPED) {
                skipped++;
            }
        }
        return new Progress(done, statuses.size(), skipped);
    }

    /** Items that still count: everything not skipped. */
    public int counted() {
        return total - skipped;
    }

    /**
     * 0.0–1.0. An empty set reads 0.0 (nothing achieved, and {@link #isComplete()} agrees); a set whose items were
     * all skipped has nothing outstanding and reads 1.0.
     */
    public double fraction() {
        return counted() == 0 ? (total == 0 ? 0.0 : 1.0) : (double) done / counted();
    }

    public int percent() {
        // Whole-number arithmetic: floor(29 / 50.0 * 100) is 57 in floating point, the honest figure is 58.
        return counted() == 0 ? (int) (fraction() * 100) : done * 100 / counted();
    }

    public boolean isComplete() {
        return total > 0 && done == counted();
    }

    public Progress plus(Progress other) {
        return new Progress(done + other.done, total + other.total, skipped + other.skipped);
    }

    /**
     * "5 of 9 done · 1 skipped": the "of" figure is the denominator of the fraction (items − skipped), so the words
     * and the percentage beside them always agree; the skipped part only appears when something was skipped.
     */
    public String summary() {
        String text = "%d of %d done".formatted(done, counted());
        return skipped == 0 ? text : text + " · %d skipped".formatted(skipped);
    }
}

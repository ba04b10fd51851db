package dev.stepwise.domain.chart;

/**
 * Where a count axis puts its ticks: from 0 in round steps (1, 2, 5, 10, 20, 50…), at most five of them up to the
 * largest count, and one step above it, so a total's line never lies on the chart's top edge. The window's charts and
 * the report's picture both ask it: "0, 5, 10, 15, 20" for 17 items, where quarters of 17 gave "0, 4, 9, 13, 17".
 */
public final class CountTicks {
    private static final int MOST_STEPS = 5;

    private CountTicks() {
    }

    /** The smallest of 1, 2, 5, 10, 20, 50… that splits {@code most} into at most five steps. */
    public static int step(int most) {
        for (long base = 1; ; base *= 10) {
            for (int factor : new int[] {1, 2, 5}) {
                if (base * factor * MOST_STEPS >= most) {
                    return (int) (base * factor);
                }
            }
        }
    }

    /** The axis's top: the first step above {@code most}. */
    public static int top(int most) {
        int step = step(most);
        return (Math.max(0, most) / step + 1) * step;
    }
}

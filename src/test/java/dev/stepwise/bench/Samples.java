package dev.stepwise.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Measured durations of one benchmark (warm-up runs are never added): the median, the range and the count, and the
 * two kinds of line every benchmark prints — {@code BENCH <name> <value>} for machines, a sentence for people.
 */
final class Samples {
    private final List<Long> nanos = new ArrayList<>();

    void add(long elapsedNanos) {
        nanos.add(elapsedNanos);
    }

    int count() {
        return nanos.size();
    }

    double medianMillis() {
        List<Long> sorted = nanos.stream().sorted().toList();
        int n = sorted.size();
        double median = n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2.0;
        return median / 1e6;
    }

    double minMillis() {
        return nanos.stream().mapToLong(Long::longValue).min().orElseThrow() / 1e6;
    }

    double maxMillis() {
        return nanos.stream().mapToLong(Long::longValue).max().orElseThrow() / 1e6;
    }

    /** "median 1.234 ms (min 1.100 – max 2.345, 30 runs)". */
    String describe() {
        return String.format(Locale.ROOT, "median %s ms (min %s – max %s, %d runs)", ms(medianMillis()), ms(minMillis()),
                ms(maxMillis()), count());
    }

    static String ms(double millis) {
        return String.format(Locale.ROOT, millis < 10 ? "%.3f" : millis < 1000 ? "%.1f" : "%.0f", millis);
    }

    /** The machine-readable headline line: {@code BENCH name value}, on a line of its own. */
    static void bench(String name, double value) {
        System.out.println(String.format(Locale.ROOT, "BENCH %s %s", name,
                Double.isNaN(value) ? "NaN" : value < 10 ? String.format(Locale.ROOT, "%.3f", value)
                        : String.format(Locale.ROOT, "%.1f", value)));
        System.out.flush();
    }

    static void say(String format, Object... args) {
        System.out.println(String.format(Locale.ROOT, format, args));
        System.out.flush();
    }
}

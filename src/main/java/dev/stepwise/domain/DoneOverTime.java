package dev.stepwise.domain;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * The data of the burn-up: how many items were done on each day, and from it the cumulative count per day — or per
 * week once the span is long — up to today in the learner's zone. Done dates are the learner's own calendar days
 * (set in their zone when the item was ticked), so only "today" needs a zone.
 *
 * <p>Counted once over a path ({@link #count}, its cost grows with the items: off the FX thread), then kept up to
 * date item by item ({@link #moved}), whose cost grows only with the number of distinct days. A done item without a
 * date (from an old file) counts as done from the start, so the line always ends at the path's done count.
 */
public final class DoneOverTime {
    /** Longer spans than this (in days) are shown per week: a year of days would be a smear of points. */
    public static final int DAILY_UP_TO_DAYS = 90;

    /** How the points are spaced. */
    public enum Bucket { DAY, WEEK }

    /** Items done by the end of {@code day} (for a week: its last day, or today in the current week). */
    public record Point(LocalDate day, int done) {
    }

    /** The cumulative line, its spacing, and the items that count (the total the line climbs towards). */
    public record Series(Bucket bucket, List<Point> points, int total) {
        public Series {
            points = List.copyOf(points);
        }

        /** Whether anything was done: without, there is no line to draw. */
        public boolean isEmpty() {
            return points.stream().allMatch(point -> point.done() == 0);
        }
    }

    private final NavigableMap<LocalDate, Integer> doneOn;
    private final int undated;
    private final int total;

    private DoneOverTime(NavigableMap<LocalDate, Integer> doneOn, int undated, int total) {
        this.doneOn = Collections.unmodifiableNavigableMap(doneOn);
        this.undated = undated;
        this.total = total;
    }

    /** Counts every done checklist item of the state by its done day (archived items are not in the count). */
    public static DoneOverTime count(PathState state) {
        NavigableMap<LocalDate, Integer> days = new TreeMap<>();
        int undated = 0;
        for (ItemProgress progress : state.items().values()) {
            if (progress.status() != ItemStatus.DONE || state.shape().item(progress.itemId()).isEmpty()) {
                continue;
            }
            if (progress.doneOn() == null) {
                undated++;
            } else {
                days.merge(progress.doneOn(), 1, Integer::sum);
            }
        }
        return new DoneOverTime(days, undated, state.overallProgress().counted());
    }

    /** The same count with one item moved from {@code before} to {@code after}, and the new total of counted items. */
    public DoneOverTime moved(ItemProgress before, ItemProgress after, int newTotal) {
        NavigableMap<LocalDate, Integer> days = new TreeMap<>(doneOn);
        int undatedNow = undated + add(days, after, 1) - add(days, before, -1);
        return new DoneOverTime(days, undatedNow, newTotal);
    }

    /** Adds (or with -1 removes) the item's done day; returns 1 when it is done without a date. */
    private static int add(Map<LocalDate, Integer> days, ItemProgress progress, int sign) {
        if (progress == null || progress.status() != ItemStatus.DONE) {
            return 0;
        }
        if (progress.doneOn() == null) {
            return 1;
        }
        days.merge(progress.doneOn(), sign, (a, b) -> a + b == 0 ? null : a + b);
        return 0;
    }

    /** Items done on each day, in day order. */
    public NavigableMap<LocalDate, Integer> doneOn() {
        return doneOn;
    }

    public int total() {
        return total;
    }

    /** The cumulative line up to today in the zone, by day or (over {@link #DAILY_UP_TO_DAYS}) by week. */
    public Series series(Instant now, ZoneId zone) {
        return series(LocalDate.ofInstant(now, zone));
    }

    /**
     * The cumulative line from the day before the first done day (at the undated count) to today, or to the last
     * done day when that is later (a date from a zone further east). With nothing done: one point, today.
     */
    public Series series(LocalDate today) {
        if (doneOn.isEmpty()) {
            return new Series(Bucket.DAY, List.of(new Point(today, undated)), total);
        }
        LocalDate first = doneOn.firstKey().minusDays(1);
        LocalDate last = today.isAfter(doneOn.lastKey()) ? today : doneOn.lastKey();
        boolean daily = ChronoUnit.DAYS.between(first, last) <= DAILY_UP_TO_DAYS;
        List<Point> points = new ArrayList<>();
        int done = undated;
        points.add(new Point(first, done));
        LocalDate from = first.plusDays(1);
        while (!from.isAfter(last)) {
            LocalDate end = daily ? from : min(from.with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY)), last);
            for (int count : doneOn.subMap(from, true, end, true).values()) {
                done += count;
            }
            points.add(new Point(end, done));
            from = end.plusDays(1);
        }
        return new Series(daily ? Bucket.DAY : Bucket.WEEK, points, total);
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }
}

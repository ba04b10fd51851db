package dev.stepwise.io.report;

import dev.stepwise.domain.DoneOverTime;
import dev.stepwise.domain.PlanPoint;
import dev.stepwise.domain.chart.CountTicks;
import dev.stepwise.domain.chart.DayTicks;
import dev.stepwise.domain.report.ReportBurnUp;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.stream.IntStream;

/**
 * What the burn-up picture's axes show, before a pixel is drawn: the days it spans, its count scale, and the labelled
 * days. Both scales are the window's own ({@link CountTicks}, {@link DayTicks}), so the picture an instructor reads
 * is labelled as the chart the learner sees: round counts ("0, 5, 10, 15, 20", not quarters of the total), days on the
 * calendar's boundaries in the report's language ("Nov 2026, Dec, Jan 2027", not two ISO dates at the ends).
 *
 * @param first the first day shown: the first done day, or a month back when nothing is done, or the plan's first day
 * @param last the last day shown: the report's day, or the plan's (or the done line's) last day when it is later
 * @param step the count between two lines of the count scale
 * @param top the count at the top of the plot
 * @param labels the labelled days, oldest first
 */
record BurnUpAxes(LocalDate first, LocalDate last, int step, int top, List<DayLabel> labels) {
    /** Before anything is done there is no first day: the picture then shows the month before the report. */
    static final int DAYS_SHOWN_WHEN_EMPTY = 30;

    /** A labelled day and its text. */
    record DayLabel(LocalDate day, String text) {
    }

    BurnUpAxes {
        labels = List.copyOf(labels);
    }

    /**
     * @param mostLabels how many day labels the plot's width holds
     */
    static BurnUpAxes of(ReportBurnUp burnUp, LocalDate today, DayTicks.Formats formats, int mostLabels) {
        List<DoneOverTime.Point> done = burnUp.done();
        LocalDate first = done.isEmpty() ? today.minusDays(DAYS_SHOWN_WHEN_EMPTY) : done.get(0).day();
        // A done day after the report's (a clock set back since) still lies on the plot.
        LocalDate last = done.isEmpty() || done.get(done.size() - 1).day().isBefore(today) ? today : done.get(done.size() - 1).day();
        int most = burnUp.total();
        for (PlanPoint point : burnUp.plan()) {
            first = point.day().isBefore(first) ? point.day() : first;
            last = point.day().isAfter(last) ? point.day() : last;
            most = Math.max(most, point.plannedDone());
        }
        DayTicks.Choice ticks = DayTicks.between(first, last, mostLabels);
        List<DayLabel> labels = ticks.days().stream().map(day -> new DayLabel(day, ticks.label(day, formats))).toList();
        return new BurnUpAxes(first, last, CountTicks.step(most), CountTicks.top(most), labels);
    }

    /** Days from the first to the last shown, at least one: the width of the plot in days. */
    long days() {
        return Math.max(1, ChronoUnit.DAYS.between(first, last));
    }

    /** The counts the scale's lines are drawn at, from 0 to the top. */
    List<Integer> counts() {
        return IntStream.rangeClosed(0, top / step).map(i -> i * step).boxed().toList();
    }
}

package dev.stepwise.domain.chart;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * Where a day axis puts its labels: on the calendar's own boundaries (days, Mondays, the first of a month, New Year),
 * the finest of them that leaves no more labels than fit. Ticks every 25 days fell on dates that mean nothing
 * ("10/7/26, 11/1/26, 11/26/26"); these fall where a learner counts time ("Oct", "Nov", "Dec").
 *
 * <p>Each step's days are aligned to the calendar, not to the range's start, so a range that grows by a day keeps the
 * labels it had. Plain Java: the window's chart axis and the report's picture both ask it, so they label alike.
 */
public final class DayTicks {
    /** What one label stands for: its unit decides how it is written. */
    public enum Unit {
        DAY, WEEK, MONTH, YEAR
    }

    /** A step between labels, finest first. */
    private record Step(Unit unit, int every) {
    }

    private static final List<Step> STEPS = List.of(new Step(Unit.DAY, 1), new Step(Unit.DAY, 2), new Step(Unit.WEEK, 1),
            new Step(Unit.WEEK, 2), new Step(Unit.MONTH, 1), new Step(Unit.MONTH, 2), new Step(Unit.MONTH, 3),
            new Step(Unit.MONTH, 6), new Step(Unit.YEAR, 1), new Step(Unit.YEAR, 2), new Step(Unit.YEAR, 5),
            new Step(Unit.YEAR, 10), new Step(Unit.YEAR, 50), new Step(Unit.YEAR, 100), new Step(Unit.YEAR, 1000));

    /** How labels are written, in the learner's language: "Nov 3", "Nov", "Jan 2027", "2027". */
    public record Formats(DateTimeFormatter day, DateTimeFormatter month, DateTimeFormatter monthAndYear,
                          DateTimeFormatter year) {
        /** The message keys of the four patterns, in the order of the record's fields. */
        public static final List<String> KEYS = List.of("chart.axis.day", "chart.axis.month", "chart.axis.monthAndYear",
                "chart.axis.year");

        /** The patterns the lookup (normally the message bundle) gives for {@link #KEYS}, in {@code locale}. */
        public static Formats from(Function<String, String> patterns, Locale locale) {
            List<DateTimeFormatter> formats = KEYS.stream().map(key -> DateTimeFormatter.ofPattern(patterns.apply(key), locale))
                    .toList();
            return new Formats(formats.get(0), formats.get(1), formats.get(2), formats.get(3));
        }
    }

    /** The labelled days, oldest first, and the unit they are written in. */
    public record Choice(Unit unit, List<LocalDate> days) {
        /**
         * A label: days and weeks by day and month, months by name (with the year on January and on the axis's first
         * label, so the year is always somewhere on a chart of months), years by number.
         */
        public String label(LocalDate day, Formats formats) {
            return switch (unit) {
                case DAY, WEEK -> formats.day().format(day);
                case MONTH -> (day.getMonthValue() == 1 || day.equals(days.get(0)) ? formats.monthAndYear() : formats.month())
                        .format(day);
                case YEAR -> formats.year().format(day);
            };
        }
    }

    private DayTicks() {
    }

    /**
     * The finest calendar step with at least one and at most {@code most} labelled days from {@code first} to
     * {@code last} (both included); a range too short for any boundary is labelled by its first day.
     */
    public static Choice between(LocalDate first, LocalDate last, int most) {
        if (last.isBefore(first)) {
            throw new IllegalArgumentException("the range ends before it starts: " + first + " to " + last);
        }
        int allowed = Math.max(1, most);
        for (Step step : STEPS) {
            List<LocalDate> days = days(step, first, last, allowed + 1);
            if (days.size() > allowed) {
                continue;
            }
            return days.isEmpty() ? new Choice(Unit.DAY, List.of(first)) : new Choice(step.unit(), List.copyOf(days));
        }
        return new Choice(Unit.DAY, List.of(first));
    }

    /** The step's days in the range, up to {@code cap} of them (enough to tell that there are too many). */
    private static List<LocalDate> days(Step step, LocalDate first, LocalDate last, int cap) {
        List<LocalDate> days = new ArrayList<>();
        for (LocalDate day = firstOnOrAfter(step, first); !day.isAfter(last) && days.size() < cap; day = next(step, day)) {
            days.add(day);
        }
        return days;
    }

    /** The step's first day on or after {@code day}: a day, a Monday, the first of a month, a New Year on its grid. */
    private static LocalDate firstOnOrAfter(Step step, LocalDate day) {
        int every = step.every();
        return switch (step.unit()) {
            case DAY -> day.plusDays(Math.floorMod(-day.toEpochDay(), every));
            case WEEK -> {
                LocalDate monday = day.with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY));
                yield monday.plusWeeks(Math.floorMod(-weekNumber(monday), every));
            }
            case MONTH -> {
                LocalDate firstOfMonth = day.getDayOfMonth() == 1 ? day : day.with(TemporalAdjusters.firstDayOfNextMonth());
                yield firstOfMonth.plusMonths(Math.floorMod(-(firstOfMonth.getMonthValue() - 1), every));
            }
            case YEAR -> {
                LocalDate newYear = day.getDayOfYear() == 1 ? day : day.with(TemporalAdjusters.firstDayOfNextYear());
                yield newYear.plusYears(Math.floorMod(-newYear.getYear(), every));
            }
        };
    }

    private static LocalDate next(Step step, LocalDate day) {
        return switch (step.unit()) {
            case DAY -> day.plusDays(step.every());
            case WEEK -> day.plusWeeks(step.every());
            case MONTH -> day.plusMonths(step.every());
            case YEAR -> day.plusYears(step.every());
        };
    }

    /** Weeks since the Monday before the epoch: every other Monday is the same Monday whatever the range. */
    private static long weekNumber(LocalDate monday) {
        return ChronoUnit.WEEKS.between(LocalDate.of(1969, 12, 29), monday);
    }
}

package dev.stepwise.domain;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * A path's activity by day in the learner's calendar: the heat map of the last {@link #WEEKS} weeks and the streaks.
 * Days are the learner's days (the caller counts each change on the day it happened where the learner is), weeks
 * start on Monday, and "today" is given, so every rule here is a plain function of its inputs.
 */
public final class ActivityCalendar {
    /** The heat map's span: a year of whole weeks, the last one being this week. */
    public static final int WEEKS = 52;
    /** Shades of the heat map besides "nothing": a day's count is placed among the year's busiest. */
    public static final int SHADES = 4;

    private final NavigableMap<LocalDate, Integer> counts;
    private final LocalDate today;

    private ActivityCalendar(NavigableMap<LocalDate, Integer> counts, LocalDate today) {
        this.counts = counts;
        this.today = today;
    }

    /** @param counts how many changes (or minutes) each day had; days without any may be left out */
    public static ActivityCalendar of(Map<LocalDate, Integer> counts, LocalDate today) {
        NavigableMap<LocalDate, Integer> kept = new TreeMap<>();
        counts.forEach((day, count) -> {
            if (count < 0) {
                throw new IllegalArgumentException("a negative count on " + day + ": " + count);
            }
            if (count > 0) {
                kept.put(day, count);
            }
        });
        return new ActivityCalendar(kept, today);
    }

    public LocalDate today() {
        return today;
    }

    /** The Monday the heat map starts on: {@link #WEEKS} weeks ending with the week of today. */
    public LocalDate firstDay() {
        return today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).minusWeeks(WEEKS - 1);
    }

    public int count(LocalDate day) {
        return counts.getOrDefault(day, 0);
    }

    /** One column of the heat map: seven days from a Monday; days after today are not in it yet. */
    public record Week(LocalDate monday, List<Day> days) {
    }

    /** One square: its day, its count and its shade (0 for nothing, 1 to {@link #SHADES} for more and more). */
    public record Day(LocalDate date, int count, int shade) {
    }

    /** The heat map, oldest week first; the last week stops at today. */
    public List<Week> weeks() {
        int busiest = counts.subMap(firstDay(), true, today, true).values().stream().mapToInt(Integer::intValue).max().orElse(0);
        List<Week> weeks = new ArrayList<>(WEEKS);
        for (LocalDate monday = firstDay(); !monday.isAfter(today); monday = monday.plusWeeks(1)) {
            List<Day> days = new ArrayList<>(7);
            for (LocalDate day = monday; day.isBefore(monday.plusWeeks(1)) && !day.isAfter(today); day = day.plusDays(1)) {
                days.add(new Day(day, count(day), shade(count(day), busiest)));
            }
            weeks.add(new Week(monday, Collections.unmodifiableList(days)));
        }
        return Collections.unmodifiableList(weeks);
    }

    /**
     * Shades split the range up to the busiest day in equal parts, so one very busy day does not wash the rest out
     * completely but the busiest days always stand out; any activity at all is at least the first shade.
     */
    static int shade(int count, int busiest) {
        if (count <= 0 || busiest <= 0) {
            return 0;
        }
        return Math.max(1, (int) Math.ceil(SHADES * (double) count / busiest));
    }

    /** Days with activity in the heat map's span. */
    public int activeDays() {
        return counts.subMap(firstDay(), true, today, true).size();
    }

    /**
     * Days in a row with activity, up to today — or up to yesterday when today has none yet: a streak is not broken
     * before the day is over.
     */
    public int currentStreak() {
        LocalDate last = counts.containsKey(today) ? today : today.minusDays(1);
        int streak = 0;
        for (LocalDate day = last; counts.containsKey(day); day = day.minusDays(1)) {
            streak++;
        }
        return streak;
    }

    /** The most days in a row with activity, ever (up to today). */
    public int longestStreak() {
        int longest = 0;
        int run = 0;
        LocalDate previous = null;
        for (LocalDate day : counts.headMap(today, true).keySet()) {
            run = previous != null && ChronoUnit.DAYS.between(previous, day) == 1 ? run + 1 : 1;
            longest = Math.max(longest, run);
            previous = day;
        }
        return longest;
    }
}

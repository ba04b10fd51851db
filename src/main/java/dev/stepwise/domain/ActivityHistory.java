package dev.stepwise.domain;

import java.time.LocalDate;
import java.util.Objects;
import java.util.SortedMap;

/**
 * A path's past as the overview shows it: the days with changes, the days with study time (the heat map shows either),
 * what this week brought, and the minutes studied per week (Monday to minutes, oldest first).
 */
public record ActivityHistory(ActivityCalendar calendar, ActivityCalendar minutes, WeekSummary thisWeek,
                              SortedMap<LocalDate, Integer> minutesPerWeek) {
    public ActivityHistory {
        Objects.requireNonNull(calendar, "calendar");
        Objects.requireNonNull(minutes, "minutes");
        Objects.requireNonNull(thisWeek, "thisWeek");
        Objects.requireNonNull(minutesPerWeek, "minutesPerWeek");
    }
}

package dev.stepwise.domain;

import java.util.Objects;

/** A path's past as the overview shows it: the days with activity and what this week brought. */
public record ActivityHistory(ActivityCalendar calendar, WeekSummary thisWeek) {
    public ActivityHistory {
        Objects.requireNonNull(calendar, "calendar");
        Objects.requireNonNull(thisWeek, "thisWeek");
    }
}

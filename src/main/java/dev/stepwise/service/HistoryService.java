package dev.stepwise.service;

import dev.stepwise.domain.ActivityCalendar;
import dev.stepwise.domain.ActivityHistory;
import dev.stepwise.domain.StudyEntry;
import dev.stepwise.domain.StudyTotals;
import dev.stepwise.domain.WeekSummary;
import dev.stepwise.store.ActivityRepository;
import dev.stepwise.store.Database;
import dev.stepwise.store.StudyTimeRepository;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The past of a path, read from its activity log in the learner's calendar: which days had activity (the heat map and
 * the streaks) and what this week brought. The clock says where the learner is and what day it is there, so a change
 * made at 23:30 in Berlin counts on that day, not on the next day in UTC.
 */
public final class HistoryService {
    private final Database database;
    private final ActivityRepository activity;
    private final StudyTimeRepository studyTime;
    private final Clock clock;

    HistoryService(Database database, ActivityRepository activity, StudyTimeRepository studyTime, Clock clock) {
        this.database = database;
        this.activity = activity;
        this.studyTime = studyTime;
        this.clock = clock;
    }

    public ActivityHistory history(String pathId) {
        ZoneId zone = clock.getZone();
        LocalDate today = LocalDate.ofInstant(clock.instant(), zone);
        Instant weekStart = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).atStartOfDay(zone).toInstant();
        return database.inTransaction(() -> {
            Map<LocalDate, Integer> perDay = new HashMap<>();
            // The log counts by UTC minute; every time zone is a whole number of minutes away, so each minute falls
            // on exactly one of the learner's days.
            activity.changesPerMinute(pathId).forEach((minute, count) ->
                    perDay.merge(LocalDate.ofInstant(minute, zone), count, Integer::sum));
            // Minutes from the study log itself, not from the activity log: imported sessions have no entry each.
            List<StudyEntry> log = studyTime.entries(pathId);
            Map<LocalDate, Integer> minutesPerDay = new HashMap<>();
            log.forEach(entry -> minutesPerDay.merge(entry.day(zone), entry.minutes(), Integer::sum));
            int minutes = StudyTotals.inWeekOf(log, today, zone);
            return new ActivityHistory(ActivityCalendar.of(perDay, today), ActivityCalendar.of(minutesPerDay, today),
                    WeekSummary.of(activity.since(pathId, weekStart), minutes), StudyTotals.perWeek(log, zone));
        });
    }
}

package dev.stepwise.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The heat map's weeks and shades and the streaks, on fixed days. */
class ActivityCalendarTest {
    /** A Thursday. */
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 26);

    private static ActivityCalendar calendar(Map<LocalDate, Integer> counts) {
        return ActivityCalendar.of(counts, TODAY);
    }

    private static Map<LocalDate, Integer> days(int count, LocalDate... days) {
        Map<LocalDate, Integer> counts = new HashMap<>();
        for (LocalDate day : days) {
            counts.put(day, count);
        }
        return counts;
    }

    @Test
    void theMapIs52WeeksFromAMondayToTodayWithTheLastWeekCutAtToday() {
        List<ActivityCalendar.Week> weeks = calendar(Map.of()).weeks();

        assertThat(weeks).hasSize(ActivityCalendar.WEEKS);
        assertThat(weeks.get(0).monday()).isEqualTo(LocalDate.of(2025, 12, 1)).matches(day -> day.getDayOfWeek() == DayOfWeek.MONDAY);
        assertThat(weeks.get(0).days()).hasSize(7);
        assertThat(weeks.get(51).monday()).isEqualTo(LocalDate.of(2026, 11, 23));
        assertThat(weeks.get(51).days()).extracting(ActivityCalendar.Day::date).last().isEqualTo(TODAY);
        assertThat(weeks.get(51).days()).hasSize(4);
    }

    @Test
    void onAMondayTheLastWeekIsOneDayAndOnASundayItIsWhole() {
        LocalDate monday = LocalDate.of(2026, 11, 23);
        assertThat(ActivityCalendar.of(Map.of(), monday).weeks().get(51).days()).hasSize(1);
        assertThat(ActivityCalendar.of(Map.of(), monday.plusDays(6)).weeks().get(51).days()).hasSize(7);
    }

    @Test
    void shadesGrowWithTheCountUpToTheBusiestDayAndAnyActivityIsVisible() {
        Map<LocalDate, Integer> counts = Map.of(TODAY, 40, TODAY.minusDays(1), 1, TODAY.minusDays(2), 20, TODAY.minusDays(3), 31);
        List<ActivityCalendar.Day> week = calendar(counts).weeks().get(51).days();

        assertThat(week).extracting(ActivityCalendar.Day::shade).containsExactly(4, 2, 1, 4);
        assertThat(ActivityCalendar.shade(0, 40)).isZero();
        assertThat(ActivityCalendar.shade(10, 40)).isEqualTo(1);
        assertThat(ActivityCalendar.shade(11, 40)).isEqualTo(2);
    }

    @Test
    void aBusyDayOlderThanTheMapDoesNotFadeTheYearShown() {
        Map<LocalDate, Integer> counts = Map.of(TODAY.minusYears(2), 1000, TODAY, 2);

        assertThat(calendar(counts).weeks().get(51).days().get(3).shade()).isEqualTo(ActivityCalendar.SHADES);
        assertThat(calendar(counts).activeDays()).isEqualTo(1);
    }

    @Test
    void theCurrentStreakEndsTodayOrYesterdayButNotEarlier() {
        assertThat(calendar(days(1, TODAY, TODAY.minusDays(1), TODAY.minusDays(2), TODAY.minusDays(4))).currentStreak()).isEqualTo(3);
        assertThat(calendar(days(1, TODAY.minusDays(1), TODAY.minusDays(2))).currentStreak())
                .as("today is not over yet").isEqualTo(2);
        assertThat(calendar(days(1, TODAY.minusDays(2), TODAY.minusDays(3))).currentStreak()).as("yesterday was missed").isZero();
        assertThat(calendar(Map.of()).currentStreak()).isZero();
    }

    @Test
    void theLongestStreakIsTheLongestRunEvenAcrossAYearAndAMonthEnd() {
        LocalDate newYear = LocalDate.of(2025, 12, 30);
        Map<LocalDate, Integer> counts = days(2, newYear, newYear.plusDays(1), newYear.plusDays(2), newYear.plusDays(3),
                TODAY.minusDays(1), TODAY);

        assertThat(calendar(counts).longestStreak()).isEqualTo(4);
        assertThat(calendar(counts).currentStreak()).isEqualTo(2);
    }

    @Test
    void daysAfterTodayAreNotCounted() {
        assertThat(calendar(days(1, TODAY.plusDays(1), TODAY.plusDays(2))).longestStreak()).isZero();
    }

    @Test
    void zeroDaysAreNoActivityAndNegativeCountsAreRefused() {
        assertThat(calendar(Map.of(TODAY, 0)).currentStreak()).isZero();
        assertThatThrownBy(() -> calendar(Map.of(TODAY, -1))).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("-1");
    }
}

package dev.stepwise.domain;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Study time summed the ways the screens show it: per item, per section, per any set of items (a milestone is one
 * line: its item ids), and per ISO week in the learner's zone. Weeks start on Monday and a session counts on the day
 * it started, so a session from 23:30 to 00:30 is Sunday's, and one instant can belong to different weeks in two zones.
 */
public final class StudyTotals {
    private StudyTotals() {
    }

    /** Minutes on the items whose ids are given; any other entry is left out. */
    public static int ofItems(Collection<StudyEntry> entries, Set<String> itemIds) {
        return entries.stream().filter(entry -> itemIds.contains(entry.itemId())).mapToInt(StudyEntry::minutes).sum();
    }

    public static int ofItem(Collection<StudyEntry> entries, String itemId) {
        return ofItems(entries, Set.of(itemId));
    }

    /** Minutes on the section's items. */
    public static int ofSection(Collection<StudyEntry> entries, Section section) {
        return ofItems(entries, section.items().stream().map(Item::id).collect(Collectors.toSet()));
    }

    /** The Monday that starts the ISO week holding {@code day}. */
    public static LocalDate weekOf(LocalDate day) {
        return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    /** Minutes per week (keyed by the week's Monday), oldest first; weeks without study are absent. */
    public static SortedMap<LocalDate, Integer> perWeek(Collection<StudyEntry> entries, ZoneId zone) {
        SortedMap<LocalDate, Integer> weeks = new TreeMap<>();
        entries.forEach(entry -> weeks.merge(weekOf(entry.day(zone)), entry.minutes(), Integer::sum));
        return weeks;
    }

    /** Minutes in the week holding {@code day}. */
    public static int inWeekOf(Collection<StudyEntry> entries, LocalDate day, ZoneId zone) {
        LocalDate monday = weekOf(day);
        return entries.stream().filter(entry -> weekOf(entry.day(zone)).equals(monday)).mapToInt(StudyEntry::minutes).sum();
    }

    /** Minutes per item id. */
    public static Map<String, Integer> perItem(Collection<StudyEntry> entries) {
        Map<String, Integer> items = new TreeMap<>();
        entries.forEach(entry -> items.merge(entry.itemId(), entry.minutes(), Integer::sum));
        return items;
    }
}

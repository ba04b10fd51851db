package dev.stepwise.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * Which backups to keep: the newest {@value #NEWEST}; the newest of each of the last {@value #DAYS} calendar days;
 * of each of the last {@value #WEEKS} ISO weeks (Monday to Sunday); of each of the last {@value #MONTHS} calendar
 * months. Days, weeks and months are counted in UTC, like the backups' file names, so the rule gives the same answer
 * wherever the learner travels; "the last 7 days" includes today.
 *
 * <p>A backup less than half the size of the one before it is suspicious (most of the data gone): the one before it
 * is then kept for good, beside the small one, and the caller is told so that the learner can be warned. Pure: it
 * only decides, the caller deletes.
 */
public final class BackupRetention {
    public static final int NEWEST = 10;
    public static final int DAYS = 7;
    public static final int WEEKS = 4;
    public static final int MONTHS = 6;

    /** One backup as the rule sees it; {@code name} tells them apart (two may share an instant). */
    public record Backup(String name, Instant at, long bytes) {
    }

    /**
     * @param keep   the backups to keep, newest first
     * @param remove the backups to delete, newest first
     * @param shrunk the backups less than half the size of the one before them, newest first
     */
    public record Decision(List<Backup> keep, List<Backup> remove, List<Backup> shrunk) {
        public Decision {
            keep = List.copyOf(keep);
            remove = List.copyOf(remove);
            shrunk = List.copyOf(shrunk);
        }
    }

    private BackupRetention() {
    }

    /**
     * @param backups every backup, in any order; backups of the same instant are taken newest first in the order given
     */
    public static Decision decide(List<Backup> backups, Instant now) {
        List<Backup> newestFirst = new ArrayList<>(backups);
        // A stable sort: two backups of one second keep the order the caller knows them in.
        newestFirst.sort(Comparator.comparing(Backup::at).reversed());
        Set<Backup> keep = new LinkedHashSet<>(newestFirst.subList(0, Math.min(NEWEST, newestFirst.size())));
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        keep.addAll(newestPer(newestFirst, day -> day, today.minusDays(DAYS - 1L)));
        LocalDate thisMonday = today.minusDays(today.getDayOfWeek().getValue() - 1L);
        keep.addAll(newestPer(newestFirst, day -> day.minusDays(day.getDayOfWeek().getValue() - 1L),
                thisMonday.minusWeeks(WEEKS - 1L)));
        keep.addAll(newestPer(newestFirst, day -> day.withDayOfMonth(1), today.withDayOfMonth(1).minusMonths(MONTHS - 1L)));
        List<Backup> shrunk = new ArrayList<>();
        for (int i = 0; i + 1 < newestFirst.size(); i++) {
            Backup later = newestFirst.get(i);
            Backup before = newestFirst.get(i + 1);
            if (later.bytes() * 2 < before.bytes()) {
                shrunk.add(later);
                keep.add(later);
                keep.add(before);
            }
        }
        List<Backup> kept = newestFirst.stream().filter(keep::contains).toList();
        List<Backup> removed = newestFirst.stream().filter(backup -> !keep.contains(backup)).toList();
        return new Decision(kept, removed, shrunk);
    }

    /** The newest backup of each period (a day, the Monday of a week, the 1st of a month) from {@code first} on. */
    private static List<Backup> newestPer(List<Backup> newestFirst, Function<LocalDate, LocalDate> period, LocalDate first) {
        Set<LocalDate> seen = new LinkedHashSet<>();
        List<Backup> newest = new ArrayList<>();
        for (Backup backup : newestFirst) {
            LocalDate start = period.apply(LocalDate.ofInstant(backup.at(), ZoneOffset.UTC));
            if (!start.isBefore(first) && seen.add(start)) {
                newest.add(backup);
            }
        }
        return newest;
    }

    /** Whole days between two instants, for "is the newest backup older than a day". */
    public static boolean olderThanADay(Instant backup, Instant now) {
        return ChronoUnit.SECONDS.between(backup, now) >= ChronoUnit.DAYS.getDuration().getSeconds();
    }
}

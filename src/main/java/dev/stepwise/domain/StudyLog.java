package dev.stepwise.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.pcollections.HashTreePMap;
import org.pcollections.PMap;
import org.pcollections.PSortedSet;
import org.pcollections.TreePMap;
import org.pcollections.TreePSet;

/**
 * The learner's study time and reviews on one path, as the screens show them: entries by item, the running timer (at
 * most one per path) and each done item's next review. Immutable and persistent, like {@link PathState}: a logged
 * session or a confirmed review shares everything it does not touch. The reviews are also kept in queue order, so
 * the reviews due are read without a walk of every review planned.
 *
 * <p>The minutes are also kept by the instant their sessions started, so that a day's or a week's total — asked on
 * the FX thread each time the study panel changes — reads that day's sessions, not every session the path has had.
 */
public final class StudyLog {
    /** The order of the review queue ({@link Review#queue}); an item has one review at most, so this is total. */
    private static final Comparator<Review> QUEUE_ORDER = Comparator.comparing(Review::dueOn).thenComparing(Review::itemId);
    private static final StudyLog EMPTY = new StudyLog(HashTreePMap.empty(), TreePMap.empty(), Optional.empty(),
            HashTreePMap.empty(), TreePSet.empty(QUEUE_ORDER));

    private final PMap<String, List<StudyEntry>> entries;
    /** Minutes by the instant sessions started (on any item: two may start at the same instant). */
    private final TreePMap<Instant, Integer> minutesByStart;
    private final Optional<StudyTimer> timer;
    private final PMap<String, Review> reviews;
    private final PSortedSet<Review> reviewsByDue;

    private StudyLog(PMap<String, List<StudyEntry>> entries, TreePMap<Instant, Integer> minutesByStart, Optional<StudyTimer> timer,
                     PMap<String, Review> reviews, PSortedSet<Review> reviewsByDue) {
        this.entries = entries;
        this.minutesByStart = minutesByStart;
        this.timer = Objects.requireNonNull(timer, "timer");
        this.reviews = reviews;
        this.reviewsByDue = reviewsByDue;
    }

    public static StudyLog empty() {
        return EMPTY;
    }

    public static StudyLog of(Collection<StudyEntry> entries, Optional<StudyTimer> timer, Collection<Review> reviews) {
        StudyLog log = EMPTY.withTimer(timer);
        for (StudyEntry entry : entries) {
            log = log.with(entry);
        }
        for (Review review : reviews) {
            log = log.withReview(review.itemId(), Optional.of(review));
        }
        return log;
    }

    public StudyLog with(StudyEntry entry) {
        List<StudyEntry> itemEntries = new ArrayList<>(entries.getOrDefault(entry.itemId(), List.of()));
        itemEntries.add(entry);
        return new StudyLog(entries.plus(entry.itemId(), List.copyOf(itemEntries)),
                minutesByStart.plus(entry.startedAt(), minutesByStart.getOrDefault(entry.startedAt(), 0) + entry.minutes()), timer,
                reviews, reviewsByDue);
    }

    public StudyLog withTimer(Optional<StudyTimer> running) {
        return new StudyLog(entries, minutesByStart, running, reviews, reviewsByDue);
    }

    public StudyLog withReview(String itemId, Optional<Review> review) {
        Review before = reviews.get(itemId);
        PSortedSet<Review> byDue = before == null ? reviewsByDue : reviewsByDue.minus(before);
        return new StudyLog(entries, minutesByStart, timer,
                review.map(next -> reviews.plus(itemId, next)).orElseGet(() -> reviews.minus(itemId)),
                review.map(byDue::plus).orElse(byDue));
    }

    /** The entries on one item, in the order they were logged. */
    public List<StudyEntry> entriesOf(String itemId) {
        return entries.getOrDefault(itemId, List.of());
    }

    public int minutesOf(String itemId) {
        return StudyTotals.ofItem(entriesOf(itemId), itemId);
    }

    /** Minutes on a set of items (a section's, a milestone's), each item's entries looked up rather than all filtered. */
    public int minutesOf(Collection<String> itemIds) {
        return Set.copyOf(itemIds).stream().mapToInt(this::minutesOf).sum();
    }

    /** Every entry on the path. */
    public List<StudyEntry> entries() {
        List<StudyEntry> all = new ArrayList<>();
        entries.values().forEach(all::addAll);
        return all;
    }

    /**
     * The minutes that can still be logged by hand on a day, in the learner's zone: a day holds at most 24 hours of
     * study on a path ({@link StudyEntry#MAX_MINUTES}), however it was split into sessions.
     */
    public int minutesFreeOn(LocalDate day, ZoneId zone) {
        return Math.max(0, StudyEntry.MAX_MINUTES - minutesOn(day, day.plusDays(1), zone));
    }

    /** Minutes of the sessions that started in the ISO week holding {@code day}, in the learner's zone. */
    public int minutesInWeekOf(LocalDate day, ZoneId zone) {
        LocalDate monday = StudyTotals.weekOf(day);
        return minutesOn(monday, monday.plusWeeks(1), zone);
    }

    /** Minutes of the sessions that started from the first day up to, not including, the last, in the zone's days. */
    private int minutesOn(LocalDate first, LocalDate last, ZoneId zone) {
        // A session is on the day its start falls on: at or after that day's first instant, before the next day's.
        return minutesByStart.subMap(first.atStartOfDay(zone).toInstant(), true, last.atStartOfDay(zone).toInstant(), false)
                .values().stream().mapToInt(Integer::intValue).sum();
    }

    /** Refuses minutes by hand that would make the day hold more than 24 hours of study ({@link #minutesFreeOn}). */
    public void checkRoomOn(LocalDate day, ZoneId zone, int minutes) {
        int free = minutesFreeOn(day, zone);
        if (minutes > free) {
            throw new InvalidEditException(Phrase.of("studyTime.invalid.dayFull", StudyEntry.MAX_MINUTES - free, free));
        }
    }

    public Optional<StudyTimer> timer() {
        return timer;
    }

    public Optional<Review> reviewOf(String itemId) {
        return Optional.ofNullable(reviews.get(itemId));
    }

    public Map<String, Review> reviews() {
        return reviews;
    }

    /** The review queue ({@link Review#queue}): reviews due on the day or overdue, the longest overdue first. */
    public List<Review> queue(LocalDate today) {
        return reviewsByDue.stream().takeWhile(review -> review.isDueOn(today)).toList();
    }

    /**
     * Forgets the review of each of the changed items that is no longer done, as the store does when its status
     * changes: only the items a change names are looked at, not every review planned.
     */
    public StudyLog keepingReviewsOfDone(PathState state, Collection<String> changedItemIds) {
        StudyLog kept = this;
        for (String itemId : changedItemIds) {
            if (reviews.containsKey(itemId) && state.statusOf(itemId) != ItemStatus.DONE) {
                kept = kept.withReview(itemId, Optional.empty());
            }
        }
        return kept;
    }
}

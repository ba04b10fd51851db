package dev.stepwise.domain;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * When items are due. An item's effective date is its own target date, else the earliest date of the milestones that
 * hold it. Dates are calendar days in the learner's time zone: "today" comes from the injected clock's zone
 * ({@link #today}), and distances are counted in days, never hours, so a daylight-saving change moves nothing.
 *
 * <p>Built once per path content: the map holds only dated items, so asking about every item of a 10,000-item path
 * costs one lookup each, and listing what is due walks only the dated ones.
 */
public final class Deadlines {
    /** "Due soon": from today up to this many days ahead, both ends included. */
    public static final int SOON_DAYS = 7;
    /** The first and last day a date may name; outside them a date is a typing mistake, not a plan. */
    public static final LocalDate FIRST_DAY = LocalDate.of(1970, 1, 1);
    public static final LocalDate LAST_DAY = LocalDate.of(2999, 12, 31);

    private final Map<String, LocalDate> effective;

    private Deadlines(Map<String, LocalDate> effective) {
        this.effective = effective;
    }

    /** The effective dates of the path's checklist items (archived ones are not due). */
    public static Deadlines of(LearningPath path) {
        return of(path, new MilestoneIndex(path.milestones()));
    }

    /** The same, with the path's milestones already indexed (a {@link PathShape} indexes them once per content). */
    static Deadlines of(LearningPath path, MilestoneIndex milestones) {
        Map<String, LocalDate> effective = new HashMap<>();
        path.items().forEach(item -> {
            LocalDate date = item.targetDate() != null ? item.targetDate() : milestones.plannedOn(item.id());
            if (date != null) {
                effective.put(item.id(), date);
            }
        });
        return new Deadlines(Collections.unmodifiableMap(effective));
    }

    /** The learner's calendar day at the clock's instant, in the clock's time zone. */
    public static LocalDate today(Clock clock) {
        return LocalDate.ofInstant(clock.instant(), clock.getZone());
    }

    /** The item's own date, else its earliest milestone's; empty when neither gives one. */
    public Optional<LocalDate> dueOf(String itemId) {
        return Optional.ofNullable(effective.get(itemId));
    }

    /** Dated checklist items, id to effective date. Unmodifiable. */
    public Map<String, LocalDate> dated() {
        return effective;
    }

    /** The item's state on the day; a finished item (done or skipped) is never due. */
    public DueState stateOf(String itemId, ItemStatus status, LocalDate today) {
        return state(effective.get(itemId), finished(status), today);
    }

    /**
     * The rule itself: nothing without a date or with nothing left to do; overdue once the day has passed; due soon
     * from {@link #SOON_DAYS} days before the day up to the day itself; later before that.
     */
    public static DueState state(LocalDate due, boolean finished, LocalDate today) {
        if (due == null || finished) {
            return DueState.NONE;
        }
        long days = daysUntil(today, due);
        if (days < 0) {
            return DueState.OVERDUE;
        }
        return days <= SOON_DAYS ? DueState.DUE_SOON : DueState.LATER;
    }

    /** Whole calendar days from today to the date: 0 on the day, negative once it has passed. */
    public static long daysUntil(LocalDate today, LocalDate due) {
        return ChronoUnit.DAYS.between(today, due);
    }

    /** Done or skipped: nothing left to do, so not due. */
    public static boolean finished(ItemStatus status) {
        return status == ItemStatus.DONE || status == ItemStatus.SKIPPED;
    }

    /** What is wrong with a date a learner or a file gives, or {@code null} when it is a plausible day. */
    public static Phrase dateProblem(LocalDate date) {
        if (date != null && (date.isBefore(FIRST_DAY) || date.isAfter(LAST_DAY))) {
            return Phrase.of("date.outOfRange", FIRST_DAY.toString(), LAST_DAY.toString());
        }
        return null;
    }
}

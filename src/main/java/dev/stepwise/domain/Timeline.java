package dev.stepwise.domain;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * The milestones of a path by date, each with its standing on a day. Pure: the path, the learner's statuses, the
 * day the path was started and today are all given, so every rule is tested on fixed dates.
 *
 * <p>A milestone's span runs from the previous milestone's date (the latest strictly earlier one) or, for the first,
 * from the path's start, to its own date. It is on track when its done share is at least the share of the span that
 * has passed: half the span gone, half the items done. Milestones on the same day share a span.
 */
public final class Timeline {
    private Timeline() {
    }

    /** Milestones in date order (stored order among those of one day). */
    public static List<Milestone> byDate(LearningPath path) {
        return path.milestones().stream().sorted(Comparator.comparing(Milestone::due)).toList();
    }

    /**
     * @param statusOf  the learner's status of an item (not started when untouched)
     * @param pathStart the day the path was installed or created: where the first milestone's span begins
     */
    public static List<MilestoneStanding> of(LearningPath path, Function<String, ItemStatus> statusOf,
                                             LocalDate pathStart, LocalDate today) {
        Set<String> inChecklist = path.milestones().isEmpty() ? Set.of()
                : path.items().map(Item::id).collect(Collectors.toSet());
        return standings(path, index -> counted(path.milestones().get(index), inChecklist::contains, statusOf), pathStart,
                today);
    }

    /**
     * The same for a state, from the figures it keeps up to date ({@link MilestoneTally}): one step per milestone,
     * however many items they hold.
     */
    public static List<MilestoneStanding> of(PathState state, LocalDate pathStart, LocalDate today) {
        CalendarTallies calendar = state.tallies().calendar();
        return standings(state.path(), index -> {
            MilestoneTally tally = calendar.milestone(index);
            return new Counts(tally.done(), tally.counted(), tally.left());
        }, pathStart, today);
    }

    /** A milestone's items done, counted (all but skipped ones) and left (neither), in its order. */
    private record Counts(int done, int counted, List<String> left) {
    }

    /** @param counts the figures of the milestone at an index of the path's list */
    private static List<MilestoneStanding> standings(LearningPath path, IntFunction<Counts> counts, LocalDate pathStart,
                                                     LocalDate today) {
        List<Milestone> milestones = path.milestones();
        // By date; milestones of one day keep their stored order (the sort is stable).
        List<Integer> byDate = IntStream.range(0, milestones.size()).boxed()
                .sorted(Comparator.comparing(index -> milestones.get(index).due())).toList();
        List<MilestoneStanding> standings = new ArrayList<>();
        LocalDate previous = null;
        LocalDate spanStart = pathStart;
        for (int index : byDate) {
            Milestone milestone = milestones.get(index);
            if (previous != null && previous.isBefore(milestone.due())) {
                spanStart = previous;
            }
            standings.add(standing(milestone, counts.apply(index), spanStart, today));
            previous = milestone.due();
        }
        return standings;
    }

    /** The figures counted from the milestone's items: the reference the kept figures must equal. */
    private static Counts counted(Milestone milestone, Predicate<String> inChecklist, Function<String, ItemStatus> statusOf) {
        int done = 0;
        int counted = 0;
        List<String> left = new ArrayList<>();
        for (String itemId : milestone.itemIds()) {
            if (!inChecklist.test(itemId)) {
                continue;
            }
            ItemStatus status = statusOf.apply(itemId);
            if (status == ItemStatus.SKIPPED) {
                continue;
            }
            counted++;
            if (status == ItemStatus.DONE) {
                done++;
            } else {
                left.add(itemId);
            }
        }
        return new Counts(done, counted, left);
    }

    private static MilestoneStanding standing(Milestone milestone, Counts counts, LocalDate spanStart, LocalDate today) {
        // A path started after its first milestone's date (a calendar handed over late): the span is that one day.
        LocalDate start = spanStart.isAfter(milestone.due()) ? milestone.due() : spanStart;
        double elapsed = elapsedShare(start, milestone.due(), today);
        boolean complete = counts.left().isEmpty();
        double doneShare = counts.counted() == 0 ? 1.0 : (double) counts.done() / counts.counted();
        return new MilestoneStanding(milestone, start, counts.done(), counts.counted(), counts.left(), elapsed,
                complete || doneShare >= elapsed, Deadlines.state(milestone.due(), complete, today),
                Deadlines.daysUntil(today, milestone.due()));
    }

    /** The share of the span from start to due that has passed by today, 0 to 1; a span of no days has passed on its day. */
    static double elapsedShare(LocalDate start, LocalDate due, LocalDate today) {
        long length = ChronoUnit.DAYS.between(start, due);
        long passed = ChronoUnit.DAYS.between(start, today);
        if (length <= 0) {
            return today.isBefore(due) ? 0.0 : 1.0;
        }
        return Math.max(0.0, Math.min(1.0, (double) passed / length));
    }
}

package dev.stepwise.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;

/**
 * One point of a plan line on the burn-up: by this day, this many items should be done. Milestones make them; the
 * burn-up draws them against {@link DoneOverTime}'s line of what was really done.
 */
public record PlanPoint(LocalDate day, int plannedDone) {
    public PlanPoint {
        Objects.requireNonNull(day, "day");
        if (plannedDone < 0) {
            throw new IllegalArgumentException("a plan cannot ask for " + plannedDone + " items done");
        }
    }

    /**
     * The plan of the path's milestones, without its skipped items ({@link #ofMilestones}), from the counts the state
     * keeps up to date: one step per milestone date, where skipping an item walked every milestone's items.
     */
    public static List<PlanPoint> of(PathState state) {
        return state.tallies().calendar().plan(state.shape().milestones());
    }

    /**
     * The plan as the burn-up draws it: from nothing planned on the day the path began, so that even one milestone is a
     * line, as its span (from that day to its date) is what says whether it is on track. A start on or after the first
     * milestone's date (a path added with its dates passed) adds nothing.
     */
    public static List<PlanPoint> fromStart(LocalDate start, List<PlanPoint> plan) {
        if (plan.isEmpty() || !start.isBefore(plan.get(0).day())) {
            return plan;
        }
        List<PlanPoint> points = new ArrayList<>(plan.size() + 1);
        points.add(new PlanPoint(start, 0));
        points.addAll(plan);
        return List.copyOf(points);
    }

    /**
     * The plan the milestones make: on each milestone's date, every item of it and of the milestones before it done.
     * An item in two milestones counts once, by the earlier; milestones on the same day make one point. Only the items
     * that {@code count}: a skipped item is not to be done, as progress leaves it out ("5 of 9 done · 1 skipped"), and
     * a plan that asked for it could never be met.
     */
    public static List<PlanPoint> ofMilestones(List<Milestone> milestones, Predicate<String> count) {
        List<Milestone> byDate = new ArrayList<>(milestones);
        byDate.sort(Comparator.comparing(Milestone::due));
        Set<String> planned = new HashSet<>();
        List<PlanPoint> points = new ArrayList<>();
        for (Milestone milestone : byDate) {
            milestone.itemIds().stream().filter(count).forEach(planned::add);
            if (!points.isEmpty() && points.get(points.size() - 1).day().equals(milestone.due())) {
                points.remove(points.size() - 1);
            }
            points.add(new PlanPoint(milestone.due(), planned.size()));
        }
        return List.copyOf(points);
    }
}

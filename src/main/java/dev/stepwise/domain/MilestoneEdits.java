package dev.stepwise.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The learner's edits of a path's calendar: milestones added, changed or removed, and an item's own target date. Pure
 * functions like {@link PathEdits}; each refuses an impossible edit (a blank or endless title, an item the path does
 * not have, a date no plan names) before anything changes.
 */
public final class MilestoneEdits {
    private MilestoneEdits() {
    }

    /** A new milestone with an id made from its title, unique among the path's milestones. */
    public static Milestone newMilestone(LearningPath path, String title, LocalDate due, List<String> itemIds) {
        String checked = Texts.title(Texts.Field.MILESTONE_TITLE, title);
        requireDate(due);
        Set<String> taken = path.milestones().stream().map(Milestone::id).collect(Collectors.toSet());
        return new Milestone(Ids.unique(checked, "milestone", taken), checked, due, itemIds);
    }

    /** Adds the milestone after the others (the timeline sorts by date). */
    public static LearningPath addMilestone(LearningPath path, Milestone milestone) {
        if (path.milestone(milestone.id()).isPresent()) {
            throw new InvalidEditException(Phrase.of("edit.milestoneIdTaken", milestone.id()));
        }
        return path.withMilestones(Lists.inserted(path.milestones(), path.milestones().size(), checked(path, milestone)));
    }

    /** Replaces the milestone's title, date and items; its id stays. */
    public static LearningPath editMilestone(LearningPath path, String milestoneId, String title, LocalDate due,
                                             List<String> itemIds) {
        int index = milestoneIndex(path, milestoneId);
        requireDate(due);
        Milestone edited = checked(path, new Milestone(milestoneId, title, due, itemIds));
        if (edited.equals(path.milestones().get(index))) {
            return path;
        }
        return path.withMilestones(Lists.replaced(path.milestones(), index, milestone -> edited));
    }

    public static LearningPath removeMilestone(LearningPath path, String milestoneId) {
        return path.withMilestones(Lists.removed(path.milestones(), milestoneIndex(path, milestoneId)));
    }

    /** Sets or clears ({@code null}) an item's own target date. */
    public static LearningPath setItemDue(LearningPath path, String itemId, LocalDate due) {
        requirePlausible(due);
        if (path.item(itemId).isEmpty() && path.archivedItem(itemId).isEmpty()) {
            throw new InvalidEditException(Phrase.of("edit.noItem", itemId));
        }
        return PathEdits.updateItem(path, itemId, item -> item.withTargetDate(due));
    }

    /**
     * The items a milestone holds after the learner ticked {@code ticked} in a list of {@code listed} items: those it
     * held, in its own order, unless unticked — archived ones, not in the list, are kept — then the newly ticked ones in
     * list order. {@code milestone} is null for a new one.
     */
    public static List<String> afterTicking(Milestone milestone, List<String> listed, Set<String> ticked) {
        Set<String> shown = new HashSet<>(listed);
        List<String> chosen = new ArrayList<>();
        if (milestone != null) {
            milestone.itemIds().stream().filter(id -> !shown.contains(id) || ticked.contains(id)).forEach(chosen::add);
        }
        listed.stream().filter(ticked::contains).filter(id -> !chosen.contains(id)).forEach(chosen::add);
        return chosen;
    }

    /** The milestone with its title stripped, or a refusal naming the first thing wrong with it. */
    static Milestone checked(LearningPath path, Milestone milestone) {
        String title = Texts.title(Texts.Field.MILESTONE_TITLE, milestone.title());
        requirePlausible(milestone.due());
        Set<String> seen = new HashSet<>();
        List<String> itemIds = new ArrayList<>();
        for (String itemId : milestone.itemIds()) {
            // An archived item stays in its milestones (it may be restored), so an edit may keep holding it.
            if (path.item(itemId).isEmpty() && path.archivedItem(itemId).isEmpty()) {
                throw new InvalidEditException(Phrase.of("edit.noItem", itemId));
            }
            if (seen.add(itemId)) {
                itemIds.add(itemId);
            }
        }
        return new Milestone(milestone.id(), title, milestone.due(), itemIds);
    }

    /** A milestone is a date: without one it is refused here, before the record would throw. */
    private static void requireDate(LocalDate due) {
        if (due == null) {
            throw new InvalidEditException(Phrase.of("edit.milestoneNeedsDate"));
        }
    }

    private static void requirePlausible(LocalDate date) {
        Phrase problem = Deadlines.dateProblem(date);
        if (problem != null) {
            throw new InvalidEditException(problem);
        }
    }

    private static int milestoneIndex(LearningPath path, String milestoneId) {
        int index = Lists.indexOf(path.milestones(), milestone -> milestone.id().equals(milestoneId));
        if (index < 0) {
            throw new InvalidEditException(Phrase.of("edit.noMilestone", milestoneId));
        }
        return index;
    }
}

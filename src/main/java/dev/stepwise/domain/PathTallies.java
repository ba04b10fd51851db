package dev.stepwise.domain;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.pcollections.HashTreePMap;
import org.pcollections.PMap;
import org.pcollections.PSortedSet;
import org.pcollections.TreePSet;

/**
 * The counts every screen shows, kept up to date instead of recomputed: each section's progress, the whole path's,
 * how many of each skill's linked items are started and done, and which steps are being learned or not started
 * (for "continue with"), and the calendar's figures ({@link CalendarTallies}). Built once from scratch for a path;
 * after that a status change moves the counts by one in O(its linked skills and milestones · log n). Immutable, shares
 * structure with the tallies it came from.
 */
final class PathTallies {
    /** How a skill's linked items stand; the inputs of {@link SuggestedLevel} and of "linked items done". */
    record Linked(int total, int skipped, int started, int done) {
        static final Linked NONE = new Linked(0, 0, 0, 0);

        Linked plus(ItemStatus status, int sign) {
            return new Linked(total + sign, skipped + (status == ItemStatus.SKIPPED ? sign : 0),
                    started + (status == ItemStatus.LEARNING || status == ItemStatus.DONE ? sign : 0),
                    done + (status == ItemStatus.DONE ? sign : 0));
        }

        Progress progress() {
            return new Progress(done, total, skipped);
        }

        Optional<Level> suggested() {
            return SuggestedLevel.from(total - skipped, started, done);
        }
    }

    private final PMap<String, Progress> sections;
    private final Progress overall;
    private final PMap<String, Linked> linked;
    private final PSortedSet<Integer> learningSteps;
    private final PSortedSet<Integer> notStartedSteps;
    /** Items being learned, in every section (the overall progress counts done and skipped ones). */
    private final int learning;
    private final CalendarTallies calendar;

    private PathTallies(PMap<String, Progress> sections, Progress overall, PMap<String, Linked> linked,
                        PSortedSet<Integer> learningSteps, PSortedSet<Integer> notStartedSteps, int learning,
                        CalendarTallies calendar) {
        this.learning = learning;
        this.calendar = calendar;
        this.sections = sections;
        this.overall = overall;
        this.linked = linked;
        this.learningSteps = learningSteps;
        this.notStartedSteps = notStartedSteps;
    }

    /** Counts everything once: the one full pass, when a path is loaded or its content changed. */
    static PathTallies count(LearningPath path, PathShape shape, StatusLookup statuses) {
        PMap<String, Progress> sections = HashTreePMap.empty();
        Progress overall = Progress.NONE;
        Map<String, Linked> linked = new HashMap<>();
        TreeSet<Integer> learning = new TreeSet<>();
        TreeSet<Integer> notStarted = new TreeSet<>();
        Set<String> seen = new HashSet<>();
        int learningItems = 0;
        for (Section section : path.sections()) {
            Progress progress = Progress.NONE;
            for (Item item : section.items()) {
                if (!seen.add(item.id())) {
                    continue;
                }
                ItemStatus status = statuses.statusOf(item.id());
                progress = progress.plus(Progress.of(List.of(status)));
                learningItems += status == ItemStatus.LEARNING ? 1 : 0;
                for (String skillId : shape.skillsBuiltBy(item.id())) {
                    linked.put(skillId, linked.getOrDefault(skillId, Linked.NONE).plus(status, 1));
                }
                int position = shape.stepPosition(item.id());
                if (position >= 0 && status == ItemStatus.LEARNING) {
                    learning.add(position);
                } else if (position >= 0 && status == ItemStatus.NOT_STARTED) {
                    notStarted.add(position);
                }
            }
            if (!sections.containsKey(section.id())) {
                sections = sections.plus(section.id(), progress);
                overall = overall.plus(progress);
            }
        }
        return new PathTallies(sections, overall, HashTreePMap.from(linked), TreePSet.from(learning),
                TreePSet.from(notStarted), learningItems, CalendarTallies.count(path, shape, statuses));
    }

    /** The tallies after one item (in the checklist, or archived) moved from {@code before} to {@code after}. */
    PathTallies moved(PathShape shape, String itemId, ItemStatus before, ItemStatus after) {
        if (before == after) {
            return this;
        }
        CalendarTallies calendarNow = calendar.moved(shape, itemId, before, after);
        Optional<Section> section = shape.sectionOf(itemId);
        if (section.isEmpty()) {
            // An archived item counts in the plan line only: a milestone keeps it, and it may be restored.
            return calendarNow == calendar ? this
                    : new PathTallies(sections, overall, linked, learningSteps, notStartedSteps, learning, calendarNow);
        }
        String sectionId = section.get().id();
        Progress change = Progress.of(List.of(after));
        Progress was = Progress.of(List.of(before));
        Progress sectionNow = minus(sections.getOrDefault(sectionId, Progress.NONE), was).plus(change);
        PMap<String, Linked> linkedNow = linked;
        for (String skillId : shape.skillsBuiltBy(itemId)) {
            linkedNow = linkedNow.plus(skillId, linkedNow.getOrDefault(skillId, Linked.NONE).plus(before, -1).plus(after, 1));
        }
        PSortedSet<Integer> learning = learningSteps;
        PSortedSet<Integer> notStarted = notStartedSteps;
        int position = shape.stepPosition(itemId);
        if (position >= 0) {
            learning = learning.minus(position);
            notStarted = notStarted.minus(position);
            if (after == ItemStatus.LEARNING) {
                learning = learning.plus(position);
            } else if (after == ItemStatus.NOT_STARTED) {
                notStarted = notStarted.plus(position);
            }
        }
        int learningNow = this.learning - (before == ItemStatus.LEARNING ? 1 : 0) + (after == ItemStatus.LEARNING ? 1 : 0);
        return new PathTallies(sections.plus(sectionId, sectionNow), minus(overall, was).plus(change), linkedNow,
                learning, notStarted, learningNow, calendarNow);
    }

    Optional<Progress> section(String sectionId) {
        return Optional.ofNullable(sections.get(sectionId));
    }

    Progress overall() {
        return overall;
    }

    StatusCounts statusCounts() {
        return new StatusCounts(overall.total() - overall.done() - overall.skipped() - learning, learning, overall.done(),
                overall.skipped());
    }

    /** The milestones', the dated items' and the plan's figures. */
    CalendarTallies calendar() {
        return calendar;
    }

    Linked linked(String skillId) {
        return linked.getOrDefault(skillId, Linked.NONE);
    }

    /** The first step being learned, else the first not started; its position in the shape's steps. */
    Optional<Integer> nextStepPosition() {
        if (!learningSteps.isEmpty()) {
            return Optional.of(learningSteps.first());
        }
        return notStartedSteps.isEmpty() ? Optional.empty() : Optional.of(notStartedSteps.first());
    }

    private static Progress minus(Progress total, Progress part) {
        return new Progress(total.done() - part.done(), total.total() - part.total(), total.skipped() - part.skipped());
    }

    /** Where the counting reads each item's status from. */
    @FunctionalInterface
    interface StatusLookup {
        ItemStatus statusOf(String itemId);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PathTallies that && sections.equals(that.sections) && overall.equals(that.overall)
                && linked.equals(that.linked) && learningSteps.equals(that.learningSteps)
                && notStartedSteps.equals(that.notStartedSteps) && learning == that.learning && calendar.equals(that.calendar);
    }

    @Override
    public int hashCode() {
        return Objects.hash(sections, overall, linked, learningSteps, notStartedSteps, learning, calendar);
    }
}

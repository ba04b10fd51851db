package dev.stepwise.domain;

import dev.stepwise.domain.ProgressChange.Subject;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Merges a progress file into the learner's progress on the same path, matching entries by their stable ids.
 *
 * <p>The rule, the same in the window and on the command line:
 * <ul>
 *   <li>an item, skill target or self-check answer the file carries replaces the stored one (status, dates, note
 *       and ticked sub-steps of an item travel together, so the result is never half of each);</li>
 *   <li>ratings are history, so they are merged, never replaced: a rating the file has and the store lacks is
 *       added; none is ever removed; study sessions likewise, identified by item and start ({@link StudyMerge});</li>
 *   <li>whatever the file does not mention is left as it is;</li>
 *   <li>ids the path does not have (an item removed since the export, a sub-step renamed away) are listed as
 *       skipped, never guessed at.</li>
 * </ul>
 * Merging the file a path was just exported to changes nothing.
 */
public final class ProgressMerge {

    /**
     * What the import would write, and what it would show first.
     *
     * @param items item progress to save whole, by item id
     * @param newRatings ratings to append, by skill id, oldest first
     * @param targets own targets to set, by skill id
     * @param answers self-check answers to set, by self-check id
     * @param newStudyTime study sessions to add
     * @param reviews reviews to set, by item id
     * @param changes one line per changed entry, in path order
     * @param skipped entries of the file that have no place in the path, each named
     */
    public record Result(
            Map<String, ItemProgress> items,
            Map<String, List<Rating>> newRatings,
            Map<String, Level> targets,
            Map<String, SelfCheckAnswer> answers,
            List<StudyEntry> newStudyTime,
            Map<String, Review> reviews,
            List<ProgressChange> changes,
            List<Phrase> skipped) {

        public Result {
            items = Map.copyOf(items);
            newRatings = Map.copyOf(newRatings);
            targets = Map.copyOf(targets);
            answers = Map.copyOf(answers);
            newStudyTime = List.copyOf(newStudyTime);
            reviews = Map.copyOf(reviews);
            changes = List.copyOf(changes);
            skipped = List.copyOf(skipped);
        }

        /** Whether importing would change nothing. */
        public boolean changesNothing() {
            return changes.isEmpty();
        }
    }

    private ProgressMerge() {
    }

    /** A status or an answer in the learner's words (the bundle's {@code status.*} and {@code selfCheck.*}). */
    private static Phrase label(Enum<?> value) {
        return new Phrase((value instanceof ItemStatus ? "status." : "selfCheck.") + value.name(), List.of());
    }

    /** What merging the file into a state without study time would do; the state's path must be the file's. */
    public static Result merge(PathState current, ProgressFile file) {
        return merge(current, StudyLog.empty(), file);
    }

    /** What merging the file into the state and its study log would do; the state's path must be the file's. */
    public static Result merge(PathState current, StudyLog log, ProgressFile file) {
        if (!current.path().id().equals(file.pathId())) {
            throw new InvalidEditException(Phrase.of("progress.otherPath", file.pathId(), current.path().id()));
        }
        Builder builder = new Builder(current, log, file);
        orderedById(file.items(), current.path().items().map(Item::id).toList())
                .forEach(entry -> builder.item(entry.getKey(), entry.getValue()));
        orderedById(file.skills(), current.path().skills().stream().map(Skill::id).toList())
                .forEach(entry -> builder.skill(entry.getKey(), entry.getValue()));
        orderedById(file.selfCheckAnswers(), current.path().selfChecks().stream().map(SelfCheck::id).toList())
                .forEach(entry -> builder.answer(entry.getKey(), entry.getValue()));
        return builder.result();
    }

    /** The map's entries, those the path knows in the path's order first, then the others by id. */
    private static <V> List<Map.Entry<String, V>> orderedById(Map<String, V> entries, List<String> pathOrder) {
        Map<String, Integer> position = new LinkedHashMap<>();
        pathOrder.forEach(id -> position.putIfAbsent(id, position.size()));
        return entries.entrySet().stream()
                .sorted(Comparator.<Map.Entry<String, V>>comparingInt(
                                entry -> position.getOrDefault(entry.getKey(), Integer.MAX_VALUE))
                        .thenComparing(Map.Entry::getKey))
                .toList();
    }

    /** Collects one merge. */
    private static final class Builder {
        private final PathState current;
        private final StudyLog log;
        private final ProgressFile file;
        private final Map<String, ItemProgress> items = new LinkedHashMap<>();
        private final Map<String, List<Rating>> ratings = new LinkedHashMap<>();
        private final Map<String, Level> targets = new LinkedHashMap<>();
        private final Map<String, SelfCheckAnswer> answers = new LinkedHashMap<>();
        private final List<ProgressChange> changes = new ArrayList<>();
        private final List<Phrase> skipped = new ArrayList<>();

        Builder(PathState current, StudyLog log, ProgressFile file) {
            this.current = current;
            this.log = log;
            this.file = file;
        }

        void item(String itemId, ItemProgress incoming) {
            Optional<Item> item = current.path().item(itemId)
                    .or(() -> current.path().archivedItem(itemId).map(ArchivedItem::item));
            if (item.isEmpty()) {
                skipped.add(Phrase.of("progress.skipped.item", itemId));
                return;
            }
            Set<String> subIds = item.get().subItems().stream().map(SubItem::id).collect(Collectors.toSet());
            Set<String> unknownSubs = new TreeSet<>(incoming.doneSubItemIds());
            unknownSubs.removeAll(subIds);
            unknownSubs.forEach(subId -> skipped.add(Phrase.of("progress.skipped.subStep", subId, itemId)));
            ItemProgress merged = unknownSubs.isEmpty() ? incoming
                    : incoming.withSubItems(incoming.doneSubItemIds().stream().filter(subIds::contains)
                    .collect(Collectors.toSet()));
            ItemProgress before = current.progressOf(itemId);
            Phrase detail = itemDetail(before, merged);
            if (detail != null) {
                items.put(itemId, merged);
                changes.add(new ProgressChange(Subject.ITEM, itemId, item.get().title(), detail));
            }
        }

        void skill(String skillId, SkillProgress incoming) {
            Optional<Skill> skill = current.path().skill(skillId);
            if (skill.isEmpty()) {
                skipped.add(Phrase.of("progress.skipped.skill", skillId));
                return;
            }
            SkillProgress before = current.skills().getOrDefault(skillId, SkillProgress.unrated(skillId));
            Set<Rating> known = new HashSet<>(before.history());
            List<Rating> added = incoming.history().stream().filter(rating -> !known.contains(rating)).toList();
            List<Phrase> parts = new ArrayList<>();
            if (!added.isEmpty()) {
                ratings.put(skillId, added);
                Level after = before.withRatings(added).current();
                parts.add(Phrase.of("progress.detail.ratingsAdded", added.size()));
                if (after != before.current()) {
                    parts.add(Phrase.of("progress.detail.level", before.current().value(), after.value()));
                }
            }
            if (incoming.target().isPresent() && !incoming.target().equals(before.target())) {
                targets.put(skillId, incoming.ownTarget());
                parts.add(Phrase.of("progress.detail.target", before.target().<Object>map(Level::value)
                        .orElse(Phrase.of("progress.detail.pathTarget")), incoming.ownTarget().value()));
            }
            if (!parts.isEmpty()) {
                changes.add(new ProgressChange(Subject.SKILL, skillId, skill.get().name(), FieldMerge.joined("change.detail.list", parts)));
            }
        }

        void answer(String checkId, SelfCheckAnswer incoming) {
            Optional<SelfCheck> check = current.path().selfChecks().stream()
                    .filter(candidate -> candidate.id().equals(checkId)).findFirst();
            if (check.isEmpty()) {
                skipped.add(Phrase.of("progress.skipped.selfCheck", checkId));
                return;
            }
            Optional<SelfCheckAnswer> before = current.answerTo(checkId);
            if (before.isEmpty() || before.get() != incoming) {
                answers.put(checkId, incoming);
                changes.add(new ProgressChange(Subject.SELF_CHECK, checkId, check.get().statement(),
                        Phrase.of("progress.detail.from", before.map(ProgressMerge::label).orElse(Phrase.of("progress.detail.noAnswer")),
                                label(incoming))));
            }
        }

        Result result() {
            StudyMerge.Result study = StudyMerge.merge(current, log, file, items, changes, skipped);
            return new Result(items, ratings, targets, answers, study.newEntries(), study.reviews(), changes, skipped);
        }

        /** What changes for an item, or {@code null} when nothing does. */
        private static Phrase itemDetail(ItemProgress before, ItemProgress after) {
            List<Phrase> parts = new ArrayList<>();
            if (before.status() != after.status()) {
                parts.add(Phrase.of("progress.detail.from", label(before.status()), label(after.status())));
            } else if (!Objects.equals(before.startedOn(), after.startedOn())
                    || !Objects.equals(before.doneOn(), after.doneOn())) {
                parts.add(Phrase.of("progress.detail.dates"));
            }
            if (!before.note().equals(after.note())) {
                parts.add(before.note().isEmpty() ? Phrase.of("progress.detail.noteAdded")
                        : after.note().isEmpty() ? Phrase.of("progress.detail.noteRemoved") : Phrase.of("progress.detail.noteChanged"));
            }
            long ticked = after.doneSubItemIds().stream().filter(id -> !before.doneSubItemIds().contains(id)).count();
            long unticked = before.doneSubItemIds().stream().filter(id -> !after.doneSubItemIds().contains(id)).count();
            if (ticked > 0) {
                parts.add(Phrase.of("progress.detail.ticked", ticked));
            }
            if (unticked > 0) {
                parts.add(Phrase.of("progress.detail.unticked", unticked));
            }
            return parts.isEmpty() ? null : FieldMerge.joined("change.detail.list", parts);
        }
    }
}

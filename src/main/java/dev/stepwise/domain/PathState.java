package dev.stepwise.domain;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A path together with the learner's progress on it: the one model every screen reads. Immutable; a change
 * produces a new state, so the checklist, the matrix and the overview always show the same moment.
 */
public record PathState(
        LearningPath path,
        Map<String, ItemProgress> items,
        Map<String, SkillProgress> skills,
        Map<String, SelfCheckAnswer> selfCheckAnswers) {

    public PathState {
        Objects.requireNonNull(path, "path");
        items = Map.copyOf(items);
        skills = Map.copyOf(skills);
        selfCheckAnswers = Map.copyOf(selfCheckAnswers);
    }

    public PathState(LearningPath path, Map<String, ItemProgress> items, Map<String, SkillProgress> skills) {
        this(path, items, skills, Map.of());
    }

    public static PathState fresh(LearningPath path) {
        return new PathState(path, Map.of(), Map.of());
    }

    /**
     * The same progress over an edited path. Progress of items and skills that are gone is dropped (the store has
     * deleted it in the same transaction), and ticks of sub-steps that are gone no longer count.
     */
    public PathState withPath(LearningPath edited) {
        Map<String, Item> itemsById = new HashMap<>();
        edited.items().forEach(item -> itemsById.put(item.id(), item));
        edited.archived().forEach(entry -> itemsById.put(entry.id(), entry.item()));
        Map<String, ItemProgress> keptItems = new HashMap<>();
        items.forEach((itemId, progress) -> {
            Item item = itemsById.get(itemId);
            if (item != null) {
                Set<String> subIds = item.subItems().stream().map(SubItem::id).collect(Collectors.toSet());
                keptItems.put(itemId, progress.doneSubItemIds().stream().allMatch(subIds::contains) ? progress
                        : progress.withSubItems(progress.doneSubItemIds().stream().filter(subIds::contains)
                        .collect(Collectors.toSet())));
            }
        });
        Map<String, SkillProgress> keptSkills = new HashMap<>(skills);
        keptSkills.keySet().removeIf(skillId -> edited.skill(skillId).isEmpty());
        return new PathState(edited, keptItems, keptSkills, selfCheckAnswers);
    }

    /** Whether the learner has put anything into the item: a status, a note or a ticked sub-step. */
    public boolean carriesProgress(String itemId) {
        ItemProgress progress = items.get(itemId);
        return progress != null && (progress.status() != ItemStatus.NOT_STARTED || !progress.note().isBlank()
                || !progress.doneSubItemIds().isEmpty());
    }

    /** Whether the learner has rated the skill or set their own target for it. */
    public boolean skillCarriesProgress(String skillId) {
        SkillProgress progress = skills.get(skillId);
        return progress != null && (!progress.history().isEmpty() || progress.target().isPresent());
    }

    public Optional<SelfCheckAnswer> answerTo(String selfCheckId) {
        return Optional.ofNullable(selfCheckAnswers.get(selfCheckId));
    }

    public PathState withAnswer(String selfCheckId, SelfCheckAnswer answer) {
        Map<String, SelfCheckAnswer> copy = new HashMap<>(selfCheckAnswers);
        copy.put(selfCheckId, answer);
        return new PathState(path, items, skills, copy);
    }

    /** How many self-check statements the learner agrees with, of those they answered. */
    public long agreedSelfChecks() {
        return selfCheckAnswers.values().stream().filter(answer -> answer == SelfCheckAnswer.AGREE).count();
    }

    public ItemProgress progressOf(String itemId) {
        return items.getOrDefault(itemId, ItemProgress.notStarted(itemId));
    }

    public ItemStatus statusOf(String itemId) {
        return progressOf(itemId).status();
    }

    public SkillProgress skillProgressOf(String skillId) {
        return skills.getOrDefault(skillId, SkillProgress.unrated(skillId));
    }

    public PathState with(ItemProgress progress) {
        Map<String, ItemProgress> copy = new HashMap<>(items);
        copy.put(progress.itemId(), progress);
        return new PathState(path, copy, skills, selfCheckAnswers);
    }

    public PathState with(SkillProgress progress) {
        Map<String, SkillProgress> copy = new HashMap<>(skills);
        copy.put(progress.skillId(), progress);
        return new PathState(path, items, copy, selfCheckAnswers);
    }

    public Progress progressOf(Section section) {
        return Progress.of(section.items().stream().map(item -> statusOf(item.id())).toList());
    }

    public Progress overallProgress() {
        return path.sections().stream().map(this::progressOf).reduce(Progress.NONE, Progress::plus);
    }

    /** Sub-steps ticked of the item's sub-steps. */
    public Progress subItemProgress(Item item) {
        ItemProgress progress = progressOf(item.id());
        long done = item.subItems().stream().filter(sub -> progress.isSubItemDone(sub.id())).count();
        return new Progress((int) done, item.subItems().size(), 0);
    }

    public SkillStanding standingOf(Skill skill) {
        SkillProgress progress = skillProgressOf(skill.id());
        List<ItemStatus> linked = path.itemsBuilding(skill.id()).stream().map(item -> statusOf(item.id())).toList();
        return new SkillStanding(
                skill,
                progress.current(),
                progress.target().orElse(skill.targetLevel()),
                Progress.of(linked),
                SuggestedLevel.from(linked),
                progress.history().size());
    }

    public List<SkillStanding> standings() {
        return path.skills().stream().map(this::standingOf).toList();
    }

    /** Skills furthest below their target, largest gap first; ties keep the path's order. */
    public List<SkillStanding> largestGaps(int limit) {
        return standings().stream()
                .filter(standing -> standing.gap() > 0)
                .sorted(Comparator.comparingInt(SkillStanding::gap).reversed())
                .limit(limit)
                .toList();
    }

    /**
     * Skills whose suggested raise is new or higher than in {@code earlier}: what to point the learner to after
     * they tick something. A skill they have just rated up to its suggestion no longer counts.
     */
    public List<SkillStanding> suggestionsRaisedSince(PathState earlier) {
        return standings().stream()
                .filter(now -> now.suggestedRaise().isPresent())
                .filter(now -> earlier.path().skill(now.skill().id())
                        .map(skill -> earlier.standingOf(skill).suggestedRaise()
                                .map(before -> before.value() < now.suggestedRaise().get().value())
                                .orElse(true))
                        .orElse(true))
                .toList();
    }

    /**
     * What to continue with: the first step the learner is already learning, otherwise the first one not started.
     * Only the ordered Steps section counts — background and practice are not a sequence.
     */
    public Optional<Item> nextStep() {
        List<Item> steps = path.sections().stream()
                .filter(section -> section.kind() == SectionKind.STEPS)
                .flatMap(section -> section.items().stream())
                .toList();
        return steps.stream()
                .filter(item -> statusOf(item.id()) == ItemStatus.LEARNING)
                .findFirst()
                .or(() -> steps.stream().filter(item -> statusOf(item.id()) == ItemStatus.NOT_STARTED).findFirst());
    }
}

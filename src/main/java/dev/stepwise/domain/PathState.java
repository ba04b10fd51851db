package dev.stepwise.domain;

import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.pcollections.HashTreePMap;
import org.pcollections.PMap;

/**
 * A path together with the learner's progress on it: the one model every screen reads. Immutable; a change
 * produces a new state, so the checklist, the matrix and the overview always show the same moment.
 *
 * <p>Built for paths of tens of thousands of items: the progress maps are persistent (a change shares everything it
 * does not touch), lookups by id go through a {@link PathShape} built once per content, and the counts the screens
 * show ({@link PathTallies}) are kept up to date by each change instead of recomputed. Each state also says what
 * changed since the state it was made from ({@link #changeSince}), so a screen updates only the rows concerned.
 */
public final class PathState {
    private static final AtomicLong VERSIONS = new AtomicLong();

    private final LearningPath path;
    private final PMap<String, ItemProgress> items;
    private final PMap<String, SkillProgress> skills;
    private final PMap<String, SelfCheckAnswer> selfCheckAnswers;
    private final PathShape shape;
    private final PathTallies tallies;
    private final long version;
    private final long parentVersion;
    private final StateChange change;
    /** Whether this state is equal to the one it was made from: known when it is made, so comparing them is one step. */
    private final boolean equalToParent;

    public PathState(LearningPath path, Map<String, ItemProgress> items, Map<String, SkillProgress> skills,
                     Map<String, SelfCheckAnswer> selfCheckAnswers) {
        this(path, persistent(items), persistent(skills), persistent(selfCheckAnswers), new PathShape(path), null, -1,
                StateChange.EVERYTHING, false);
    }

    public PathState(LearningPath path, Map<String, ItemProgress> items, Map<String, SkillProgress> skills) {
        this(path, items, skills, Map.of());
    }

    private PathState(LearningPath path, PMap<String, ItemProgress> items, PMap<String, SkillProgress> skills,
                      PMap<String, SelfCheckAnswer> selfCheckAnswers, PathShape shape, PathTallies tallies,
                      long parentVersion, StateChange change, boolean equalToParent) {
        this.path = Objects.requireNonNull(path, "path");
        this.items = items;
        this.skills = skills;
        this.selfCheckAnswers = selfCheckAnswers;
        this.shape = shape;
        this.tallies = tallies != null ? tallies : PathTallies.count(path, shape, this::statusOf);
        this.version = VERSIONS.incrementAndGet();
        this.parentVersion = parentVersion;
        this.change = change;
        this.equalToParent = equalToParent;
    }

    public static PathState fresh(LearningPath path) {
        return new PathState(path, Map.of(), Map.of());
    }

    private static <V> PMap<String, V> persistent(Map<String, V> map) {
        if (map instanceof PMap<String, V> already) {
            return already;
        }
        map.forEach((key, value) -> {
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(value, "value");
        });
        return HashTreePMap.from(map);
    }

    public LearningPath path() {
        return path;
    }

    /** Item progress by item id (only items the learner touched). Unmodifiable. */
    public Map<String, ItemProgress> items() {
        return items;
    }

    /** Skill progress by skill id (only skills the learner rated or targeted). Unmodifiable. */
    public Map<String, SkillProgress> skills() {
        return skills;
    }

    public Map<String, SelfCheckAnswer> selfCheckAnswers() {
        return selfCheckAnswers;
    }

    /** Lookups by id into this state's path. */
    public PathShape shape() {
        return shape;
    }

    /**
     * What changed since {@code earlier}, when this state was made from it by one change; empty when they are not
     * parent and child (another path, a reload, several changes apart), in which case anything may differ.
     */
    public Optional<StateChange> changeSince(PathState earlier) {
        return earlier != null && parentVersion == earlier.version ? Optional.of(change) : Optional.empty();
    }

    /**
     * The same progress over an edited path ({@link KeptProgress}). Costs a walk of the path: made off the FX thread
     * ({@code PathSession.edit}), which also compares the two paths in full, so that the FX thread need not.
     */
    public PathState withPath(LearningPath edited) {
        PathShape editedShape = new PathShape(edited);
        PMap<String, ItemProgress> keptItems = KeptProgress.items(items, editedShape);
        PMap<String, SkillProgress> keptSkills = KeptProgress.skills(skills, editedShape);
        PMap<String, SelfCheckAnswer> keptAnswers = KeptProgress.answers(selfCheckAnswers, path, edited);
        boolean equal = edited.equals(path) && keptItems.equals(items) && keptSkills.equals(skills)
                && keptAnswers.equals(selfCheckAnswers);
        return new PathState(edited, keptItems, keptSkills, keptAnswers, editedShape, null, version, StateChange.EVERYTHING,
                equal);
    }

    /**
     * This state, read afresh from the store, as what follows {@code shown} on the screens (an undo, an import): when
     * the content is the same, it keeps {@code shown}'s path and lookups. Like {@link #withPath}, it is compared with
     * {@code shown} in full here, off the FX thread; for the screens the path may have changed ({@link StateChange#content}).
     */
    public PathState following(PathState shown) {
        if (!path.id().equals(shown.path.id())) {
            return this;
        }
        boolean sameContent = path.equals(shown.path);
        boolean equal = sameContent && items.equals(shown.items) && skills.equals(shown.skills)
                && selfCheckAnswers.equals(shown.selfCheckAnswers);
        return new PathState(sameContent ? shown.path : path, items, skills, selfCheckAnswers, sameContent ? shown.shape : shape,
                tallies, shown.version, StateChange.EVERYTHING, equal);
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
        return new PathState(path, items, skills, selfCheckAnswers.plus(selfCheckId, answer), shape, tallies, version,
                new StateChange(false, Set.of(), Set.of(), true), answer == selfCheckAnswers.get(selfCheckId));
    }

    /** The statement unanswered again. */
    public PathState withoutAnswer(String selfCheckId) {
        return new PathState(path, items, skills, selfCheckAnswers.minus(selfCheckId), shape, tallies, version,
                new StateChange(false, Set.of(), Set.of(), true), !selfCheckAnswers.containsKey(selfCheckId));
    }

    /** How many self-check statements the learner agrees with, of those they answered. */
    public long agreedSelfChecks() {
        return selfCheckAnswers.values().stream().filter(answer -> answer == SelfCheckAnswer.AGREE).count();
    }

    public ItemProgress progressOf(String itemId) {
        ItemProgress progress = items.get(itemId);
        return progress != null ? progress : ItemProgress.notStarted(itemId);
    }

    public ItemStatus statusOf(String itemId) {
        ItemProgress progress = items.get(itemId);
        return progress != null ? progress.status() : ItemStatus.NOT_STARTED;
    }

    public SkillProgress skillProgressOf(String skillId) {
        SkillProgress progress = skills.get(skillId);
        return progress != null ? progress : SkillProgress.unrated(skillId);
    }

    /** The state with one item's progress replaced: O(log n) plus the item's linked skills. */
    public PathState with(ItemProgress progress) {
        String itemId = progress.itemId();
        ItemStatus before = statusOf(itemId);
        PathTallies moved = tallies.moved(shape, itemId, before, progress.status());
        Set<String> touchedSkills = before == progress.status() ? Set.of() : new HashSet<>(shape.skillsBuiltBy(itemId));
        return new PathState(path, items.plus(itemId, progress), skills, selfCheckAnswers, shape, moved, version,
                new StateChange(false, Set.of(itemId), touchedSkills, false), progress.equals(items.get(itemId)));
    }

    public PathState with(SkillProgress progress) {
        String skillId = progress.skillId();
        return new PathState(path, items, skills.plus(skillId, progress), selfCheckAnswers, shape, tallies, version,
                new StateChange(false, Set.of(), Set.of(skillId), false), progress.equals(skills.get(skillId)));
    }

    public Progress progressOf(Section section) {
        return tallies.section(section.id())
                .orElseGet(() -> Progress.of(section.items().stream().map(item -> statusOf(item.id())).toList()));
    }

    public Progress overallProgress() {
        return tallies.overall();
    }

    /** How many checklist items have each status; kept up to date with every change, never counted on demand. */
    public StatusCounts statusCounts() {
        return tallies.statusCounts();
    }

    /** Sub-steps ticked of the item's sub-steps. */
    public Progress subItemProgress(Item item) {
        ItemProgress progress = progressOf(item.id());
        long done = item.subItems().stream().filter(sub -> progress.isSubItemDone(sub.id())).count();
        return new Progress((int) done, item.subItems().size(), 0);
    }

    public SkillStanding standingOf(Skill skill) {
        SkillProgress progress = skillProgressOf(skill.id());
        PathTallies.Linked linked = tallies.linked(skill.id());
        return new SkillStanding(skill, progress.current(), progress.target().orElse(skill.targetLevel()), linked.progress(),
                linked.suggested(), progress.history().size(), progress.evidenceCount());
    }

    public List<SkillStanding> standings() {
        return path.skills().stream().map(this::standingOf).toList();
    }

    /** Skills furthest below their target, largest gap first; ties keep the path's order. */
    public List<SkillStanding> largestGaps(int limit) {
        return standings().stream().filter(standing -> standing.gap() > 0)
                .sorted(Comparator.comparingInt(SkillStanding::gap).reversed()).limit(limit).toList();
    }

    /** Skills whose suggested level is new or higher than in {@code earlier} ({@link RaisedSuggestions}). */
    public List<SkillStanding> suggestionsRaisedSince(PathState earlier) {
        return RaisedSuggestions.since(this, earlier);
    }

    /**
     * What to continue with: the first step the learner is already learning, otherwise the first one not started.
     * Only the ordered Steps section counts — background and practice are not a sequence.
     */
    public Optional<Item> nextStep() {
        return tallies.nextStepPosition().map(position -> shape.steps().get(position));
    }

    /**
     * Equal in path and progress. JavaFX compares the shared state with the one it replaces on every change: a state
     * and the one it was made from are compared in one step, since whether they are equal was known when the later
     * one was made; comparing every item's progress and every item of the path grew with the path.
     */
    @Override
    public boolean equals(Object other) {
        if (other instanceof PathState that && (parentVersion == that.version || that.parentVersion == version)) {
            return parentVersion == that.version ? equalToParent : that.equalToParent;
        }
        return other instanceof PathState that && path.equals(that.path) && items.equals(that.items)
                && skills.equals(that.skills) && selfCheckAnswers.equals(that.selfCheckAnswers);
    }

    @Override
    public int hashCode() {
        return Objects.hash(path, items, skills, selfCheckAnswers);
    }

    @Override
    public String toString() {
        return "PathState[path=" + path.id() + ", items=" + items.size() + ", skills=" + skills.size()
                + ", answers=" + selfCheckAnswers.size() + "]";
    }

    /** The maintained counts: what the calendar's rules read, and what tests compare with counts made from scratch. */
    PathTallies tallies() {
        return tallies;
    }

    /** For tests: counts made from scratch over this state. */
    PathTallies recount() {
        return PathTallies.count(path, shape, this::statusOf);
    }
}

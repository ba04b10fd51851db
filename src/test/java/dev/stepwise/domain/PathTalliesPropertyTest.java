package dev.stepwise.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The counts a state keeps up to date after each change equal the counts made from scratch, after any sequence of
 * changes: statuses, notes, ratings and targets, and content edits in between. The reference for standings and
 * "continue with" is the plain scan the model used before it was made incremental.
 */
class PathTalliesPropertyTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 29);

    /** One change a learner can make. */
    sealed interface Step permits SetStatus, SetNote, Rate, Retarget, DropItem, Recopy {
    }

    record SetStatus(int item, ItemStatus status) implements Step {
    }

    record SetNote(int item) implements Step {
    }

    record Rate(int skill, int level) implements Step {
    }

    record Retarget(int skill, int level) implements Step {
    }

    /** A content edit: the item leaves the checklist (its progress stays in the state only if archived). */
    record DropItem(int item) implements Step {
    }

    /** A content edit that changes nothing: the same path, as another object (an edit undone, say). */
    record Recopy() implements Step {
    }

    @Property(tries = 200)
    void maintainedCountsEqualCountsFromScratch(@ForAll("paths") LearningPath path, @ForAll("steps") List<Step> steps) {
        PathState state = PathState.fresh(path);
        assertMatchesScratch(state);
        for (Step step : steps) {
            state = apply(state, step);
            assertMatchesScratch(state);
        }
    }

    @Property(tries = 100)
    void aChangeNamesEveryItemAndSkillWhoseFiguresMoved(@ForAll("paths") LearningPath path,
                                                        @ForAll("steps") List<Step> steps) {
        PathState state = PathState.fresh(path);
        for (Step step : steps) {
            PathState next = apply(state, step);
            Optional<StateChange> change = next.changeSince(state);
            assertThat(change).isPresent();
            if (!change.get().content()) {
                for (Skill skill : path.skills()) {
                    if (!change.get().skillIds().contains(skill.id())) {
                        assertThat(next.standingOf(skill)).isEqualTo(state.standingOf(skill));
                    }
                }
            }
            state = next;
        }
    }

    /**
     * JavaFX compares the shared state with the one it replaces on every change, so a state made from another (by one
     * change, or read afresh to follow it) is compared with it in one step, from what was known when it was made: that
     * must say what comparing every value would.
     */
    @Property(tries = 200)
    void aStateEqualsTheOneItFollowsExactlyWhenPathAndProgressAreEqual(@ForAll("paths") LearningPath path,
                                                                      @ForAll("steps") List<Step> steps) {
        PathState state = PathState.fresh(path);
        for (Step step : steps) {
            PathState next = apply(state, step);
            assertEqualExactlyWhenValuesAre(next, state, "after " + step);
            PathState reread = new PathState(next.path(), next.items(), next.skills(), next.selfCheckAnswers()).following(state);
            assertEqualExactlyWhenValuesAre(reread, state, "read afresh after " + step);
            if (reread.path().equals(state.path())) {
                assertThat(reread.path()).as("the same content keeps the path shown").isSameAs(state.path());
            }
            assertThat(reread.tallies()).isEqualTo(reread.recount());
            state = next;
        }
    }

    private static void assertEqualExactlyWhenValuesAre(PathState later, PathState earlier, String when) {
        boolean sameValues = later.path().equals(earlier.path()) && later.items().equals(earlier.items())
                && later.skills().equals(earlier.skills()) && later.selfCheckAnswers().equals(earlier.selfCheckAnswers());
        assertThat(later.equals(earlier)).as("later equals earlier %s", when).isEqualTo(sameValues);
        assertThat(earlier.equals(later)).as("earlier equals later %s", when).isEqualTo(sameValues);
        if (sameValues) {
            assertThat(later.hashCode()).isEqualTo(earlier.hashCode());
        }
    }

    private static PathState apply(PathState state, Step step) {
        LearningPath path = state.path();
        List<Item> items = path.items().toList();
        if (step instanceof SetStatus set && !items.isEmpty()) {
            Item item = items.get(set.item() % items.size());
            return state.with(state.progressOf(item.id()).withStatus(set.status(), TODAY));
        }
        if (step instanceof SetNote note && !items.isEmpty()) {
            Item item = items.get(note.item() % items.size());
            return state.with(state.progressOf(item.id()).withNote("note " + note.item()));
        }
        if (step instanceof Rate rate && !path.skills().isEmpty()) {
            Skill skill = path.skills().get(rate.skill() % path.skills().size());
            return state.with(state.skillProgressOf(skill.id()).withRating(
                    new Rating(Level.of(rate.level()), Instant.ofEpochSecond(rate.skill() * 1000L + rate.level()), "")));
        }
        if (step instanceof Retarget retarget && !path.skills().isEmpty()) {
            Skill skill = path.skills().get(retarget.skill() % path.skills().size());
            return state.with(state.skillProgressOf(skill.id()).withTarget(Level.of(retarget.level())));
        }
        if (step instanceof Recopy) {
            return state.withPath(new LearningPath(path.id(), path.contentVersion(), path.title(), path.tagline(),
                    path.overview(), path.industries(), path.skills(), path.sections(), path.selfChecks(), path.archived()));
        }
        if (step instanceof DropItem drop && !items.isEmpty()) {
            String itemId = items.get(drop.item() % items.size()).id();
            List<Section> sections = path.sections().stream()
                    .map(section -> section.withItems(section.items().stream().filter(item -> !item.id().equals(itemId)).toList()))
                    .toList();
            return state.withPath(new LearningPath(path.id(), path.contentVersion(), path.title(), path.tagline(),
                    path.overview(), path.industries(), path.skills(), sections, path.selfChecks(), path.archived()));
        }
        return state.withAnswer("check", SelfCheckAnswer.AGREE);
    }

    private static void assertMatchesScratch(PathState state) {
        assertThat(state.tallies()).isEqualTo(state.recount());
        LearningPath path = state.path();
        for (Section section : path.sections()) {
            assertThat(state.progressOf(section))
                    .isEqualTo(Progress.of(section.items().stream().map(item -> state.statusOf(item.id())).toList()));
        }
        assertThat(state.overallProgress()).isEqualTo(Progress.of(path.items().map(item -> state.statusOf(item.id())).toList()));
        for (ItemStatus status : ItemStatus.values()) {
            assertThat(state.statusCounts().of(status)).as("items %s", status)
                    .isEqualTo(path.items().filter(item -> state.statusOf(item.id()) == status).count());
        }
        for (Skill skill : path.skills()) {
            List<ItemStatus> linked = path.itemsBuilding(skill.id()).stream().map(item -> state.statusOf(item.id())).toList();
            SkillStanding standing = state.standingOf(skill);
            assertThat(standing.linkedItems()).isEqualTo(Progress.of(linked));
            assertThat(standing.suggested()).isEqualTo(SuggestedLevel.from(linked));
        }
        List<Item> steps = path.sections().stream().filter(section -> section.kind() == SectionKind.STEPS)
                .flatMap(section -> section.items().stream()).toList();
        Optional<Item> expected = steps.stream().filter(item -> state.statusOf(item.id()) == ItemStatus.LEARNING).findFirst()
                .or(() -> steps.stream().filter(item -> state.statusOf(item.id()) == ItemStatus.NOT_STARTED).findFirst());
        assertThat(state.nextStep()).isEqualTo(expected);
    }

    @Provide
    Arbitrary<LearningPath> paths() {
        Arbitrary<Integer> skillCount = Arbitraries.integers().between(0, 6);
        Arbitrary<List<List<List<Integer>>>> sections = Arbitraries.integers().between(0, 7).list().ofMaxSize(4)
                .list().ofMaxSize(8).list().ofMinSize(1).ofMaxSize(4);
        Arbitrary<List<SectionKind>> kinds = Arbitraries.of(SectionKind.class).list().ofSize(4);
        return Combinators.combine(skillCount, sections, kinds).as(PathTalliesPropertyTest::path);
    }

    /** Skills s0…; sections of items whose links are skill numbers (a number beyond the skills links nothing). */
    private static LearningPath path(int skillCount, List<List<List<Integer>>> sectionLinks, List<SectionKind> kinds) {
        List<Skill> skills = new ArrayList<>();
        for (int i = 0; i < skillCount; i++) {
            skills.add(new Skill("s" + i, "Skill " + i, i % 2 == 0 ? Skill.TECHNICAL : Skill.SOFT, "", Level.of(i % 5)));
        }
        List<Section> sections = new ArrayList<>();
        int itemNumber = 0;
        for (int s = 0; s < sectionLinks.size(); s++) {
            List<Item> items = new ArrayList<>();
            for (List<Integer> links : sectionLinks.get(s)) {
                List<String> skillIds = links.stream().map(n -> "s" + n).toList();
                items.add(new Item("i" + itemNumber, "Item " + itemNumber, "", List.of(), List.of(), skillIds, null, null));
                itemNumber++;
            }
            sections.add(new Section("sec" + s, kinds.get(s), "Section " + s, "", items));
        }
        return new LearningPath("p", 1, "Path", "", "", List.of(), skills, sections,
                List.of(new SelfCheck("check", "A statement")), List.of());
    }

    @Provide
    Arbitrary<List<Step>> steps() {
        Arbitrary<Integer> index = Arbitraries.integers().between(0, 40);
        Arbitrary<Integer> level = Arbitraries.integers().between(0, 4);
        Arbitrary<Step> step = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(8, Combinators.combine(index, Arbitraries.of(ItemStatus.class)).as(SetStatus::new)),
                net.jqwik.api.Tuple.of(1, index.map(SetNote::new)),
                net.jqwik.api.Tuple.of(2, Combinators.combine(index, level).as(Rate::new)),
                net.jqwik.api.Tuple.of(1, Combinators.combine(index, level).as(Retarget::new)),
                net.jqwik.api.Tuple.of(1, index.map(DropItem::new)),
                net.jqwik.api.Tuple.of(1, Arbitraries.just(new Recopy())));
        return step.list().ofMaxSize(30);
    }
}

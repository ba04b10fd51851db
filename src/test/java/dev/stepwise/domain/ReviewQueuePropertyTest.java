package dev.stepwise.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

/**
 * The reviews a study log keeps in queue order, and the reviews it forgets when a change leaves an item no longer done,
 * equal what the plain walks of every review planned give, after any sequence of reviews planned, confirmed or
 * dropped and statuses changed.
 */
class ReviewQueuePropertyTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 29);
    private static final int ITEMS = 8;

    /**
     * One change: a review planned (or moved) to a day from today — of a done item only, as the store plans them —
     * one dropped, or an item's status set.
     */
    sealed interface Step permits Plan, Drop, SetStatus {
    }

    record Plan(int item, int days) implements Step {
    }

    record Drop(int item) implements Step {
    }

    record SetStatus(int item, ItemStatus status) implements Step {
    }

    @Property(tries = 300)
    void keptQueueAndKeptReviewsEqualTheWalksOfEveryReview(@ForAll("steps") List<Step> steps) {
        PathState state = PathState.fresh(path());
        StudyLog log = StudyLog.empty();
        for (Step step : steps) {
            if (step instanceof Plan plan && state.statusOf(id(plan.item())) == ItemStatus.DONE) {
                log = log.withReview(id(plan.item()), Optional.of(new Review(id(plan.item()), TODAY.plusDays(plan.days()),
                        ReviewPlan.SPACED, 0)));
            } else if (step instanceof Drop drop) {
                log = log.withReview(id(drop.item()), Optional.empty());
            } else if (step instanceof SetStatus set) {
                PathState next = state.with(state.progressOf(id(set.item())).withStatus(set.status(), TODAY));
                StudyLog kept = log.keepingReviewsOfDone(next, next.changeSince(state).orElseThrow().itemIds());
                PathState done = next;
                Map<String, Review> expected = log.reviews().entrySet().stream()
                        .filter(entry -> done.statusOf(entry.getKey()) == ItemStatus.DONE)
                        .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
                assertThat(kept.reviews()).as("reviews kept after %s", step).isEqualTo(expected);
                state = next;
                log = kept;
            }
            for (LocalDate day : List.of(TODAY.minusDays(3), TODAY, TODAY.plusDays(3))) {
                assertThat(log.queue(day)).as("queue on %s after %s", day, step).isEqualTo(Review.queue(log.reviews().values(), day));
            }
        }
    }

    private static String id(int item) {
        return "i" + item % ITEMS;
    }

    private static LearningPath path() {
        List<Item> items = IntStream.range(0, ITEMS)
                .mapToObj(n -> new Item(id(n), "Item " + n, "", List.of(), List.of(), List.of(), null, null)).toList();
        return new LearningPath("p", 1, "Path", "", "", List.of(), List.of(),
                List.of(new Section("s", SectionKind.STEPS, "Steps", "", items)), List.of());
    }

    @Provide
    Arbitrary<List<Step>> steps() {
        Arbitrary<Integer> item = Arbitraries.integers().between(0, ITEMS - 1);
        Arbitrary<Step> step = Arbitraries.frequencyOf(
                Tuple.of(4, Combinators.combine(item, Arbitraries.integers().between(-6, 6)).as(Plan::new)),
                Tuple.of(1, item.map(Drop::new)),
                Tuple.of(4, Combinators.combine(item, Arbitraries.of(ItemStatus.class)).as(SetStatus::new)));
        return step.list().ofMaxSize(40);
    }
}

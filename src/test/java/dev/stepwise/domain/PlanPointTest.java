package dev.stepwise.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The plan line the milestones make on the burn-up. */
class PlanPointTest {
    private static final LocalDate APRIL_1 = LocalDate.of(2026, 4, 1);

    @Test
    void eachMilestoneAddsItsItemsByItsDateInDateOrder() {
        List<Milestone> milestones = List.of(
                new Milestone("w4", "Week 4", APRIL_1.plusWeeks(3), List.of("c", "d", "e")),
                new Milestone("w1", "Week 1", APRIL_1, List.of("a", "b")));

        assertThat(PlanPoint.ofMilestones(milestones, id -> true)).containsExactly(new PlanPoint(APRIL_1, 2),
                new PlanPoint(APRIL_1.plusWeeks(3), 5));
    }

    @Test
    void anItemInTwoMilestonesCountsOnceAndOneDayIsOnePoint() {
        List<Milestone> milestones = List.of(
                new Milestone("a", "A", APRIL_1, List.of("x", "y")),
                new Milestone("b", "B", APRIL_1, List.of("y", "z")),
                new Milestone("c", "C", APRIL_1.plusDays(7), List.of("x")));

        assertThat(PlanPoint.ofMilestones(milestones, id -> true)).containsExactly(new PlanPoint(APRIL_1, 3),
                new PlanPoint(APRIL_1.plusDays(7), 3));
    }

    /** A skipped item is not to be done: a plan that asked for it could never be met, and the report said "0 of 0". */
    @Test
    void skippedItemsAreLeftOutOfThePlan() {
        List<Milestone> milestones = List.of(
                new Milestone("w1", "Week 1", APRIL_1, List.of("a", "skipped")),
                new Milestone("w2", "Week 2", APRIL_1.plusWeeks(1), List.of("skipped")));

        assertThat(PlanPoint.ofMilestones(milestones, id -> !id.equals("skipped"))).containsExactly(
                new PlanPoint(APRIL_1, 1), new PlanPoint(APRIL_1.plusWeeks(1), 1));
    }

    @Test
    void noMilestonesNoPlan() {
        assertThat(PlanPoint.ofMilestones(List.of(), id -> true)).isEmpty();
    }

    @Test
    void thePlanStartsFromNothingOnTheDayThePathBeganWhenThatComesFirst() {
        LocalDate start = LocalDate.of(2026, 3, 2);
        List<PlanPoint> milestones = List.of(new PlanPoint(LocalDate.of(2026, 3, 9), 3), new PlanPoint(LocalDate.of(2026, 3, 16), 5));

        assertThat(PlanPoint.fromStart(start, milestones)).containsExactly(new PlanPoint(start, 0),
                new PlanPoint(LocalDate.of(2026, 3, 9), 3), new PlanPoint(LocalDate.of(2026, 3, 16), 5));
        assertThat(PlanPoint.fromStart(LocalDate.of(2026, 3, 9), milestones)).as("a milestone on the first day")
                .isEqualTo(milestones);
        assertThat(PlanPoint.fromStart(LocalDate.of(2026, 3, 10), milestones)).as("added with a date passed")
                .isEqualTo(milestones);
        assertThat(PlanPoint.fromStart(start, List.of())).as("no milestones, no plan").isEmpty();
    }
}

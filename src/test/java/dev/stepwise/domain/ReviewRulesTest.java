package dev.stepwise.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The review rules on fixed dates: scheduling, the spaced steps, the queue and reopening. */
class ReviewRulesTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 30);
    private static final ItemProgress DONE = new ItemProgress("a", ItemStatus.DONE, "", Set.of(),
            LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 20));

    @Test
    void onlyADoneItemGetsAReview() {
        for (ItemStatus status : List.of(ItemStatus.NOT_STARTED, ItemStatus.LEARNING, ItemStatus.SKIPPED)) {
            ItemProgress progress = ItemProgress.notStarted("a").withStatus(status, TODAY);
            assertThatThrownBy(() -> Review.schedule(progress, ReviewPlan.SPACED, TODAY)).isInstanceOf(InvalidEditException.class)
                    .hasMessageContaining("done");
        }
    }

    @Test
    void inTwoWeeksIsOnceAndConfirmingEndsIt() {
        Review review = Review.schedule(DONE, ReviewPlan.IN_TWO_WEEKS, TODAY);
        assertThat(review.dueOn()).isEqualTo(LocalDate.of(2026, 4, 13));
        assertThat(review.confirmed(review.dueOn())).isEmpty();
    }

    @Test
    void spacedReviewsFollowOneThreeSevenTwentyOneDaysFromTheDayConfirmedThenEnd() {
        Review first = Review.schedule(DONE, ReviewPlan.SPACED, TODAY);
        assertThat(first.dueOn()).isEqualTo(LocalDate.of(2026, 3, 31));
        Review second = first.confirmed(LocalDate.of(2026, 3, 31)).orElseThrow();
        assertThat(second.dueOn()).isEqualTo(LocalDate.of(2026, 4, 3));
        // Confirmed two days late: the seven days count from the day of the confirmation.
        Review third = second.confirmed(LocalDate.of(2026, 4, 5)).orElseThrow();
        assertThat(third.dueOn()).isEqualTo(LocalDate.of(2026, 4, 12));
        Review fourth = third.confirmed(LocalDate.of(2026, 4, 12)).orElseThrow();
        assertThat(fourth.dueOn()).isEqualTo(LocalDate.of(2026, 5, 3));
        assertThat(fourth.step()).isEqualTo(3);
        assertThat(fourth.confirmed(LocalDate.of(2026, 5, 3))).as("after 21 days the schedule ends").isEmpty();
    }

    @Test
    void aScheduleAcrossMonthAndYearEndsCountsCalendarDays() {
        ItemProgress done = DONE;
        assertThat(Review.schedule(done, ReviewPlan.SPACED, LocalDate.of(2026, 12, 31)).dueOn()).isEqualTo(LocalDate.of(2027, 1, 1));
        assertThat(Review.schedule(done, ReviewPlan.IN_TWO_WEEKS, LocalDate.of(2028, 2, 20)).dueOn())
                .as("a leap year").isEqualTo(LocalDate.of(2028, 3, 5));
    }

    @Test
    void theQueueHoldsReviewsDueTodayOrOverdueOldestFirst() {
        Review tomorrow = new Review("t", TODAY.plusDays(1), ReviewPlan.SPACED, 0);
        Review today = new Review("b", TODAY, ReviewPlan.SPACED, 1);
        Review alsoToday = new Review("a", TODAY, ReviewPlan.IN_TWO_WEEKS, 0);
        Review lastWeek = new Review("z", TODAY.minusDays(7), ReviewPlan.SPACED, 2);

        assertThat(Review.queue(List.of(tomorrow, today, lastWeek, alsoToday), TODAY))
                .containsExactly(lastWeek, alsoToday, today);
        assertThat(Review.queue(List.of(tomorrow), TODAY.plusDays(1))).as("due at the day boundary").containsExactly(tomorrow);
        assertThat(Review.queue(List.of(tomorrow), TODAY)).isEmpty();
    }

    @Test
    void reopeningMakesTheItemLearningKeepingItsStartAndClearingItsDoneDate() {
        ItemProgress reopened = Review.reopened(DONE, TODAY);
        assertThat(reopened.status()).isEqualTo(ItemStatus.LEARNING);
        assertThat(reopened.startedOn()).isEqualTo(LocalDate.of(2026, 3, 1));
        assertThat(reopened.doneOn()).isNull();
        ItemProgress doneStraightAway = new ItemProgress("a", ItemStatus.DONE, "", Set.of(), null, TODAY);
        assertThat(Review.reopened(doneStraightAway, TODAY).startedOn()).as("learning from today").isEqualTo(TODAY);
    }

    @Test
    void aStepOutsideThePlanIsRefused() {
        assertThatThrownBy(() -> new Review("a", TODAY, ReviewPlan.SPACED, 4)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Review("a", TODAY, ReviewPlan.IN_TWO_WEEKS, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Review("a", TODAY, ReviewPlan.SPACED, -1)).isInstanceOf(IllegalArgumentException.class);
    }
}

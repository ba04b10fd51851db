package dev.stepwise.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stepwise.domain.InvalidEditException;
import dev.stepwise.domain.ItemProgress;
import dev.stepwise.domain.ItemStatus;
import dev.stepwise.domain.Review;
import dev.stepwise.domain.ReviewPlan;
import dev.stepwise.fixtures.TestClock;
import dev.stepwise.store.Probe;
import dev.stepwise.store.SamplePaths;
import dev.stepwise.store.Snapshot;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reviews through the service over a real file; today comes from the clock in the learner's zone. */
class ReviewServiceTest {
    private static final String PATH = SamplePaths.ID;
    private static final String FIRST = SamplePaths.FIRST;
    /** 23:30 UTC on 31 March is already 1 April in Berlin. */
    private static final Instant START = Instant.parse("2026-03-31T23:30:00Z");

    @TempDir
    Path dir;
    private Path file;
    private TestClock clock;
    private Stepwise stepwise;
    private ReviewService reviews;

    @BeforeEach
    void open() {
        file = dir.resolve("stepwise.db");
        clock = new TestClock(START, ZoneId.of("Europe/Berlin"));
        stepwise = Stepwise.open(file, List.of(SamplePaths.sample()), clock);
        reviews = stepwise.reviews();
    }

    @AfterEach
    void close() {
        stepwise.close();
    }

    private List<List<String>> changes() {
        return Probe.rows(file, "SELECT kind, subject_id, payload FROM activity WHERE kind LIKE 'REVIEW%' ORDER BY id");
    }

    @Test
    void aDoneItemIsScheduledFromTodayInTheLearnersZone() {
        stepwise.progress().setStatus(PATH, FIRST, ItemStatus.DONE);
        Review review = reviews.schedule(PATH, FIRST, ReviewPlan.SPACED);

        assertThat(review.dueOn()).as("1 April in Berlin, plus a day").isEqualTo(LocalDate.of(2026, 4, 2));
        assertThat(stepwise.studyTime().load(PATH).reviewOf(FIRST)).contains(review);
        assertThat(changes()).containsExactly(List.of("REVIEW_SCHEDULED", FIRST, Probe.json("{'from':null,'to':'2026-04-02'}")));
    }

    @Test
    void onlyADoneItemIsScheduledOrReopenedAndOnlyAReviewConfirmed() {
        Snapshot before = Snapshot.of(file);
        assertThatThrownBy(() -> reviews.schedule(PATH, FIRST, ReviewPlan.SPACED)).isInstanceOf(InvalidEditException.class)
                .hasMessageContaining("done");
        assertThatThrownBy(() -> reviews.reopen(PATH, FIRST)).isInstanceOf(InvalidEditException.class);
        assertThatThrownBy(() -> reviews.confirm(PATH, FIRST)).isInstanceOf(InvalidEditException.class)
                .hasMessageContaining("no review");
        assertThatThrownBy(() -> reviews.schedule(PATH, "no-such-item", ReviewPlan.SPACED)).isInstanceOf(InvalidEditException.class)
                .hasMessageContaining("no-such-item");
        assertThat(before.changesTo(Snapshot.of(file))).isEmpty();
    }

    @Test
    void confirmingWalksTheSpacedStepsThenEndsTheSchedule() {
        stepwise.progress().setStatus(PATH, FIRST, ItemStatus.DONE);
        reviews.schedule(PATH, FIRST, ReviewPlan.SPACED);
        List<Integer> gaps = List.of(3, 7, 21);
        for (int gap : gaps) {
            clock.advance(Duration.ofDays(1));
            LocalDate today = LocalDate.ofInstant(clock.instant(), clock.getZone());
            assertThat(reviews.confirm(PATH, FIRST).orElseThrow().dueOn()).isEqualTo(today.plusDays(gap));
        }
        assertThat(reviews.confirm(PATH, FIRST)).isEmpty();
        assertThat(Probe.count(file, "item_review")).isZero();
        assertThat(stepwise.progress().load(PATH).statusOf(FIRST)).as("a confirmed item stays done").isEqualTo(ItemStatus.DONE);
    }

    @Test
    void aSecondConfirmOfTheSameShownReviewChangesNothing() {
        stepwise.progress().setStatus(PATH, FIRST, ItemStatus.DONE);
        Review shown = reviews.schedule(PATH, FIRST, ReviewPlan.SPACED);
        clock.advance(Duration.ofDays(1));
        Review next = reviews.confirm(PATH, FIRST, shown.dueOn()).orElseThrow();
        Snapshot before = Snapshot.of(file);

        // A key held down: the row still showed the first review when the second press came.
        assertThat(reviews.confirm(PATH, FIRST, shown.dueOn())).contains(next);

        assertThat(before.changesTo(Snapshot.of(file))).as("no step skipped, nothing logged").isEmpty();
    }

    @Test
    void reopeningMakesTheItemLearningAgainAndDropsItsReview() {
        stepwise.progress().setStatus(PATH, FIRST, ItemStatus.LEARNING);
        clock.advance(Duration.ofDays(2));
        stepwise.progress().setStatus(PATH, FIRST, ItemStatus.DONE);
        reviews.schedule(PATH, FIRST, ReviewPlan.IN_TWO_WEEKS);

        ItemProgress reopened = reviews.reopen(PATH, FIRST);

        assertThat(reopened.status()).isEqualTo(ItemStatus.LEARNING);
        assertThat(reopened.startedOn()).isEqualTo(LocalDate.of(2026, 4, 1));
        assertThat(reopened.doneOn()).isNull();
        assertThat(stepwise.progress().load(PATH).progressOf(FIRST)).isEqualTo(reopened);
        assertThat(Probe.count(file, "item_review")).isZero();
        assertThat(Probe.rows(file, "SELECT kind, payload FROM activity WHERE id > (SELECT max(id) - 2 FROM activity) ORDER BY id"))
                .containsExactly(List.of("REVIEW_REOPENED", Probe.json("{'from':'2026-04-17','to':null}")),
                        List.of("ITEM_STATUS_CHANGED",
                                Probe.json("{'from':'DONE','to':'LEARNING','startedOn':'2026-04-01','doneOn':null}")));
    }

    @Test
    void markingAReviewedItemLearningInTheChecklistAlsoDropsItsReview() {
        stepwise.progress().setStatus(PATH, FIRST, ItemStatus.DONE);
        reviews.schedule(PATH, FIRST, ReviewPlan.SPACED);
        stepwise.progress().setStatus(PATH, FIRST, ItemStatus.LEARNING);
        assertThat(stepwise.studyTime().load(PATH).reviewOf(FIRST)).isEmpty();
    }
}

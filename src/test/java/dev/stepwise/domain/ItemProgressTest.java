package dev.stepwise.domain;

import static dev.stepwise.domain.ItemStatus.DONE;
import static dev.stepwise.domain.ItemStatus.LEARNING;
import static dev.stepwise.domain.ItemStatus.NOT_STARTED;
import static dev.stepwise.domain.ItemStatus.SKIPPED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ItemProgressTest {

    private static final LocalDate MON = LocalDate.of(2025, 3, 3);
    private static final LocalDate TUE = LocalDate.of(2025, 3, 4);
    private static final LocalDate WED = LocalDate.of(2025, 3, 5);
    private static final LocalDate THU = LocalDate.of(2025, 3, 6);

    private static ItemProgress fresh() {
        return ItemProgress.notStarted("learn-sql");
    }

    @Test
    @DisplayName("notStarted has no note, no ticked sub-items and no dates")
    void notStartedIsBlank() {
        ItemProgress progress = fresh();

        assertThat(progress.itemId()).isEqualTo("learn-sql");
        assertThat(progress.status()).isEqualTo(NOT_STARTED);
        assertThat(progress.note()).isEmpty();
        assertThat(progress.doneSubItemIds()).isEmpty();
        assertThat(progress.started()).isEmpty();
        assertThat(progress.done()).isEmpty();
    }

    @Nested
    @DisplayName("withStatus: start date")
    class StartDate {

        @Test
        @DisplayName("is set the first time the item becomes LEARNING")
        void setOnFirstLearning() {
            ItemProgress progress = fresh().withStatus(LEARNING, MON);

            assertThat(progress.status()).isEqualTo(LEARNING);
            assertThat(progress.started()).contains(MON);
            assertThat(progress.done()).isEmpty();
        }

        @Test
        @DisplayName("is not set when an item goes straight to DONE: when work began is not known")
        void notSetOnDirectDone() {
            ItemProgress progress = fresh().withStatus(DONE, TUE);

            assertThat(progress.started()).isEmpty();
            assertThat(progress.done()).contains(TUE);
        }

        @Test
        @DisplayName("is kept when learning continues and when the item is later done")
        void keptAfterwards() {
            ItemProgress learning = fresh().withStatus(LEARNING, MON);
            ItemProgress stillLearning = learning.withStatus(LEARNING, TUE);
            ItemProgress done = stillLearning.withStatus(DONE, WED);

            assertThat(stillLearning.started()).contains(MON);
            assertThat(done.started()).contains(MON);
            assertThat(done.done()).contains(WED);
        }

        @Test
        @DisplayName("is kept when a done item goes back to LEARNING")
        void keptWhenReopened() {
            ItemProgress reopened = fresh().withStatus(LEARNING, MON).withStatus(DONE, TUE).withStatus(LEARNING, WED);

            assertThat(reopened.started()).contains(MON);
            assertThat(reopened.done()).isEmpty();
        }

        @Test
        @DisplayName("is cleared on NOT_STARTED, and set afresh when work begins again")
        void clearedOnReset() {
            ItemProgress reset = fresh().withStatus(LEARNING, MON).withStatus(NOT_STARTED, TUE);
            ItemProgress restarted = reset.withStatus(LEARNING, WED);

            assertThat(reset.status()).isEqualTo(NOT_STARTED);
            assertThat(reset.started()).isEmpty();
            assertThat(reset.done()).isEmpty();
            assertThat(restarted.started()).contains(WED);
        }

        @Test
        @DisplayName("is kept when a learning item is SKIPPED")
        void keptOnSkip() {
            ItemProgress skipped = fresh().withStatus(LEARNING, MON).withStatus(SKIPPED, TUE);

            assertThat(skipped.status()).isEqualTo(SKIPPED);
            assertThat(skipped.started()).contains(MON);
            assertThat(skipped.done()).isEmpty();
        }

        @Test
        @DisplayName("is not set by skipping an item that was never started")
        void notSetBySkip() {
            ItemProgress skipped = fresh().withStatus(SKIPPED, MON);

            assertThat(skipped.started()).isEmpty();
            assertThat(skipped.done()).isEmpty();
        }

        @Test
        @DisplayName("is set when a skipped, never-started item is taken up")
        void setWhenSkippedItemIsTakenUp() {
            ItemProgress learning = fresh().withStatus(SKIPPED, MON).withStatus(LEARNING, TUE);

            assertThat(learning.started()).contains(TUE);
        }
    }

    @Nested
    @DisplayName("withStatus: done date")
    class DoneDate {

        @Test
        @DisplayName("is set on DONE")
        void setOnDone() {
            ItemProgress done = fresh().withStatus(LEARNING, MON).withStatus(DONE, TUE);

            assertThat(done.done()).contains(TUE);
        }

        @Test
        @DisplayName("is never before the start date, even when the clock went back")
        void neverBeforeTheStart() {
            ItemProgress done = fresh().withStatus(LEARNING, WED).withStatus(DONE, MON);

            assertThat(done.doneOn()).isEqualTo(WED);
            assertThat(done.startedOn()).isEqualTo(WED);
        }

        @Test
        @DisplayName("is kept when the item is marked DONE again on a later day")
        void keptWhenDoneAgain() {
            ItemProgress doneAgain = fresh().withStatus(DONE, MON).withStatus(DONE, THU);

            assertThat(doneAgain.done()).contains(MON);
            assertThat(doneAgain.started()).isEmpty();
        }

        @Test
        @DisplayName("is cleared when leaving DONE for any other status")
        void clearedWhenLeavingDone() {
            ItemProgress done = fresh().withStatus(DONE, MON);

            assertThat(done.withStatus(LEARNING, TUE).done()).isEmpty();
            assertThat(done.withStatus(SKIPPED, TUE).done()).isEmpty();
            assertThat(done.withStatus(NOT_STARTED, TUE).done()).isEmpty();
        }

        @Test
        @DisplayName("is today's date when the item is done again after being reopened")
        void resetWhenRedone() {
            ItemProgress redone = fresh().withStatus(DONE, MON).withStatus(LEARNING, TUE).withStatus(DONE, WED);

            assertThat(redone.done()).contains(WED);
            assertThat(redone.started()).contains(TUE);
        }

        @Test
        @DisplayName("skipping a done item keeps its start date but not its done date")
        void skipDoneItem() {
            ItemProgress skipped = fresh().withStatus(LEARNING, MON).withStatus(DONE, TUE).withStatus(SKIPPED, WED);

            assertThat(skipped.started()).contains(MON);
            assertThat(skipped.done()).isEmpty();
        }
    }

    @Test
    @DisplayName("withStatus keeps the note and ticked sub-items")
    void withStatusKeepsNoteAndSubItems() {
        ItemProgress progress = fresh().withNote("chapter 3").withSubItemDone("joins", true).withStatus(DONE, MON);

        assertThat(progress.note()).isEqualTo("chapter 3");
        assertThat(progress.doneSubItemIds()).containsExactly("joins");
    }

    @Test
    @DisplayName("withStatus returns a new value and leaves the original unchanged")
    void withStatusIsImmutable() {
        ItemProgress original = fresh();
        ItemProgress learning = original.withStatus(LEARNING, MON);

        assertThat(learning).isNotSameAs(original);
        assertThat(original.status()).isEqualTo(NOT_STARTED);
        assertThat(original.started()).isEmpty();
    }

    @Test
    @DisplayName("withStatus(null) is refused")
    void withNullStatusRefused() {
        assertThatThrownBy(() -> fresh().withStatus(null, MON)).isInstanceOf(NullPointerException.class);
    }

    @Test
    @DisplayName("withNote replaces the note and keeps status and dates; null becomes empty")
    void withNote() {
        ItemProgress learning = fresh().withStatus(LEARNING, MON);
        ItemProgress noted = learning.withNote("read the first two chapters");

        assertThat(noted.note()).isEqualTo("read the first two chapters");
        assertThat(noted.status()).isEqualTo(LEARNING);
        assertThat(noted.started()).contains(MON);
        assertThat(learning.note()).isEmpty();
        assertThat(noted.withNote("second thoughts").note()).isEqualTo("second thoughts");
        assertThat(noted.withNote(null).note()).isEmpty();
    }

    @Test
    @DisplayName("withSubItemDone(true) adds the sub-item; adding twice keeps one")
    void withSubItemDoneAdds() {
        ItemProgress progress = fresh().withSubItemDone("joins", true).withSubItemDone("indexes", true)
                .withSubItemDone("joins", true);

        assertThat(progress.doneSubItemIds()).containsExactlyInAnyOrder("joins", "indexes");
        assertThat(progress.isSubItemDone("joins")).isTrue();
        assertThat(progress.isSubItemDone("indexes")).isTrue();
        assertThat(progress.isSubItemDone("transactions")).isFalse();
    }

    @Test
    @DisplayName("withSubItemDone(false) removes the sub-item and ignores one not ticked")
    void withSubItemDoneRemoves() {
        ItemProgress both = fresh().withSubItemDone("joins", true).withSubItemDone("indexes", true);
        ItemProgress one = both.withSubItemDone("joins", false);

        assertThat(one.doneSubItemIds()).containsExactly("indexes");
        assertThat(one.isSubItemDone("joins")).isFalse();
        assertThat(both.isSubItemDone("joins")).as("original unchanged").isTrue();
        assertThat(one.withSubItemDone("never-ticked", false).doneSubItemIds()).containsExactly("indexes");
    }

    @Test
    @DisplayName("withSubItemDone keeps status, note and dates")
    void withSubItemDoneKeepsRest() {
        ItemProgress learning = fresh().withStatus(LEARNING, MON).withNote("n");
        ItemProgress ticked = learning.withSubItemDone("joins", true);

        assertThat(ticked.status()).isEqualTo(LEARNING);
        assertThat(ticked.note()).isEqualTo("n");
        assertThat(ticked.started()).contains(MON);
    }

    @Test
    @DisplayName("the ticked set is a copy: changing the caller's set later changes nothing")
    void subItemSetIsDefensivelyCopied() {
        Set<String> ids = new HashSet<>(Set.of("joins"));
        ItemProgress progress = new ItemProgress("learn-sql", LEARNING, null, ids, MON, null);
        ids.add("indexes");

        assertThat(progress.doneSubItemIds()).containsExactly("joins");
        assertThat(progress.note()).isEmpty();
        assertThatThrownBy(() -> progress.doneSubItemIds().add("x")).isInstanceOf(UnsupportedOperationException.class);
    }

    @Nested
    @DisplayName("toggledDone (Space)")
    class ToggledDone {

        @Test
        @DisplayName("marks any item that is not done as done")
        void anyOtherStatusBecomesDone() {
            assertThat(fresh().toggledDone()).isEqualTo(DONE);
            assertThat(fresh().withStatus(LEARNING, MON).toggledDone()).isEqualTo(DONE);
            assertThat(fresh().withStatus(SKIPPED, MON).toggledDone()).isEqualTo(DONE);
        }

        @Test
        @DisplayName("takes a done item that was being learned back to learning, with its start date")
        void doneAfterLearningGoesBackToLearning() {
            ItemProgress done = fresh().withStatus(LEARNING, MON).withStatus(DONE, TUE);

            assertThat(done.toggledDone()).isEqualTo(LEARNING);
            ItemProgress back = done.withStatus(done.toggledDone(), WED);
            assertThat(back.started()).contains(MON);
            assertThat(back.done()).isEmpty();
        }

        @Test
        @DisplayName("takes an item done straight away back to not started")
        void doneStraightAwayGoesBackToNotStarted() {
            assertThat(fresh().withStatus(DONE, MON).toggledDone()).isEqualTo(NOT_STARTED);
            assertThat(fresh().withStatus(SKIPPED, MON).withStatus(DONE, TUE).toggledDone()).isEqualTo(NOT_STARTED);
        }
    }

    @Nested
    @DisplayName("withSubItemTicked (sub-steps and status)")
    class SubStepsAndStatus {

        @Test
        @DisplayName("ticking a sub-step of an item not started starts it today")
        void firstTickStartsTheItem() {
            ItemProgress ticked = fresh().withSubItemTicked("joins", true, TUE);

            assertThat(ticked.status()).isEqualTo(LEARNING);
            assertThat(ticked.started()).contains(TUE);
            assertThat(ticked.doneSubItemIds()).containsExactly("joins");
        }

        @Test
        @DisplayName("ticking leaves learning, done and skipped items as they are; unticking never changes the status")
        void otherwiseTheStatusStays() {
            ItemProgress learning = fresh().withStatus(LEARNING, MON);
            assertThat(learning.withSubItemTicked("joins", true, TUE).started()).contains(MON);
            assertThat(fresh().withStatus(DONE, MON).withSubItemTicked("joins", true, TUE).status()).isEqualTo(DONE);
            assertThat(fresh().withStatus(SKIPPED, MON).withSubItemTicked("joins", true, TUE).status()).isEqualTo(SKIPPED);
            assertThat(fresh().withSubItemTicked("joins", false, TUE).status()).isEqualTo(NOT_STARTED);
            ItemProgress ticked = fresh().withSubItemTicked("joins", true, TUE);
            assertThat(ticked.withSubItemTicked("joins", false, WED).status()).isEqualTo(LEARNING);
        }
    }
}

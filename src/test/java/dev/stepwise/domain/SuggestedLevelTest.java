package dev.stepwise.domain;

import static dev.stepwise.domain.ItemStatus.DONE;
import static dev.stepwise.domain.ItemStatus.LEARNING;
import static dev.stepwise.domain.ItemStatus.NOT_STARTED;
import static dev.stepwise.domain.ItemStatus.SKIPPED;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class SuggestedLevelTest {

    private static Optional<Level> suggest(ItemStatus... statuses) {
        return SuggestedLevel.from(List.of(statuses));
    }

    @Test
    @DisplayName("no linked items: no suggestion")
    void noItems() {
        assertThat(SuggestedLevel.from(List.of())).isEmpty();
    }

    @Test
    @DisplayName("all linked items skipped: no suggestion")
    void allSkipped() {
        assertThat(suggest(SKIPPED)).isEmpty();
        assertThat(suggest(SKIPPED, SKIPPED, SKIPPED)).isEmpty();
    }

    @Test
    @DisplayName("none started: NOT_YET")
    void noneStarted() {
        assertThat(suggest(NOT_STARTED)).contains(Level.NOT_YET);
        assertThat(suggest(NOT_STARTED, NOT_STARTED, SKIPPED)).contains(Level.NOT_YET);
    }

    @Test
    @DisplayName("one learning, nothing done: AWARE")
    void oneLearning() {
        assertThat(suggest(LEARNING)).contains(Level.AWARE);
        assertThat(suggest(NOT_STARTED, LEARNING, NOT_STARTED)).contains(Level.AWARE);
    }

    @Test
    @DisplayName("some done but fewer than half: AWARE")
    void lessThanHalfDone() {
        assertThat(suggest(DONE, NOT_STARTED, NOT_STARTED)).contains(Level.AWARE);
        assertThat(suggest(DONE, LEARNING, NOT_STARTED, NOT_STARTED, NOT_STARTED)).contains(Level.AWARE);
    }

    @Test
    @DisplayName("exactly half done: GUIDED")
    void halfDone() {
        assertThat(suggest(DONE, NOT_STARTED)).contains(Level.GUIDED);
        assertThat(suggest(DONE, DONE, LEARNING, NOT_STARTED)).contains(Level.GUIDED);
    }

    @Test
    @DisplayName("more than half but not all done: GUIDED")
    void moreThanHalfDone() {
        assertThat(suggest(DONE, DONE, LEARNING)).contains(Level.GUIDED);
    }

    @Test
    @DisplayName("skipped items leave the count: half of the non-skipped done is GUIDED")
    void skippedLeaveTheHalfCount() {
        // 1 done of 3 would be AWARE, but with one skipped it is 1 of 2.
        assertThat(suggest(DONE, NOT_STARTED, SKIPPED)).contains(Level.GUIDED);
    }

    @Test
    @DisplayName("all done: INDEPENDENT")
    void allDone() {
        assertThat(suggest(DONE)).contains(Level.INDEPENDENT);
        assertThat(suggest(DONE, DONE, DONE)).contains(Level.INDEPENDENT);
    }

    @Test
    @DisplayName("all non-skipped done: INDEPENDENT")
    void allNonSkippedDone() {
        assertThat(suggest(DONE, SKIPPED, DONE, SKIPPED)).contains(Level.INDEPENDENT);
    }

    @Test
    @DisplayName("TEACHES is never suggested, even for a large, fully done set")
    void neverTeaches() {
        List<ItemStatus> many = new ArrayList<>(Collections.nCopies(50, DONE));
        assertThat(SuggestedLevel.from(many)).contains(Level.INDEPENDENT);

        for (ItemStatus a : ItemStatus.values()) {
            for (ItemStatus b : ItemStatus.values()) {
                for (ItemStatus c : ItemStatus.values()) {
                    assertThat(suggest(a, b, c)).isNotEqualTo(Optional.of(Level.TEACHES));
                }
            }
        }
    }

    @Test
    @DisplayName("the order of the linked items does not matter")
    void orderDoesNotMatter() {
        assertThat(suggest(NOT_STARTED, SKIPPED, DONE)).isEqualTo(suggest(DONE, NOT_STARTED, SKIPPED));
        assertThat(suggest(LEARNING, NOT_STARTED, NOT_STARTED)).isEqualTo(suggest(NOT_STARTED, NOT_STARTED, LEARNING));
    }
}

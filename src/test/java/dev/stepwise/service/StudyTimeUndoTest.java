package dev.stepwise.service;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stepwise.domain.ActivityKind;
import dev.stepwise.domain.ItemStatus;
import dev.stepwise.domain.ReviewPlan;
import dev.stepwise.fixtures.TestClock;
import dev.stepwise.store.SamplePaths;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Study time and reviews are undone like every other change (the undo log watches the new tables by itself): do → undo
 * gives exactly the data before, redo exactly the data after, also after a restart.
 */
class StudyTimeUndoTest {
    private static final String ID = SamplePaths.ID;
    private static final String FIRST = SamplePaths.FIRST;

    @TempDir
    Path dir;
    private Path file;
    private TestClock clock;
    private Stepwise stepwise;

    @BeforeEach
    void open() {
        file = dir.resolve("stepwise.db");
        clock = TestClock.utc("2026-03-01T10:00:00Z");
        reopen();
    }

    private void reopen() {
        if (stepwise != null) {
            stepwise.close();
        }
        stepwise = Stepwise.open(file, List.of(SamplePaths.sample()), clock);
    }

    @AfterEach
    void close() {
        stepwise.close();
    }


    private static Arguments change(String name, Consumer<Stepwise> setUp, Consumer<Stepwise> change) {
        return UndoableChange.named(name, setUp, change);
    }

    private static void done(Stepwise s) {
        s.progress().setStatus(ID, FIRST, ItemStatus.DONE);
    }

    private static void reviewed(Stepwise s) {
        done(s);
        s.reviews().schedule(ID, FIRST, ReviewPlan.SPACED);
    }

    static Stream<Arguments> everyStudyChange() {
        return Stream.of(
                change("time logged by hand", s -> { }, s -> s.studyTime().logTime(ID, FIRST, 45)),
                change("timer started", s -> { }, s -> s.studyTime().startTimer(ID, FIRST)),
                change("timer stopped", s -> s.studyTime().startTimer(ID, FIRST), s -> s.studyTime().stopTimer(ID)),
                change("timer moved to another item", s -> s.studyTime().startTimer(ID, FIRST),
                        s -> s.studyTime().startTimer(ID, SamplePaths.SECOND)),
                change("review scheduled", StudyTimeUndoTest::done, s -> s.reviews().schedule(ID, FIRST, ReviewPlan.SPACED)),
                change("review confirmed", StudyTimeUndoTest::reviewed, s -> s.reviews().confirm(ID, FIRST)),
                change("review removed", StudyTimeUndoTest::reviewed, s -> s.reviews().remove(ID, FIRST)),
                change("reviewed item reopened", StudyTimeUndoTest::reviewed, s -> s.reviews().reopen(ID, FIRST)),
                change("reviewed item reset in the checklist", StudyTimeUndoTest::reviewed,
                        s -> s.progress().setStatus(ID, FIRST, ItemStatus.NOT_STARTED)),
                change("progress reset with study time", s -> {
                    reviewed(s);
                    s.studyTime().logTime(ID, FIRST, 30);
                    s.studyTime().startTimer(ID, SamplePaths.SECOND);
                }, s -> s.workspace().resetProgress(ID)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyStudyChange")
    void undoGivesBackExactlyTheDataBeforeAndRedoTheDataAfter(UndoableChange kind) {
        kind.setUp().accept(stepwise);
        clock.advance(Duration.ofMinutes(25));
        kind.assertUndoesAndRedoes(file, stepwise, () -> {
            reopen();
            return stepwise;
        });
    }

    @Test
    void eachChangeIsNamedByItsOwnActivityEntry() {
        stepwise.studyTime().startTimer(ID, FIRST);
        clock.advance(Duration.ofMinutes(5));
        stepwise.studyTime().startTimer(ID, SamplePaths.SECOND);
        assertThat(stepwise.undo().next().undo().orElseThrow().change().orElseThrow().kind()).as("start names the move")
                .isEqualTo(ActivityKind.TIMER_STARTED);
        reviewed(stepwise);
        stepwise.reviews().reopen(ID, FIRST);
        assertThat(stepwise.undo().next().undo().orElseThrow().change().orElseThrow().kind())
                .isEqualTo(ActivityKind.REVIEW_REOPENED);
        stepwise.undo().undo();
        assertThat(stepwise.studyTime().load(ID).reviewOf(FIRST)).as("the review is back").isPresent();
        assertThat(Instant.parse("2026-03-01T10:05:00Z")).isEqualTo(stepwise.studyTime().load(ID).timer().orElseThrow().startedAt());
    }
}

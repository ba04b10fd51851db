package dev.stepwise.ui.matrix;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stepwise.domain.Level;
import dev.stepwise.domain.LearningPath;
import dev.stepwise.domain.PathState;
import dev.stepwise.domain.Rating;
import dev.stepwise.domain.Skill;
import dev.stepwise.domain.SkillStanding;
import dev.stepwise.fixtures.FixturePath;
import dev.stepwise.ui.common.PathSession;
import dev.stepwise.ui.common.Scheduler;
import dev.stepwise.ui.matrix.MatrixRow.CategoryRow;
import dev.stepwise.ui.matrix.MatrixRow.SkillRow;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.collections.ListChangeListener;
import org.junit.jupiter.api.Test;

/** Current against target at a glance, as data: grouping, order by gap, moves in place, and 200 skills. */
class SkillGlanceChartViewModelTest {
    private static final Instant MARCH_1 = Instant.parse("2026-03-01T09:00:00Z");

    /** Holds background work until the test runs it, as the real scheduler's worker thread would. */
    static final class HeldScheduler implements Scheduler {
        private final List<Runnable> held = new ArrayList<>();

        @Override
        public Runnable schedule(Duration delay, Runnable action) {
            throw new UnsupportedOperationException();
        }

        @Override
        public <T> void offThread(Supplier<T> work, Consumer<T> onFx) {
            held.add(() -> onFx.accept(work.get()));
        }

        void runAll() {
            List<Runnable> now = List.copyOf(held);
            held.clear();
            now.forEach(Runnable::run);
        }
    }

    private static PathSession session(PathState state) {
        return new PathSession(state, null, null, null, error -> {
            throw new AssertionError(error);
        });
    }

    private static PathState rated(PathState state, String skillId, Level level) {
        return state.with(state.skillProgressOf(skillId).withRating(new Rating(level, MARCH_1, "")));
    }

    private static List<String> order(List<MatrixRow> rows) {
        return rows.stream().map(row -> row instanceof SkillRow skill ? skill.skillId()
                : "# " + ((CategoryRow) row).category() + " " + ((CategoryRow) row).targetsMet()).toList();
    }

    @Test
    void groupsByCategoryWithTheLargestGapFirstAndTiesInThePathsOrder() {
        PathState state = rated(PathState.fresh(FixturePath.path()), FixturePath.LANGUAGE.id(), Level.AWARE);
        // The interface's own offThread: work and result at once, on the calling thread.
        Scheduler inline = (delay, action) -> {
            throw new UnsupportedOperationException();
        };
        SkillGlanceViewModel viewModel = new SkillGlanceViewModel(session(state), inline);

        // Gaps: databases 3, security 3, language 2 (rated 1 of 3), api-design 2, deployment 2; problem-solving 3, communication 1.
        assertThat(order(viewModel.rows())).containsExactly("# Technical 0", "databases", "security", "language", "api-design",
                "deployment", "# Soft 0", "problem-solving", "communication");
        assertThat(viewModel.readyProperty().get()).isTrue();
    }

    @Test
    void aRatingMovesItsRowInPlaceAndCountsItsCategory() {
        HeldScheduler scheduler = new HeldScheduler();
        PathSession session = session(PathState.fresh(FixturePath.path()));
        SkillGlanceViewModel viewModel = new SkillGlanceViewModel(session, scheduler);
        scheduler.runAll();
        List<String> changes = new ArrayList<>();
        viewModel.rows().addListener((ListChangeListener<MatrixRow>) change -> {
            while (change.next()) {
                changes.add((change.wasReplaced() ? "replaced " : change.wasAdded() ? "added " : "removed ")
                        + change.getFrom() + "-" + change.getTo());
            }
        });

        session.show(rated(session.state(), FixturePath.DATABASES.id(), Level.INDEPENDENT));

        assertThat(order(viewModel.rows())).containsExactly("# Technical 1", "language", "security", "api-design", "deployment",
                "databases", "# Soft 0", "problem-solving", "communication");
        // One row out, one row in, the heading's figures: never the whole list.
        assertThat(changes).containsExactly("removed 2-2", "added 5-6", "replaced 0-1");
        SkillStanding moved = ((SkillRow) viewModel.rows().get(5)).standing();
        assertThat(moved.current()).isEqualTo(Level.INDEPENDENT);
    }

    @Test
    void theRankingIsMadeOffTheFxThreadAndAStaleOneIsDropped() {
        HeldScheduler scheduler = new HeldScheduler();
        PathSession session = session(PathState.fresh(FixturePath.path()));
        SkillGlanceViewModel viewModel = new SkillGlanceViewModel(session, scheduler);
        assertThat(viewModel.rows()).isEmpty();
        assertThat(viewModel.readyProperty().get()).isFalse();

        // A rating while the first ranking is still being made: that ranking is of an older state.
        session.show(rated(session.state(), FixturePath.COMMUNICATION.id(), Level.TEACHES));
        scheduler.runAll();

        assertThat(order(viewModel.rows())).endsWith("# Soft 1", "problem-solving", "communication");
        assertThat(viewModel.readyProperty().get()).isTrue();
    }

    @Test
    void twoHundredSkillsAreRankedAndOneRatingMovesOneRow() {
        List<Skill> skills = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            skills.add(new Skill("skill-" + i, "Skill " + i, i % 4 == 0 ? Skill.SOFT : Skill.TECHNICAL, null, Level.of(i % 5)));
        }
        PathState state = PathState.fresh(new LearningPath("big", 1, "Big", "", "", List.of(), skills, List.of(), List.of()));
        for (int i = 0; i < 200; i += 3) {
            state = rated(state, "skill-" + i, Level.of((i / 3) % 5));
        }
        HeldScheduler scheduler = new HeldScheduler();
        PathSession session = session(state);
        SkillGlanceViewModel viewModel = new SkillGlanceViewModel(session, scheduler);
        scheduler.runAll();

        assertThat(viewModel.rows()).hasSize(202);
        // Categories in the order the path first names them: skill-0 is soft.
        assertThat(viewModel.rows().get(0)).isEqualTo(new CategoryRow(Skill.SOFT, 50, countMet(state, Skill.SOFT)));
        assertThat(viewModel.rows().get(51)).isEqualTo(new CategoryRow(Skill.TECHNICAL, 150, countMet(state, Skill.TECHNICAL)));
        assertSortedByGap(viewModel.rows());

        List<Integer> rowsTouched = new ArrayList<>();
        viewModel.rows().addListener((ListChangeListener<MatrixRow>) change -> {
            while (change.next()) {
                rowsTouched.add(Math.max(change.getAddedSize(), change.getRemovedSize()));
            }
        });
        session.show(rated(session.state(), "skill-199", Level.TEACHES));

        // Out of its place, into its new one, and its heading's count: three rows, not 202.
        assertThat(rowsTouched).containsExactly(1, 1, 1);
        assertThat(viewModel.rows()).hasSize(202);
        assertSortedByGap(viewModel.rows());
        assertThat(viewModel.rows()).isEqualTo(GlanceRanking.of(session.state()).rows());
    }

    private static int countMet(PathState state, String category) {
        return (int) state.standings().stream().filter(standing -> standing.skill().category().equals(category))
                .filter(SkillStanding::targetMet).count();
    }

    private static void assertSortedByGap(List<MatrixRow> rows) {
        List<Integer> gaps = new ArrayList<>();
        for (MatrixRow row : rows) {
            if (row instanceof CategoryRow) {
                assertThat(gaps).isSortedAccordingTo((a, b) -> b - a);
                gaps.clear();
            } else {
                gaps.add(((SkillRow) row).standing().gap());
            }
        }
        assertThat(gaps).isSortedAccordingTo((a, b) -> b - a);
    }
}

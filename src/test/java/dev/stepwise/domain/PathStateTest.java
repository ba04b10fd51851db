package dev.stepwise.domain;

import static dev.stepwise.domain.ItemStatus.DONE;
import static dev.stepwise.domain.ItemStatus.LEARNING;
import static dev.stepwise.domain.ItemStatus.NOT_STARTED;
import static dev.stepwise.domain.ItemStatus.SKIPPED;
import static dev.stepwise.domain.TestPaths.API_STEP;
import static dev.stepwise.domain.TestPaths.APIS;
import static dev.stepwise.domain.TestPaths.COMMS;
import static dev.stepwise.domain.TestPaths.DEGREE;
import static dev.stepwise.domain.TestPaths.EXPERIENCE;
import static dev.stepwise.domain.TestPaths.LANG;
import static dev.stepwise.domain.TestPaths.REVIEW;
import static dev.stepwise.domain.TestPaths.SCHEMA;
import static dev.stepwise.domain.TestPaths.SQL;
import static dev.stepwise.domain.TestPaths.SQL_STEP;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class PathStateTest {

    private static final LocalDate TODAY = LocalDate.of(2025, 4, 1);
    private static final Instant NOW = Instant.parse("2025-04-01T10:00:00Z");

    private final LearningPath path = TestPaths.backendPath();
    private final Section steps = TestPaths.section(path, SectionKind.STEPS);
    private final Section background = TestPaths.section(path, SectionKind.BACKGROUND);
    private final Section practice = TestPaths.section(path, SectionKind.PRACTICE);

    private static PathState set(PathState state, String itemId, ItemStatus status) {
        return state.with(state.progressOf(itemId).withStatus(status, TODAY));
    }

    private static PathState rate(PathState state, Skill skill, Level level) {
        return state.with(state.skillProgressOf(skill.id()).withRating(new Rating(level, NOW, "")));
    }

    private static PathState target(PathState state, Skill skill, Level level) {
        return state.with(state.skillProgressOf(skill.id()).withTarget(level));
    }

    private PathState fresh() {
        return PathState.fresh(path);
    }

    @Nested
    @DisplayName("progress")
    class Progresses {

        @Test
        @DisplayName("a fresh state has every item not started and every skill unrated")
        void freshDefaults() {
            PathState state = fresh();

            assertThat(state.statusOf(SQL_STEP)).isEqualTo(NOT_STARTED);
            assertThat(state.progressOf(SQL_STEP)).isEqualTo(ItemProgress.notStarted(SQL_STEP));
            assertThat(state.skillProgressOf(SQL.id())).isEqualTo(SkillProgress.unrated(SQL.id()));
            assertThat(state.overallProgress()).isEqualTo(new Progress(0, 7, 0));
            assertThat(state.progressOf(steps)).isEqualTo(new Progress(0, 3, 0));
        }

        @Test
        @DisplayName("progressOf(section) counts only that section's items")
        void sectionProgress() {
            PathState state = set(set(set(set(fresh(), LANG, DONE), SQL_STEP, SKIPPED), DEGREE, DONE), REVIEW, LEARNING);

            assertThat(state.progressOf(steps)).isEqualTo(new Progress(1, 3, 1));
            assertThat(state.progressOf(steps).summary()).isEqualTo("1 of 2 done · 1 skipped");
            assertThat(state.progressOf(background)).isEqualTo(new Progress(1, 2, 0));
            assertThat(state.progressOf(practice)).isEqualTo(new Progress(0, 2, 0));
        }

        @Test
        @DisplayName("overallProgress sums all sections after changes")
        void overallProgress() {
            PathState state = set(set(set(set(fresh(), LANG, DONE), SQL_STEP, SKIPPED), DEGREE, DONE), REVIEW, LEARNING);

            assertThat(state.overallProgress()).isEqualTo(new Progress(2, 7, 1));
            assertThat(state.overallProgress().summary()).isEqualTo("2 of 6 done · 1 skipped");
            assertThat(state.overallProgress().percent()).isEqualTo(33);
        }

        @Test
        @DisplayName("a later change to the same item replaces the earlier one")
        void laterChangeReplaces() {
            PathState state = set(set(fresh(), LANG, DONE), LANG, NOT_STARTED);

            assertThat(state.statusOf(LANG)).isEqualTo(NOT_STARTED);
            assertThat(state.overallProgress().done()).isZero();
        }

        @Test
        @DisplayName("the path is complete when every item is done or skipped")
        void complete() {
            PathState state = fresh();
            for (String id : new String[] {LANG, SQL_STEP, API_STEP, EXPERIENCE, SCHEMA, REVIEW}) {
                state = set(state, id, DONE);
            }
            assertThat(state.overallProgress().isComplete()).isFalse();

            state = set(state, DEGREE, SKIPPED);
            assertThat(state.overallProgress().isComplete()).isTrue();
            assertThat(state.overallProgress().summary()).isEqualTo("6 of 6 done · 1 skipped");
        }

        @Test
        @DisplayName("subItemProgress counts the item's ticked sub-steps")
        void subItemProgress() {
            Item learnSql = path.item(SQL_STEP).orElseThrow();
            PathState state = fresh().with(ItemProgress.notStarted(SQL_STEP)
                    .withSubItemDone("joins", true)
                    .withSubItemDone("indexes", true));

            assertThat(fresh().subItemProgress(learnSql)).isEqualTo(new Progress(0, 3, 0));
            assertThat(state.subItemProgress(learnSql)).isEqualTo(new Progress(2, 3, 0));
            assertThat(state.subItemProgress(learnSql).summary()).isEqualTo("2 of 3 done");
        }

        @Test
        @DisplayName("subItemProgress ignores ticks for sub-steps the item no longer has")
        void subItemProgressIgnoresStaleTicks() {
            Item learnSql = path.item(SQL_STEP).orElseThrow();
            PathState state = fresh().with(ItemProgress.notStarted(SQL_STEP)
                    .withSubItemDone("joins", true)
                    .withSubItemDone("removed-in-v2", true));

            assertThat(state.subItemProgress(learnSql)).isEqualTo(new Progress(1, 3, 0));
        }

        @Test
        @DisplayName("subItemProgress of an item without sub-steps is 0 of 0")
        void subItemProgressWithoutSubItems() {
            Item lang = path.item(LANG).orElseThrow();

            assertThat(set(fresh(), LANG, DONE).subItemProgress(lang)).isEqualTo(Progress.NONE);
        }
    }

    @Nested
    @DisplayName("standingOf")
    class Standings {

        @Test
        @DisplayName("an unrated skill stands at NOT_YET with the path's target and a gap of the whole target")
        void unratedSkill() {
            SkillStanding standing = fresh().standingOf(SQL);

            assertThat(standing.skill()).isEqualTo(SQL);
            assertThat(standing.current()).isEqualTo(Level.NOT_YET);
            assertThat(standing.target()).isEqualTo(Level.INDEPENDENT);
            assertThat(standing.gap()).isEqualTo(3);
            assertThat(standing.linkedItems()).isEqualTo(new Progress(0, 3, 0));
            assertThat(standing.suggested()).contains(Level.NOT_YET);
            assertThat(standing.suggestedRaise()).isEmpty();
            assertThat(standing.ratingCount()).isZero();
        }

        @Test
        @DisplayName("gap is target − current using the latest rating")
        void gapUsesCurrentRating() {
            PathState state = rate(rate(fresh(), SQL, Level.AWARE), SQL, Level.GUIDED);
            SkillStanding standing = state.standingOf(SQL);

            assertThat(standing.current()).isEqualTo(Level.GUIDED);
            assertThat(standing.gap()).isEqualTo(Level.INDEPENDENT.value() - Level.GUIDED.value());
            assertThat(standing.ratingCount()).isEqualTo(2);
        }

        @Test
        @DisplayName("the learner's own target wins over the skill's target, higher or lower")
        void ownTargetWins() {
            PathState raised = target(rate(fresh(), SQL, Level.GUIDED), SQL, Level.TEACHES);
            PathState lowered = target(rate(fresh(), SQL, Level.GUIDED), SQL, Level.AWARE);

            assertThat(raised.standingOf(SQL).target()).isEqualTo(Level.TEACHES);
            assertThat(raised.standingOf(SQL).gap()).isEqualTo(2);
            assertThat(lowered.standingOf(SQL).target()).isEqualTo(Level.AWARE);
            assertThat(lowered.standingOf(SQL).gap()).isEqualTo(-1);
            assertThat(lowered.standingOf(SQL).targetMet()).isTrue();
        }

        @Test
        @DisplayName("linked items count the skill's items across all sections as x of y")
        void linkedItems() {
            PathState state = set(set(set(fresh(), SQL_STEP, DONE), API_STEP, LEARNING), SCHEMA, SKIPPED);
            SkillStanding standing = state.standingOf(SQL);

            assertThat(standing.linkedItems()).isEqualTo(new Progress(1, 3, 1));
            assertThat(standing.linkedItems().summary()).isEqualTo("1 of 2 done · 1 skipped");
        }

        @Test
        @DisplayName("ticking an item updates the standing of every skill it builds")
        void tickUpdatesAllLinkedSkills() {
            PathState state = set(fresh(), API_STEP, DONE);

            assertThat(state.standingOf(SQL).linkedItems().done()).isEqualTo(1);
            assertThat(state.standingOf(APIS).linkedItems().done()).isEqualTo(1);
            assertThat(state.standingOf(COMMS).linkedItems().done()).isZero();
        }

        @Test
        @DisplayName("suggested level follows the linked items: one learning → AWARE, half done → GUIDED, all → INDEPENDENT")
        void suggestedLevelFromLinkedItems() {
            PathState learning = set(fresh(), SQL_STEP, LEARNING);
            PathState twoOfThree = set(set(fresh(), SQL_STEP, DONE), API_STEP, DONE);
            PathState all = set(twoOfThree, SCHEMA, DONE);
            PathState allButSkipped = set(twoOfThree, SCHEMA, SKIPPED);

            assertThat(learning.standingOf(SQL).suggested()).contains(Level.AWARE);
            assertThat(twoOfThree.standingOf(SQL).suggested()).contains(Level.GUIDED);
            assertThat(all.standingOf(SQL).suggested()).contains(Level.INDEPENDENT);
            assertThat(allButSkipped.standingOf(SQL).suggested()).contains(Level.INDEPENDENT);
        }

        @Test
        @DisplayName("a skill no item builds has no suggestion")
        void noLinkedItemsNoSuggestion() {
            Skill orphan = new Skill("orphan", "Orphan", "Mine", "", Level.GUIDED);
            LearningPath withOrphan = new LearningPath(path.id(), 2, path.title(), path.tagline(), path.overview(),
                    path.industries(), List.of(SQL, orphan), path.sections(), path.selfChecks());
            SkillStanding standing = PathState.fresh(withOrphan).standingOf(orphan);

            assertThat(standing.linkedItems()).isEqualTo(Progress.NONE);
            assertThat(standing.suggested()).isEmpty();
            assertThat(standing.suggestedRaise()).isEmpty();
        }

        @Test
        @DisplayName("suggestedRaise is offered only when the suggestion is above the current rating")
        void suggestedRaiseOnlyWhenHigher() {
            PathState twoOfThree = set(set(fresh(), SQL_STEP, DONE), API_STEP, DONE); // suggests GUIDED

            assertThat(twoOfThree.standingOf(SQL).suggestedRaise()).contains(Level.GUIDED);
            assertThat(rate(twoOfThree, SQL, Level.AWARE).standingOf(SQL).suggestedRaise()).contains(Level.GUIDED);
            assertThat(rate(twoOfThree, SQL, Level.GUIDED).standingOf(SQL).suggestedRaise()).isEmpty();
            assertThat(rate(twoOfThree, SQL, Level.TEACHES).standingOf(SQL).suggestedRaise()).isEmpty();
        }

        @Test
        @DisplayName("the suggestion never overwrites the rating")
        void suggestionDoesNotChangeRating() {
            PathState state = set(set(set(rate(fresh(), SQL, Level.AWARE), SQL_STEP, DONE), API_STEP, DONE), SCHEMA, DONE);

            assertThat(state.standingOf(SQL).suggested()).contains(Level.INDEPENDENT);
            assertThat(state.standingOf(SQL).current()).isEqualTo(Level.AWARE);
            assertThat(state.skillProgressOf(SQL.id()).history()).hasSize(1);
        }

        @Test
        @DisplayName("standings lists every skill in path order")
        void standingsInPathOrder() {
            assertThat(fresh().standings()).extracting(SkillStanding::skill).containsExactly(SQL, APIS, COMMS);
        }
    }

    @Nested
    @DisplayName("largestGaps")
    class LargestGaps {

        @Test
        @DisplayName("orders skills by gap, largest first")
        void largestFirst() {
            // gaps on a fresh state: sql 3, apis 2, comms 1 — reorder by raising comms' target.
            PathState state = target(fresh(), COMMS, Level.TEACHES);

            assertThat(state.largestGaps(10)).extracting(s -> s.skill().id()).containsExactly("comms", "sql", "apis");
            assertThat(state.largestGaps(10)).extracting(SkillStanding::gap).containsExactly(4, 3, 2);
        }

        @Test
        @DisplayName("limits the list to the requested number")
        void limit() {
            PathState state = fresh();

            assertThat(state.largestGaps(2)).extracting(s -> s.skill().id()).containsExactly("sql", "apis");
            assertThat(state.largestGaps(1)).extracting(s -> s.skill().id()).containsExactly("sql");
            assertThat(state.largestGaps(0)).isEmpty();
        }

        @Test
        @DisplayName("excludes skills whose target is met or exceeded")
        void excludesMetTargets() {
            PathState state = rate(rate(fresh(), COMMS, Level.AWARE), APIS, Level.TEACHES);

            assertThat(state.largestGaps(10)).extracting(s -> s.skill().id()).containsExactly("sql");
        }

        @Test
        @DisplayName("is empty when every target is met")
        void emptyWhenAllMet() {
            PathState state = rate(rate(rate(fresh(), SQL, Level.INDEPENDENT), APIS, Level.GUIDED), COMMS, Level.AWARE);

            assertThat(state.largestGaps(10)).isEmpty();
        }

        @Test
        @DisplayName("ties keep the path's order")
        void tiesKeepPathOrder() {
            // sql: 3 − 1 = 2; apis: 2 − 0 = 2; comms: 3 − 1 = 2
            PathState state = target(rate(rate(fresh(), SQL, Level.AWARE), COMMS, Level.AWARE), COMMS, Level.INDEPENDENT);

            assertThat(state.largestGaps(10)).extracting(s -> s.skill().id()).containsExactly("sql", "apis", "comms");
            assertThat(state.largestGaps(2)).extracting(s -> s.skill().id()).containsExactly("sql", "apis");
        }
    }

    @Nested
    @DisplayName("nextStep")
    class NextStep {

        @Test
        @DisplayName("on a fresh path is the first step")
        void freshIsFirstStep() {
            assertThat(fresh().nextStep()).map(Item::id).contains(LANG);
        }

        @Test
        @DisplayName("skips done and skipped steps to the first one not started")
        void firstNotStarted() {
            assertThat(set(fresh(), LANG, DONE).nextStep()).map(Item::id).contains(SQL_STEP);
            assertThat(set(set(fresh(), LANG, DONE), SQL_STEP, SKIPPED).nextStep()).map(Item::id).contains(API_STEP);
        }

        @Test
        @DisplayName("prefers a step already being learned over an earlier one not started")
        void prefersLearning() {
            PathState state = set(fresh(), API_STEP, LEARNING);

            assertThat(state.nextStep()).map(Item::id).contains(API_STEP);
        }

        @Test
        @DisplayName("of several steps being learned, picks the first")
        void firstLearning() {
            PathState state = set(set(fresh(), API_STEP, LEARNING), SQL_STEP, LEARNING);

            assertThat(state.nextStep()).map(Item::id).contains(SQL_STEP);
        }

        @Test
        @DisplayName("ignores background and practice items, even ones being learned")
        void onlySteps() {
            PathState state = set(set(set(fresh(), DEGREE, LEARNING), REVIEW, LEARNING), LANG, DONE);

            assertThat(state.nextStep()).map(Item::id).contains(SQL_STEP);
        }

        @Test
        @DisplayName("is empty when every step is done or skipped, even with other sections open")
        void emptyWhenStepsFinished() {
            PathState state = set(set(set(fresh(), LANG, DONE), SQL_STEP, SKIPPED), API_STEP, DONE);

            assertThat(state.progressOf(practice).isComplete()).isFalse();
            assertThat(state.nextStep()).isEmpty();
        }

        @Test
        @DisplayName("a path with no Steps section has no next step")
        void noStepsSection() {
            LearningPath noSteps = new LearningPath("p", 1, "P", null, null, List.of(), path.skills(),
                    List.of(background, practice), List.of());

            assertThat(PathState.fresh(noSteps).nextStep()).isEmpty();
        }
    }

    @Nested
    @DisplayName("immutability")
    class Immutability {

        @Test
        @DisplayName("with(ItemProgress) returns a new state and leaves the old one unchanged")
        void withItemProgress() {
            PathState before = fresh();
            PathState after = set(before, LANG, DONE);

            assertThat(after).isNotSameAs(before);
            assertThat(after.statusOf(LANG)).isEqualTo(DONE);
            assertThat(before.statusOf(LANG)).isEqualTo(NOT_STARTED);
            assertThat(before.items()).isEmpty();
            assertThat(before.overallProgress().done()).isZero();
            assertThat(before.nextStep()).map(Item::id).contains(LANG);
        }

        @Test
        @DisplayName("with(SkillProgress) returns a new state and leaves the old one unchanged")
        void withSkillProgress() {
            PathState before = set(fresh(), LANG, DONE);
            PathState after = rate(before, SQL, Level.GUIDED);

            assertThat(after.standingOf(SQL).current()).isEqualTo(Level.GUIDED);
            assertThat(before.standingOf(SQL).current()).isEqualTo(Level.NOT_YET);
            assertThat(before.skills()).isEmpty();
            assertThat(after.statusOf(LANG)).as("item progress carried over").isEqualTo(DONE);
        }

        @Test
        @DisplayName("the progress maps cannot be modified from outside")
        void mapsAreUnmodifiable() {
            PathState state = set(fresh(), LANG, DONE);

            assertThatThrownBy(() -> state.items().put(SQL_STEP, ItemProgress.notStarted(SQL_STEP)))
                    .isInstanceOf(UnsupportedOperationException.class);
            assertThatThrownBy(() -> state.skills().put(SQL.id(), SkillProgress.unrated(SQL.id())))
                    .isInstanceOf(UnsupportedOperationException.class);
        }
    }
}

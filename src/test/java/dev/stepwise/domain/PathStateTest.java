package dev.stepwise.domain;

import static dev.stepwise.domain.ItemStatus.DONE;
import static dev.stepwise.domain.ItemStatus.LEARNING;
import static dev.stepwise.domain.ItemStatus.NOT_STARTED;
import static dev.stepwise.domain.ItemStatus.SKIPPED;
import static dev.stepwise.fixtures.FixturePath.API_DESIGN;
import static dev.stepwise.fixtures.FixturePath.BUILD_API;
import static dev.stepwise.fixtures.FixturePath.COMMUNICATION;
import static dev.stepwise.fixtures.FixturePath.CS_DEGREE;
import static dev.stepwise.fixtures.FixturePath.DATABASES;
import static dev.stepwise.fixtures.FixturePath.DEPLOY;
import static dev.stepwise.fixtures.FixturePath.DEPLOYMENT;
import static dev.stepwise.fixtures.FixturePath.INDEXES;
import static dev.stepwise.fixtures.FixturePath.JOINS;
import static dev.stepwise.fixtures.FixturePath.LANGUAGE;
import static dev.stepwise.fixtures.FixturePath.LEARN_LANGUAGE;
import static dev.stepwise.fixtures.FixturePath.LEARN_SQL;
import static dev.stepwise.fixtures.FixturePath.PRACTICE_DEBUGGING;
import static dev.stepwise.fixtures.FixturePath.PRACTICE_MONITORING;
import static dev.stepwise.fixtures.FixturePath.PROBLEM_SOLVING;
import static dev.stepwise.fixtures.FixturePath.SECURITY;
import static dev.stepwise.fixtures.FixturePath.WORK_EXPERIENCE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stepwise.fixtures.FixturePath;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class PathStateTest {

    private static final LocalDate TODAY = LocalDate.of(2025, 4, 1);
    private static final Instant NOW = Instant.parse("2025-04-01T10:00:00Z");

    private final LearningPath path = FixturePath.path();
    private final Section steps = FixturePath.section(SectionKind.STEPS);
    private final Section background = FixturePath.section(SectionKind.BACKGROUND);
    private final Section practice = FixturePath.section(SectionKind.PRACTICE);

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

            assertThat(state.statusOf(LEARN_SQL)).isEqualTo(NOT_STARTED);
            assertThat(state.progressOf(LEARN_SQL)).isEqualTo(ItemProgress.notStarted(LEARN_SQL));
            assertThat(state.skillProgressOf(DATABASES.id())).isEqualTo(SkillProgress.unrated(DATABASES.id()));
            assertThat(state.overallProgress()).isEqualTo(new Progress(0, 8, 0));
            assertThat(state.progressOf(steps)).isEqualTo(new Progress(0, 4, 0));
        }

        @Test
        @DisplayName("progressOf(section) counts only that section's items")
        void sectionProgress() {
            PathState state = set(set(set(set(fresh(), LEARN_LANGUAGE, DONE), LEARN_SQL, SKIPPED), CS_DEGREE, DONE),
                    PRACTICE_MONITORING, LEARNING);

            assertThat(state.progressOf(steps)).isEqualTo(new Progress(1, 4, 1));
            assertThat(state.progressOf(steps).summary()).isEqualTo("1 of 3 done · 1 skipped");
            assertThat(state.progressOf(background)).isEqualTo(new Progress(1, 2, 0));
            assertThat(state.progressOf(practice)).isEqualTo(new Progress(0, 2, 0));
        }

        @Test
        @DisplayName("overallProgress sums all sections after changes")
        void overallProgress() {
            PathState state = set(set(set(set(fresh(), LEARN_LANGUAGE, DONE), LEARN_SQL, SKIPPED), CS_DEGREE, DONE),
                    PRACTICE_MONITORING, LEARNING);

            assertThat(state.overallProgress()).isEqualTo(new Progress(2, 8, 1));
            assertThat(state.overallProgress().summary()).isEqualTo("2 of 7 done · 1 skipped");
            assertThat(state.overallProgress().percent()).isEqualTo(28);
        }

        @Test
        @DisplayName("a later change to the same item replaces the earlier one")
        void laterChangeReplaces() {
            PathState state = set(set(fresh(), LEARN_LANGUAGE, DONE), LEARN_LANGUAGE, NOT_STARTED);

            assertThat(state.statusOf(LEARN_LANGUAGE)).isEqualTo(NOT_STARTED);
            assertThat(state.overallProgress().done()).isZero();
        }

        @Test
        @DisplayName("the path is complete when every item is done or skipped")
        void complete() {
            PathState state = fresh();
            for (String id : new String[] {LEARN_LANGUAGE, LEARN_SQL, BUILD_API, DEPLOY, WORK_EXPERIENCE,
                    PRACTICE_MONITORING, PRACTICE_DEBUGGING}) {
                state = set(state, id, DONE);
            }
            assertThat(state.overallProgress().isComplete()).isFalse();

            state = set(state, CS_DEGREE, SKIPPED);
            assertThat(state.overallProgress().isComplete()).isTrue();
            assertThat(state.overallProgress().summary()).isEqualTo("7 of 7 done · 1 skipped");
        }

        @Test
        @DisplayName("subItemProgress counts the item's ticked sub-steps")
        void subItemProgress() {
            Item learnSql = path.item(LEARN_SQL).orElseThrow();
            PathState state = fresh().with(ItemProgress.notStarted(LEARN_SQL)
                    .withSubItemDone(JOINS, true)
                    .withSubItemDone(INDEXES, true));

            assertThat(fresh().subItemProgress(learnSql)).isEqualTo(new Progress(0, 3, 0));
            assertThat(state.subItemProgress(learnSql)).isEqualTo(new Progress(2, 3, 0));
            assertThat(state.subItemProgress(learnSql).summary()).isEqualTo("2 of 3 done");
        }

        @Test
        @DisplayName("subItemProgress ignores ticks for sub-steps the item no longer has")
        void subItemProgressIgnoresStaleTicks() {
            Item learnSql = path.item(LEARN_SQL).orElseThrow();
            PathState state = fresh().with(ItemProgress.notStarted(LEARN_SQL)
                    .withSubItemDone(JOINS, true)
                    .withSubItemDone("removed-in-v2", true));

            assertThat(state.subItemProgress(learnSql)).isEqualTo(new Progress(1, 3, 0));
        }

        @Test
        @DisplayName("subItemProgress of an item without sub-steps is 0 of 0")
        void subItemProgressWithoutSubItems() {
            Item buildApi = path.item(BUILD_API).orElseThrow();

            assertThat(set(fresh(), BUILD_API, DONE).subItemProgress(buildApi)).isEqualTo(Progress.NONE);
        }
    }

    @Nested
    @DisplayName("standingOf")
    class Standings {

        @Test
        @DisplayName("an unrated skill stands at NOT_YET with the path's target and a gap of the whole target")
        void unratedSkill() {
            SkillStanding standing = fresh().standingOf(DATABASES);

            assertThat(standing.skill()).isEqualTo(DATABASES);
            assertThat(standing.current()).isEqualTo(Level.NOT_YET);
            assertThat(standing.target()).isEqualTo(Level.INDEPENDENT);
            assertThat(standing.gap()).isEqualTo(3);
            assertThat(standing.linkedItems()).isEqualTo(new Progress(0, 3, 0));
            assertThat(standing.suggested()).contains(Level.NOT_YET);
            assertThat(standing.suggestedRaise()).isEmpty();
            assertThat(standing.ratingCount()).isZero();
            assertThat(standing.evidenceCount()).isZero();
        }

        @Test
        @DisplayName("gap is target − current using the latest rating")
        void gapUsesCurrentRating() {
            PathState state = rate(rate(fresh(), DATABASES, Level.AWARE), DATABASES, Level.GUIDED);
            SkillStanding standing = state.standingOf(DATABASES);

            assertThat(standing.current()).isEqualTo(Level.GUIDED);
            assertThat(standing.gap()).isEqualTo(Level.INDEPENDENT.value() - Level.GUIDED.value());
            assertThat(standing.ratingCount()).isEqualTo(2);
        }

        @Test
        @DisplayName("the evidence count is the ratings that carry a note; a rating without one adds none")
        void evidenceCountsRatingsWithANote() {
            PathState state = fresh().with(fresh().skillProgressOf(DATABASES.id())
                    .withRating(new Rating(Level.AWARE, NOW.minusSeconds(120), "read the SQLite docs"))
                    .withRating(new Rating(Level.GUIDED, NOW.minusSeconds(60), "  "))
                    .withRating(new Rating(Level.INDEPENDENT, NOW, "shipped the schema of my own service")));

            SkillStanding standing = state.standingOf(DATABASES);

            assertThat(standing.ratingCount()).isEqualTo(3);
            assertThat(standing.evidenceCount()).isEqualTo(2);
            assertThat(state.standingOf(API_DESIGN).evidenceCount()).isZero();
        }

        @Test
        @DisplayName("the learner's own target wins over the skill's target, higher or lower")
        void ownTargetWins() {
            PathState raised = target(rate(fresh(), DATABASES, Level.GUIDED), DATABASES, Level.TEACHES);
            PathState lowered = target(rate(fresh(), DATABASES, Level.GUIDED), DATABASES, Level.AWARE);

            assertThat(raised.standingOf(DATABASES).target()).isEqualTo(Level.TEACHES);
            assertThat(raised.standingOf(DATABASES).gap()).isEqualTo(2);
            assertThat(lowered.standingOf(DATABASES).target()).isEqualTo(Level.AWARE);
            assertThat(lowered.standingOf(DATABASES).gap()).isEqualTo(-1);
            assertThat(lowered.standingOf(DATABASES).targetMet()).isTrue();
        }

        @Test
        @DisplayName("linked items count the skill's items across all sections as x of y")
        void linkedItems() {
            PathState state = set(set(set(fresh(), LEARN_SQL, DONE), BUILD_API, LEARNING), PRACTICE_DEBUGGING, SKIPPED);
            SkillStanding standing = state.standingOf(DATABASES);

            assertThat(standing.linkedItems()).isEqualTo(new Progress(1, 3, 1));
            assertThat(standing.linkedItems().summary()).isEqualTo("1 of 2 done · 1 skipped");
        }

        @Test
        @DisplayName("ticking an item updates the standing of every skill it builds")
        void tickUpdatesAllLinkedSkills() {
            PathState state = set(fresh(), BUILD_API, DONE);

            assertThat(state.standingOf(DATABASES).linkedItems().done()).isEqualTo(1);
            assertThat(state.standingOf(API_DESIGN).linkedItems().done()).isEqualTo(1);
            assertThat(state.standingOf(COMMUNICATION).linkedItems().done()).isZero();
        }

        @Test
        @DisplayName("suggested level follows the linked items: one learning → AWARE, half done → GUIDED, all → INDEPENDENT")
        void suggestedLevelFromLinkedItems() {
            PathState learning = set(fresh(), LEARN_SQL, LEARNING);
            PathState twoOfThree = set(set(fresh(), LEARN_SQL, DONE), BUILD_API, DONE);
            PathState all = set(twoOfThree, PRACTICE_DEBUGGING, DONE);
            PathState allButSkipped = set(twoOfThree, PRACTICE_DEBUGGING, SKIPPED);

            assertThat(learning.standingOf(DATABASES).suggested()).contains(Level.AWARE);
            assertThat(twoOfThree.standingOf(DATABASES).suggested()).contains(Level.GUIDED);
            assertThat(all.standingOf(DATABASES).suggested()).contains(Level.INDEPENDENT);
            assertThat(allButSkipped.standingOf(DATABASES).suggested()).contains(Level.INDEPENDENT);
        }

        @Test
        @DisplayName("a skill no item builds has no suggestion")
        void noLinkedItemsNoSuggestion() {
            Skill orphan = new Skill("orphan", "Orphan", "Mine", "", Level.GUIDED);
            LearningPath withOrphan = new LearningPath(path.id(), 2, path.title(), path.tagline(), path.overview(),
                    path.industries(), List.of(DATABASES, orphan), path.sections(), path.selfChecks());
            SkillStanding standing = PathState.fresh(withOrphan).standingOf(orphan);

            assertThat(standing.linkedItems()).isEqualTo(Progress.NONE);
            assertThat(standing.suggested()).isEmpty();
            assertThat(standing.suggestedRaise()).isEmpty();
        }

        @Test
        @DisplayName("suggestedRaise is offered only when the suggestion is above the current rating")
        void suggestedRaiseOnlyWhenHigher() {
            PathState twoOfThree = set(set(fresh(), LEARN_SQL, DONE), BUILD_API, DONE); // suggests GUIDED

            assertThat(twoOfThree.standingOf(DATABASES).suggestedRaise()).contains(Level.GUIDED);
            assertThat(rate(twoOfThree, DATABASES, Level.AWARE).standingOf(DATABASES).suggestedRaise()).contains(Level.GUIDED);
            assertThat(rate(twoOfThree, DATABASES, Level.GUIDED).standingOf(DATABASES).suggestedRaise()).isEmpty();
            assertThat(rate(twoOfThree, DATABASES, Level.TEACHES).standingOf(DATABASES).suggestedRaise()).isEmpty();
        }

        @Test
        @DisplayName("the suggestion never overwrites the rating")
        void suggestionDoesNotChangeRating() {
            PathState state = set(set(set(rate(fresh(), DATABASES, Level.AWARE), LEARN_SQL, DONE), BUILD_API, DONE),
                    PRACTICE_DEBUGGING, DONE);

            assertThat(state.standingOf(DATABASES).suggested()).contains(Level.INDEPENDENT);
            assertThat(state.standingOf(DATABASES).current()).isEqualTo(Level.AWARE);
            assertThat(state.skillProgressOf(DATABASES.id()).history()).hasSize(1);
        }

        @Test
        @DisplayName("standings lists every skill in path order")
        void standingsInPathOrder() {
            assertThat(fresh().standings()).extracting(SkillStanding::skill).containsExactly(LANGUAGE, DATABASES, API_DESIGN,
                    DEPLOYMENT, SECURITY, PROBLEM_SOLVING, COMMUNICATION);
        }
    }

    @Nested
    @DisplayName("largestGaps")
    class LargestGaps {

        @Test
        @DisplayName("orders skills by gap, largest first")
        void largestFirst() {
            // gaps on a fresh state: four skills 3, two skills 2, communication 1 — reorder by raising its target.
            PathState state = target(fresh(), COMMUNICATION, Level.TEACHES);

            assertThat(state.largestGaps(10)).extracting(s -> s.skill().id()).containsExactly("communication", "language",
                    "databases", "security", "problem-solving", "api-design", "deployment");
            assertThat(state.largestGaps(10)).extracting(SkillStanding::gap).containsExactly(4, 3, 3, 3, 3, 2, 2);
        }

        @Test
        @DisplayName("limits the list to the requested number")
        void limit() {
            PathState state = fresh();

            assertThat(state.largestGaps(2)).extracting(s -> s.skill().id()).containsExactly("language", "databases");
            assertThat(state.largestGaps(1)).extracting(s -> s.skill().id()).containsExactly("language");
            assertThat(state.largestGaps(0)).isEmpty();
        }

        @Test
        @DisplayName("excludes skills whose target is met or exceeded")
        void excludesMetTargets() {
            // communication is rated exactly at its target, api-design above it.
            PathState state = rate(rate(fresh(), COMMUNICATION, Level.AWARE), API_DESIGN, Level.TEACHES);

            assertThat(state.largestGaps(10)).extracting(s -> s.skill().id())
                    .containsExactly("language", "databases", "security", "problem-solving", "deployment");
        }

        @Test
        @DisplayName("is empty when every target is met")
        void emptyWhenAllMet() {
            PathState state = fresh();
            for (Skill skill : path.skills()) {
                state = rate(state, skill, skill.targetLevel());
            }

            assertThat(state.largestGaps(10)).isEmpty();
        }

        @Test
        @DisplayName("ties keep the path's order")
        void tiesKeepPathOrder() {
            // language 3 − 1 = 2; databases 2 − 0 = 2 (own target); api-design and deployment 2 − 0 = 2;
            // security 3 − 3 = 0 (left out); problem-solving 3 − 2 = 1; communication 3 − 1 = 2 (own target)
            PathState state = rate(fresh(), LANGUAGE, Level.AWARE);
            state = target(state, DATABASES, Level.GUIDED);
            state = rate(state, SECURITY, Level.INDEPENDENT);
            state = rate(state, PROBLEM_SOLVING, Level.GUIDED);
            state = target(rate(state, COMMUNICATION, Level.AWARE), COMMUNICATION, Level.INDEPENDENT);

            assertThat(state.largestGaps(10)).extracting(s -> s.skill().id()).containsExactly("language", "databases",
                    "api-design", "deployment", "communication", "problem-solving");
            assertThat(state.largestGaps(10)).extracting(SkillStanding::gap).containsExactly(2, 2, 2, 2, 2, 1);
            assertThat(state.largestGaps(2)).extracting(s -> s.skill().id()).containsExactly("language", "databases");
        }
    }

    @Nested
    @DisplayName("nextStep")
    class NextStep {

        @Test
        @DisplayName("on a fresh path is the first step")
        void freshIsFirstStep() {
            assertThat(fresh().nextStep()).map(Item::id).contains(LEARN_LANGUAGE);
        }

        @Test
        @DisplayName("skips done and skipped steps to the first one not started")
        void firstNotStarted() {
            assertThat(set(fresh(), LEARN_LANGUAGE, DONE).nextStep()).map(Item::id).contains(LEARN_SQL);
            assertThat(set(set(fresh(), LEARN_LANGUAGE, DONE), LEARN_SQL, SKIPPED).nextStep()).map(Item::id).contains(BUILD_API);
        }

        @Test
        @DisplayName("prefers a step already being learned over an earlier one not started")
        void prefersLearning() {
            PathState state = set(fresh(), BUILD_API, LEARNING);

            assertThat(state.nextStep()).map(Item::id).contains(BUILD_API);
        }

        @Test
        @DisplayName("of several steps being learned, picks the first")
        void firstLearning() {
            PathState state = set(set(fresh(), BUILD_API, LEARNING), LEARN_SQL, LEARNING);

            assertThat(state.nextStep()).map(Item::id).contains(LEARN_SQL);
        }

        @Test
        @DisplayName("ignores background and practice items, even ones being learned")
        void onlySteps() {
            PathState state = set(set(set(fresh(), CS_DEGREE, LEARNING), PRACTICE_MONITORING, LEARNING), LEARN_LANGUAGE, DONE);

            assertThat(state.nextStep()).map(Item::id).contains(LEARN_SQL);
        }

        @Test
        @DisplayName("is empty when every step is done or skipped, even with other sections open")
        void emptyWhenStepsFinished() {
            PathState state = set(set(set(set(fresh(), LEARN_LANGUAGE, DONE), LEARN_SQL, SKIPPED), BUILD_API, DONE),
                    DEPLOY, DONE);

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
    @DisplayName("self-check answers over an edited path")
    class SelfCheckAnswers {

        @Test
        @DisplayName("an answer to a removed statement goes, an edited statement keeps its answer")
        void answersFollowTheStatements() {
            PathState answered = fresh().withAnswer("likes-puzzles", SelfCheckAnswer.AGREE)
                    .withAnswer("likes-data", SelfCheckAnswer.DISAGREE);

            PathState edited = answered.withPath(PathEdits.withSelfChecks(path, List.of(
                    new SelfCheck("likes-data", "I would rather shape data than pixels."),
                    new SelfCheck("likes-bug-hunts", "I stay patient when a bug is hard to find."))));

            assertThat(edited.selfCheckAnswers()).containsExactlyInAnyOrderEntriesOf(
                    Map.of("likes-data", SelfCheckAnswer.DISAGREE));
            assertThat(edited.agreedSelfChecks()).isZero();
            assertThat(answered.withPath(PathEdits.withDetails(path, "Renamed", "", "")).selfCheckAnswers())
                    .isEqualTo(answered.selfCheckAnswers());
        }
    }

    @Nested
    @DisplayName("immutability")
    class Immutability {

        @Test
        @DisplayName("with(ItemProgress) returns a new state and leaves the old one unchanged")
        void withItemProgress() {
            PathState before = fresh();
            PathState after = set(before, LEARN_LANGUAGE, DONE);

            assertThat(after).isNotSameAs(before);
            assertThat(after.statusOf(LEARN_LANGUAGE)).isEqualTo(DONE);
            assertThat(before.statusOf(LEARN_LANGUAGE)).isEqualTo(NOT_STARTED);
            assertThat(before.items()).isEmpty();
            assertThat(before.overallProgress().done()).isZero();
            assertThat(before.nextStep()).map(Item::id).contains(LEARN_LANGUAGE);
        }

        @Test
        @DisplayName("with(SkillProgress) returns a new state and leaves the old one unchanged")
        void withSkillProgress() {
            PathState before = set(fresh(), LEARN_LANGUAGE, DONE);
            PathState after = rate(before, DATABASES, Level.GUIDED);

            assertThat(after.standingOf(DATABASES).current()).isEqualTo(Level.GUIDED);
            assertThat(before.standingOf(DATABASES).current()).isEqualTo(Level.NOT_YET);
            assertThat(before.skills()).isEmpty();
            assertThat(after.statusOf(LEARN_LANGUAGE)).as("item progress carried over").isEqualTo(DONE);
        }

        @Test
        @DisplayName("the progress maps cannot be modified from outside")
        void mapsAreUnmodifiable() {
            PathState state = set(fresh(), LEARN_LANGUAGE, DONE);

            assertThatThrownBy(() -> state.items().put(LEARN_SQL, ItemProgress.notStarted(LEARN_SQL)))
                    .isInstanceOf(UnsupportedOperationException.class);
            assertThatThrownBy(() -> state.skills().put(DATABASES.id(), SkillProgress.unrated(DATABASES.id())))
                    .isInstanceOf(UnsupportedOperationException.class);
        }
    }
}

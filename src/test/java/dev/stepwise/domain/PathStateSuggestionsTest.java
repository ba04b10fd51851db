package dev.stepwise.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which skills a change newly suggests raising: the basis of the "review this skill" notice. */
class PathStateSuggestionsTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 5, 1);

    private static final Skill SQL = new Skill("sql", "SQL", Skill.TECHNICAL, "", Level.INDEPENDENT);
    private static final Skill TALK = new Skill("talk", "Talking", Skill.SOFT, "", Level.GUIDED);
    private static final LearningPath PATH = new LearningPath("p", 1, "Path", "", "", List.of(), List.of(SQL, TALK),
            List.of(new Section("steps", SectionKind.STEPS, "Steps", "", List.of(
                    item("a", "sql"), item("b", "sql"), item("c", "talk")))),
            List.of());

    private static Item item(String id, String skill) {
        return new Item(id, id, "", List.of(), List.of(), List.of(skill), null, null);
    }

    private static PathState with(PathState state, String itemId, ItemStatus status) {
        return state.with(state.progressOf(itemId).withStatus(status, TODAY));
    }

    @Test
    void startingAnItemSuggestsRaisingItsSkillOnly() {
        PathState before = PathState.fresh(PATH);
        PathState after = with(before, "a", ItemStatus.LEARNING);

        assertThat(after.suggestionsRaisedSince(before)).extracting(standing -> standing.skill().id())
                .containsExactly("sql");
        assertThat(after.suggestionsRaisedSince(before).get(0).suggestedRaise()).contains(Level.AWARE);
    }

    @Test
    void aHigherSuggestionCountsAgainButTheSameOneDoesNot() {
        PathState learning = with(PathState.fresh(PATH), "a", ItemStatus.LEARNING);
        PathState oneDone = with(learning, "a", ItemStatus.DONE);
        PathState stillHalf = with(oneDone, "b", ItemStatus.LEARNING);

        assertThat(oneDone.suggestionsRaisedSince(learning)).extracting(standing -> standing.suggestedRaise().orElseThrow())
                .containsExactly(Level.GUIDED);
        assertThat(stillHalf.suggestionsRaisedSince(oneDone)).isEmpty();
    }

    @Test
    void aRatingThatReachesTheSuggestionLeavesNothingToSuggest() {
        PathState learning = with(PathState.fresh(PATH), "c", ItemStatus.DONE);
        PathState rated = learning.with(learning.skillProgressOf("talk")
                .withRating(new Rating(Level.INDEPENDENT, java.time.Instant.parse("2026-05-01T10:00:00Z"), "")));

        assertThat(rated.suggestionsRaisedSince(learning)).isEmpty();
        assertThat(learning.suggestionsRaisedSince(PathState.fresh(PATH))).hasSize(1);
    }
}

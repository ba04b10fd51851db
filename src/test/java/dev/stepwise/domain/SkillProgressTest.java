package dev.stepwise.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class SkillProgressTest {

    private static final Instant JAN = Instant.parse("2025-01-10T09:00:00Z");
    private static final Instant FEB = Instant.parse("2025-02-10T09:00:00Z");
    private static final Instant MAR = Instant.parse("2025-03-10T09:00:00Z");

    @Test
    @DisplayName("an unrated skill is NOT_YET, with no latest rating, no history and no own target")
    void unrated() {
        SkillProgress progress = SkillProgress.unrated("sql");

        assertThat(progress.skillId()).isEqualTo("sql");
        assertThat(progress.current()).isEqualTo(Level.NOT_YET);
        assertThat(progress.latest()).isEmpty();
        assertThat(progress.history()).isEmpty();
        assertThat(progress.target()).isEmpty();
    }

    @Test
    @DisplayName("current() is the latest rating by time even when the history is given out of order")
    void currentIsLatestByRatedAt() {
        Rating aware = new Rating(Level.AWARE, JAN, "read about it");
        Rating independent = new Rating(Level.INDEPENDENT, MAR, "shipped a schema");
        Rating guided = new Rating(Level.GUIDED, FEB, "");

        SkillProgress progress = new SkillProgress("sql", null, List.of(independent, aware, guided));

        assertThat(progress.current()).isEqualTo(Level.INDEPENDENT);
        assertThat(progress.latest()).contains(independent);
        assertThat(progress.history()).containsExactly(aware, guided, independent);
    }

    @Test
    @DisplayName("a lower latest rating wins over a higher earlier one: current is latest, not best")
    void currentIsLatestNotHighest() {
        SkillProgress progress = new SkillProgress("sql", null, List.of(
                new Rating(Level.TEACHES, JAN, "optimistic"),
                new Rating(Level.AWARE, FEB, "honest")));

        assertThat(progress.current()).isEqualTo(Level.AWARE);
    }

    @Test
    @DisplayName("withRating appends: the history grows, older ratings are kept, the new one is current")
    void withRatingAppends() {
        Rating first = new Rating(Level.AWARE, JAN, null);
        SkillProgress once = SkillProgress.unrated("sql").withRating(first);
        Rating second = new Rating(Level.GUIDED, FEB, "with the docs open");
        SkillProgress twice = once.withRating(second);

        assertThat(once.history()).containsExactly(first);
        assertThat(once.current()).isEqualTo(Level.AWARE);
        assertThat(twice.history()).containsExactly(first, second);
        assertThat(twice.current()).isEqualTo(Level.GUIDED);
        assertThat(first.note()).as("null note becomes empty").isEmpty();
    }

    @Test
    @DisplayName("withRating leaves the original value unchanged and keeps the own target")
    void withRatingIsImmutable() {
        SkillProgress original = SkillProgress.unrated("sql").withTarget(Level.TEACHES);
        SkillProgress rated = original.withRating(new Rating(Level.GUIDED, JAN, ""));

        assertThat(original.history()).isEmpty();
        assertThat(original.current()).isEqualTo(Level.NOT_YET);
        assertThat(rated.target()).contains(Level.TEACHES);
    }

    @Test
    @DisplayName("a back-dated rating is kept in the history but does not become current")
    void backDatedRatingIsNotCurrent() {
        SkillProgress progress = SkillProgress.unrated("sql")
                .withRating(new Rating(Level.GUIDED, MAR, ""))
                .withRating(new Rating(Level.AWARE, JAN, "entered late"));

        assertThat(progress.history()).extracting(Rating::level).containsExactly(Level.AWARE, Level.GUIDED);
        assertThat(progress.current()).isEqualTo(Level.GUIDED);
    }

    @Test
    @DisplayName("of two ratings at the same instant, the one appended last is current")
    void sameInstantLastAppendedWins() {
        SkillProgress progress = SkillProgress.unrated("sql")
                .withRating(new Rating(Level.AWARE, FEB, "first"))
                .withRating(new Rating(Level.GUIDED, FEB, "second"));

        assertThat(progress.current()).isEqualTo(Level.GUIDED);
    }

    @Test
    @DisplayName("withTarget sets the learner's own target; null clears it")
    void ownTarget() {
        SkillProgress withTarget = SkillProgress.unrated("sql").withTarget(Level.INDEPENDENT);

        assertThat(withTarget.target()).contains(Level.INDEPENDENT);
        assertThat(withTarget.withTarget(Level.TEACHES).target()).contains(Level.TEACHES);
        assertThat(withTarget.withTarget(null).target()).isEmpty();
        assertThat(SkillProgress.unrated("sql").target()).isEmpty();
    }

    @Test
    @DisplayName("withTarget keeps the rating history")
    void withTargetKeepsHistory() {
        SkillProgress rated = SkillProgress.unrated("sql").withRating(new Rating(Level.GUIDED, JAN, ""));

        assertThat(rated.withTarget(Level.TEACHES).current()).isEqualTo(Level.GUIDED);
        assertThat(rated.withTarget(Level.TEACHES).history()).hasSize(1);
    }

    @Test
    @DisplayName("the history is an unmodifiable copy of the caller's list")
    void historyIsACopy() {
        List<Rating> ratings = new ArrayList<>(List.of(new Rating(Level.AWARE, JAN, "")));
        SkillProgress progress = new SkillProgress("sql", null, ratings);
        ratings.add(new Rating(Level.TEACHES, MAR, ""));

        assertThat(progress.history()).hasSize(1);
        assertThat(progress.current()).isEqualTo(Level.AWARE);
        assertThatThrownBy(() -> progress.history().add(new Rating(Level.TEACHES, MAR, "")))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    @DisplayName("evidenceCount() counts the ratings with a note, not those left blank or only spaces")
    void evidenceCountsNotedRatings() {
        SkillProgress progress = new SkillProgress("sql", null, List.of(new Rating(Level.AWARE, JAN, "read about it"),
                new Rating(Level.GUIDED, FEB, ""), new Rating(Level.INDEPENDENT, MAR, " \t ")));

        assertThat(progress.evidenceCount()).isEqualTo(1);
        assertThat(progress.withLatestReplaced(new Rating(Level.INDEPENDENT, MAR, "shipped a schema")).evidenceCount())
                .isEqualTo(2);
        assertThat(SkillProgress.unrated("sql").evidenceCount()).isZero();
    }
}

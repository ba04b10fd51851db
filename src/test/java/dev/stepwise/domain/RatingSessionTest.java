package dev.stepwise.domain;

import static dev.stepwise.domain.RatingSession.Effect.APPEND;
import static dev.stepwise.domain.RatingSession.Effect.DROP_LATEST;
import static dev.stepwise.domain.RatingSession.Effect.NOTE_ONLY;
import static dev.stepwise.domain.RatingSession.Effect.NOTHING;
import static dev.stepwise.domain.RatingSession.Effect.REPLACE_LATEST;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RatingSessionTest {
    private static final Instant T0 = Instant.parse("2026-05-04T10:00:00Z");
    private static final String SKILL = "sql";

    /** SQL rated 1 long ago, then 2 at T0 (the session's entry, begun from 1). */
    private static final SkillProgress RATED = new SkillProgress(SKILL, null,
            List.of(new Rating(Level.AWARE, T0.minus(Duration.ofDays(3)), ""), new Rating(Level.GUIDED, T0, "built a report")));
    private static final Optional<ActivityEvent> SESSION = Optional.of(
            new ActivityEvent(T0, "p", ActivityKind.SKILL_RATED, SKILL,
                    new ActivityChange.LevelMove(Optional.of(Level.AWARE), Level.GUIDED)));

    @Test
    void theFirstRatingIsANewEntry() {
        assertThat(RatingSession.effectOf(SkillProgress.unrated(SKILL), Optional.empty(), Level.AWARE, "", T0)).isEqualTo(APPEND);
        assertThat(RatingSession.effectOf(SkillProgress.unrated(SKILL), Optional.empty(), Level.NOT_YET, "", T0)).isEqualTo(APPEND);
    }

    @Test
    void anotherLevelWithinTheSessionReplacesItsEntry() {
        assertThat(RatingSession.effectOf(RATED, SESSION, Level.INDEPENDENT, "", T0.plusSeconds(2))).isEqualTo(REPLACE_LATEST);
        assertThat(RatingSession.effectOf(RATED, SESSION, Level.GUIDED, "and a second one", T0.plusSeconds(2)))
                .as("evidence typed within the session").isEqualTo(REPLACE_LATEST);
    }

    @Test
    void comingBackToWhereTheSessionBeganDropsItsEntry() {
        assertThat(RatingSession.effectOf(RATED, SESSION, Level.AWARE, "", T0.plusSeconds(5))).isEqualTo(DROP_LATEST);
        assertThat(RatingSession.effectOf(RATED, SESSION, Level.AWARE, "read the book", T0.plusSeconds(5)))
                .as("unless the learner gives evidence for it").isEqualTo(REPLACE_LATEST);
    }

    @Test
    void theSameLevelAgainIsNoNewRating() {
        assertThat(RatingSession.effectOf(RATED, SESSION, Level.GUIDED, "", T0.plusSeconds(1))).isEqualTo(NOTHING);
        assertThat(RatingSession.effectOf(RATED, SESSION, Level.GUIDED, "built a report", T0.plusSeconds(1))).isEqualTo(NOTHING);
        Instant tomorrow = T0.plus(Duration.ofDays(1));
        assertThat(RatingSession.effectOf(RATED, SESSION, Level.GUIDED, "", tomorrow)).isEqualTo(NOTHING);
        assertThat(RatingSession.effectOf(RATED, SESSION, Level.GUIDED, "reviewed by a senior", tomorrow)).isEqualTo(NOTE_ONLY);
    }

    @Test
    void aSessionEndsAfterItsLengthOrAnyOtherChange() {
        Instant later = T0.plus(RatingSession.LENGTH);
        assertThat(RatingSession.effectOf(RATED, SESSION, Level.INDEPENDENT, "", later.minusSeconds(1))).isEqualTo(REPLACE_LATEST);
        assertThat(RatingSession.effectOf(RATED, SESSION, Level.INDEPENDENT, "", later)).isEqualTo(APPEND);
        Optional<ActivityEvent> tick = Optional.of(new ActivityEvent(T0.plusSeconds(1), "p", ActivityKind.ITEM_STATUS_CHANGED,
                "learn-sql", new ActivityChange.Status(ItemStatus.NOT_STARTED, ItemStatus.DONE, Optional.empty(), Optional.empty())));
        assertThat(RatingSession.effectOf(RATED, tick, Level.INDEPENDENT, "", T0.plusSeconds(2))).isEqualTo(APPEND);
        Optional<ActivityEvent> otherSkill = Optional.of(new ActivityEvent(T0.plusSeconds(1), "p", ActivityKind.SKILL_RATED,
                "api", new ActivityChange.LevelMove(Optional.of(Level.NOT_YET), Level.AWARE)));
        assertThat(RatingSession.effectOf(RATED, otherSkill, Level.INDEPENDENT, "", T0.plusSeconds(2))).isEqualTo(APPEND);
    }
}

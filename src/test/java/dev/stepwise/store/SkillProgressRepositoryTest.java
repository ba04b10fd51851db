package dev.stepwise.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stepwise.domain.Level;
import dev.stepwise.domain.Rating;
import dev.stepwise.domain.SkillProgress;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The learner's skill ratings (append-only history) and own targets (upserted). */
class SkillProgressRepositoryTest {
    private static final String PATH = SamplePaths.ID;
    private static final Instant T1 = Instant.parse("2026-03-01T08:00:00.000000000Z");
    private static final Instant T2 = Instant.parse("2026-03-02T08:00:00.000000000Z");
    private static final Instant T3 = Instant.parse("2026-03-03T08:00:00.000000000Z");

    @TempDir
    Path dir;
    private Path file;
    private Database database;
    private SkillProgressRepository skills;

    @BeforeEach
    void open() {
        file = dir.resolve("stepwise.db");
        database = Database.open(file);
        database.inTransaction(() -> {
            new PathRepository(database).save(SamplePaths.sample(), T1);
            new PathRepository(database).save(SamplePaths.sample("other-path", 1), T1);
        });
        skills = new SkillProgressRepository(database);
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void appendRatingAddsARowPerRatingAndKeepsTheHistoryInOrder() {
        Rating first = new Rating(Level.AWARE, T1, "read about it");
        Rating second = new Rating(Level.INDEPENDENT, T2, "");
        database.inTransaction(() -> skills.appendRating(PATH, SamplePaths.SQL, first));
        database.inTransaction(() -> skills.appendRating(PATH, SamplePaths.SQL, second));

        assertThat(Probe.rows(file, "SELECT skill_id, level, rated_at, note FROM skill_rating ORDER BY id")).containsExactly(
                List.of(SamplePaths.SQL, "1", Probe.stamp(T1), "read about it"),
                List.of(SamplePaths.SQL, "3", Probe.stamp(T2), ""));
        SkillProgress progress = skills.find(PATH, SamplePaths.SQL);
        assertThat(progress.history()).containsExactly(first, second);
        assertThat(progress.current()).isEqualTo(Level.INDEPENDENT);
    }

    @Test
    void ratingsAtTheSameInstantKeepTheOrderTheyWereMadeIn() {
        database.inTransaction(() -> {
            skills.appendRating(PATH, SamplePaths.SQL, new Rating(Level.TEACHES, T1, "first"));
            skills.appendRating(PATH, SamplePaths.SQL, new Rating(Level.AWARE, T1, "second"));
        });

        assertThat(skills.find(PATH, SamplePaths.SQL).history()).extracting(Rating::note).containsExactly("first", "second");
        assertThat(skills.find(PATH, SamplePaths.SQL).current()).isEqualTo(Level.AWARE);
    }

    @Test
    void saveTargetInsertsThenUpdatesOneRow() {
        database.inTransaction(() -> skills.saveTarget(PATH, SamplePaths.API, Level.INDEPENDENT, T1));
        database.inTransaction(() -> skills.saveTarget(PATH, SamplePaths.API, Level.TEACHES, T2));

        assertThat(Probe.rows(file, "SELECT skill_id, target_level, updated_at FROM skill_target"))
                .containsExactly(List.of(SamplePaths.API, "4", Probe.stamp(T2)));
        assertThat(skills.find(PATH, SamplePaths.API).target()).contains(Level.TEACHES);
    }

    @Test
    void findOfASkillNeverTouchedIsUnrated() {
        assertThat(skills.find(PATH, SamplePaths.TALK)).isEqualTo(SkillProgress.unrated(SamplePaths.TALK));
        assertThat(skills.loadAll(PATH)).isEmpty();
    }

    @Test
    void loadAllCombinesTargetsOnlyRatingsOnlyAndBoth() {
        Rating sqlRating = new Rating(Level.GUIDED, T1, "");
        Rating talkRating1 = new Rating(Level.AWARE, T2, "");
        Rating talkRating2 = new Rating(Level.GUIDED, T3, "better");
        database.inTransaction(() -> {
            skills.saveTarget(PATH, SamplePaths.API, Level.INDEPENDENT, T1);      // target only
            skills.appendRating(PATH, SamplePaths.SQL, sqlRating);                // rating only
            skills.appendRating(PATH, SamplePaths.TALK, talkRating1);             // both
            skills.appendRating(PATH, SamplePaths.TALK, talkRating2);
            skills.saveTarget(PATH, SamplePaths.TALK, Level.TEACHES, T3);
        });

        var all = skills.loadAll(PATH);

        assertThat(all).containsOnlyKeys(SamplePaths.API, SamplePaths.SQL, SamplePaths.TALK);
        assertThat(all.get(SamplePaths.API)).isEqualTo(new SkillProgress(SamplePaths.API, Level.INDEPENDENT, List.of()));
        assertThat(all.get(SamplePaths.SQL)).isEqualTo(new SkillProgress(SamplePaths.SQL, null, List.of(sqlRating)));
        assertThat(all.get(SamplePaths.TALK))
                .isEqualTo(new SkillProgress(SamplePaths.TALK, Level.TEACHES, List.of(talkRating1, talkRating2)));
        assertThat(skills.find(PATH, SamplePaths.API)).isEqualTo(all.get(SamplePaths.API));
        assertThat(skills.find(PATH, SamplePaths.SQL)).isEqualTo(all.get(SamplePaths.SQL));
        assertThat(skills.find(PATH, SamplePaths.TALK)).isEqualTo(all.get(SamplePaths.TALK));
    }

    @Test
    void ratingsAndTargetsOfAnotherPathAreNotMixedIn() {
        database.inTransaction(() -> {
            skills.appendRating("other-path", SamplePaths.SQL, new Rating(Level.TEACHES, T1, ""));
            skills.saveTarget("other-path", SamplePaths.SQL, Level.TEACHES, T1);
        });

        assertThat(skills.loadAll(PATH)).isEmpty();
        assertThat(skills.find(PATH, SamplePaths.SQL)).isEqualTo(SkillProgress.unrated(SamplePaths.SQL));
        assertThat(skills.loadAll("other-path")).containsOnlyKeys(SamplePaths.SQL);
    }

    @Test
    void theSchemaRefusesALevelOutsideTheScale() {
        assertThatThrownBy(() -> Probe.execute(file,
                "INSERT INTO skill_rating (path_id, skill_id, level, rated_at, note) VALUES ('" + PATH + "', 'x', 5, 't', '')"))
                .rootCause().hasMessageContaining("CHECK constraint failed");
        assertThat(Probe.count(file, "skill_rating")).isZero();
    }
}

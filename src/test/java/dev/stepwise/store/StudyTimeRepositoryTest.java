package dev.stepwise.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stepwise.domain.ItemProgress;
import dev.stepwise.domain.ItemStatus;
import dev.stepwise.domain.Review;
import dev.stepwise.domain.ReviewPlan;
import dev.stepwise.domain.StudyEntry;
import dev.stepwise.domain.StudySource;
import dev.stepwise.domain.StudyTimer;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Study time, the timer and reviews on a real SQLite file: one test per statement, and the table's own checks. */
class StudyTimeRepositoryTest {
    private static final String ID = SamplePaths.ID;
    private static final Instant T1 = Instant.parse("2026-03-01T10:00:00Z");
    private static final Instant T2 = Instant.parse("2026-03-01T10:00:00.5Z");
    private static final LocalDate DAY = LocalDate.of(2026, 3, 2);

    @TempDir
    Path dir;
    private Path file;
    private Database database;
    private StudyTimeRepository studyTime;

    @BeforeEach
    void open() {
        file = dir.resolve("stepwise.db");
        database = Database.open(file);
        database.inTransaction(() -> new PathRepository(database).save(SamplePaths.sample(), T1));
        studyTime = new StudyTimeRepository(database);
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void addKeepsEachSessionOnceByItemAndStart() {
        StudyEntry first = new StudyEntry(SamplePaths.FIRST, T1, 45, StudySource.MANUAL);
        assertThat(database.inTransaction(() -> studyTime.add(ID, first))).isTrue();
        assertThat(database.inTransaction(() -> studyTime.add(ID, new StudyEntry(SamplePaths.FIRST, T1, 90, StudySource.TIMER))))
                .as("the same session again").isFalse();
        database.inTransaction(() -> studyTime.add(ID, new StudyEntry(SamplePaths.FIRST, T2, 10, StudySource.TIMER)));

        assertThat(Probe.rows(file, "SELECT item_id, started_at, minutes, source FROM study_time ORDER BY started_at")).containsExactly(
                List.of(SamplePaths.FIRST, Probe.stamp(T1), "45", "MANUAL"), List.of(SamplePaths.FIRST, Probe.stamp(T2), "10", "TIMER"));
        assertThat(database.inTransaction(() -> studyTime.entries(ID))).containsExactly(first,
                new StudyEntry(SamplePaths.FIRST, T2, 10, StudySource.TIMER));
        assertThat(database.inTransaction(() -> studyTime.hasEntry(ID, SamplePaths.FIRST, T2))).isTrue();
        assertThat(database.inTransaction(() -> studyTime.hasEntry(ID, SamplePaths.SECOND, T2))).isFalse();
        assertThat(database.inTransaction(() -> studyTime.entries("other"))).isEmpty();
    }

    @Test
    void theTimerIsOnePerPathAndStartingAgainMovesIt() {
        database.inTransaction(() -> studyTime.startTimer(ID, new StudyTimer(SamplePaths.FIRST, T1)));
        database.inTransaction(() -> studyTime.startTimer(ID, new StudyTimer(SamplePaths.SECOND, T2)));
        assertThat(database.inTransaction(() -> studyTime.timer(ID))).contains(new StudyTimer(SamplePaths.SECOND, T2));
        assertThat(Probe.count(file, "study_timer")).isEqualTo(1);

        database.inTransaction(() -> studyTime.clearTimer(ID));
        assertThat(database.inTransaction(() -> studyTime.timer(ID))).isEmpty();
    }

    @Test
    void reviewsAreSavedReplacedReadAndDeleted() {
        Review spaced = new Review(SamplePaths.FIRST, DAY, ReviewPlan.SPACED, 0);
        database.inTransaction(() -> studyTime.saveReview(ID, spaced));
        Review next = new Review(SamplePaths.FIRST, DAY.plusDays(3), ReviewPlan.SPACED, 1);
        database.inTransaction(() -> studyTime.saveReview(ID, next));
        Review other = new Review(SamplePaths.SECOND, DAY, ReviewPlan.IN_TWO_WEEKS, 0);
        database.inTransaction(() -> studyTime.saveReview(ID, other));

        assertThat(database.inTransaction(() -> studyTime.review(ID, SamplePaths.FIRST))).contains(next);
        assertThat(database.inTransaction(() -> studyTime.reviews(ID))).containsExactly(other, next);
        database.inTransaction(() -> studyTime.deleteReview(ID, SamplePaths.FIRST));
        assertThat(database.inTransaction(() -> studyTime.reviews(ID))).containsExactly(other);
    }

    @Test
    void anItemNoLongerDoneLosesItsReviewWhateverChangedItsStatus() {
        ItemProgressRepository items = new ItemProgressRepository(database);
        ItemProgress done = ItemProgress.notStarted(SamplePaths.FIRST).withStatus(ItemStatus.DONE, DAY);
        database.inTransaction(() -> {
            items.save(ID, done, T1);
            studyTime.saveReview(ID, new Review(SamplePaths.FIRST, DAY, ReviewPlan.SPACED, 0));
        });
        database.inTransaction(() -> items.save(ID, done.withNote("still done"), T2));
        assertThat(Probe.count(file, "item_review")).as("a note keeps the review").isEqualTo(1);

        database.inTransaction(() -> items.save(ID, done, done.withStatus(ItemStatus.LEARNING, DAY), T2));
        assertThat(Probe.count(file, "item_review")).isZero();
    }

    @Test
    void deletingAnItemOrResettingThePathTakesItsStudyTimeTimerAndReview() {
        database.inTransaction(() -> {
            studyTime.add(ID, new StudyEntry(SamplePaths.FIRST, T1, 5, StudySource.MANUAL));
            studyTime.add(ID, new StudyEntry(SamplePaths.SECOND, T1, 5, StudySource.MANUAL));
            studyTime.startTimer(ID, new StudyTimer(SamplePaths.FIRST, T1));
            studyTime.saveReview(ID, new Review(SamplePaths.FIRST, DAY, ReviewPlan.SPACED, 0));
        });
        database.inTransaction(() -> new ItemProgressRepository(database).delete(ID, SamplePaths.FIRST));
        assertThat(Probe.column(file, "SELECT item_id FROM study_time")).containsExactly(SamplePaths.SECOND);
        assertThat(Probe.count(file, "study_timer")).isZero();
        assertThat(Probe.count(file, "item_review")).isZero();

        database.inTransaction(() -> new PathRepository(database).resetProgress(ID));
        assertThat(Probe.count(file, "study_time")).isZero();
    }

    @Test
    void aForkCopiesSessionsAndReviewsButNotTheRunningTimer() {
        database.inTransaction(() -> {
            new PathRepository(database).save(SamplePaths.sample("fork", 1), T1);
            studyTime.add(ID, new StudyEntry(SamplePaths.FIRST, T1, 5, StudySource.MANUAL));
            studyTime.startTimer(ID, new StudyTimer(SamplePaths.FIRST, T2));
            studyTime.saveReview(ID, new Review(SamplePaths.FIRST, DAY, ReviewPlan.SPACED, 0));
        });
        database.inTransaction(() -> new ItemProgressRepository(database).copy(ID, "fork"));
        assertThat(database.inTransaction(() -> studyTime.entries("fork"))).hasSize(1);
        assertThat(database.inTransaction(() -> studyTime.reviews("fork"))).hasSize(1);
        assertThat(database.inTransaction(() -> studyTime.timer("fork"))).isEmpty();
    }

    @Test
    void theTablesRefuseImpossibleValues() {
        for (String insert : List.of(
                "INSERT INTO study_time VALUES ('" + ID + "', 'i', '2026', 0, 'MANUAL')",
                "INSERT INTO study_time VALUES ('" + ID + "', 'i', '2026', 1441, 'MANUAL')",
                "INSERT INTO study_time VALUES ('" + ID + "', 'i', '2026', 5, 'GUESS')",
                "INSERT INTO item_review VALUES ('" + ID + "', 'i', 'soon', 'SPACED', 0)",
                "INSERT INTO item_review VALUES ('" + ID + "', 'i', '2026-03-02', 'SPACED', 4)",
                "INSERT INTO item_review VALUES ('" + ID + "', 'i', '2026-03-02', 'IN_TWO_WEEKS', 1)")) {
            assertThatThrownBy(() -> Probe.execute(file, insert)).as(insert).hasMessageContaining("probe failed");
        }
    }

    @Test
    void aBadRowIsReportedWithItsTableAndKey() {
        Probe.execute(file, "INSERT INTO study_time VALUES ('" + ID + "', 'broken-item', 'yesterday', 5, 'MANUAL')");
        assertThatThrownBy(() -> database.inTransaction(() -> studyTime.entries(ID))).isInstanceOf(BadRowException.class)
                .hasMessageContaining("study_time").hasMessageContaining("broken-item");
        Probe.execute(file, "DELETE FROM study_time");
        Probe.execute(file, "INSERT INTO item_review VALUES ('" + ID + "', 'odd-review', '2026-02-30', 'SPACED', 0)");
        assertThatThrownBy(() -> database.inTransaction(() -> studyTime.reviews(ID))).isInstanceOf(BadRowException.class)
                .hasMessageContaining("item_review").hasMessageContaining("odd-review");
    }
}

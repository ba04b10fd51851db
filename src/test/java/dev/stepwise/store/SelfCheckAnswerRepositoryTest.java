package dev.stepwise.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stepwise.domain.SelfCheckAnswer;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Self-check answers on a real SQLite file: one row per statement, the latest answer wins. */
class SelfCheckAnswerRepositoryTest {
    private static final Instant T1 = Instant.parse("2026-03-01T10:00:00Z");
    private static final Instant T2 = Instant.parse("2026-03-02T10:00:00Z");

    @TempDir
    Path dir;
    private Path file;
    private Database database;
    private SelfCheckAnswerRepository answers;

    @BeforeEach
    void open() {
        file = dir.resolve("stepwise.db");
        database = Database.open(file);
        database.inTransaction(() -> new PathRepository(database).save(SamplePaths.sample(), T1));
        answers = new SelfCheckAnswerRepository(database);
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void saveInsertsThenReplacesTheAnswer() {
        database.inTransaction(() -> answers.save(SamplePaths.ID, "a-check", SelfCheckAnswer.NOT_SURE, T1));
        database.inTransaction(() -> answers.save(SamplePaths.ID, "a-check", SelfCheckAnswer.AGREE, T2));

        assertThat(Probe.rows(file, "SELECT path_id, check_id, answer, answered_at FROM self_check_answer"))
                .containsExactly(List.of(SamplePaths.ID, "a-check", "AGREE", Probe.stamp(T2)));
    }

    @Test
    void loadAllReturnsEveryAnswerOfThePathOnly() {
        database.inTransaction(() -> {
            answers.save(SamplePaths.ID, "a-check", SelfCheckAnswer.AGREE, T1);
            answers.save(SamplePaths.ID, "z-check", SelfCheckAnswer.DISAGREE, T1);
        });

        assertThat(answers.loadAll(SamplePaths.ID))
                .isEqualTo(Map.of("a-check", SelfCheckAnswer.AGREE, "z-check", SelfCheckAnswer.DISAGREE));
        assertThat(answers.loadAll("other-path")).isEmpty();
    }

    @Test
    void deleteRemovesOnlyThatAnswerAndSaysWhetherThereWasOne() {
        database.inTransaction(() -> {
            answers.save(SamplePaths.ID, "a-check", SelfCheckAnswer.AGREE, T1);
            answers.save(SamplePaths.ID, "z-check", SelfCheckAnswer.DISAGREE, T1);
        });

        assertThat(database.inTransaction(() -> answers.delete(SamplePaths.ID, "a-check"))).isTrue();
        assertThat(database.inTransaction(() -> answers.delete(SamplePaths.ID, "a-check"))).isFalse();

        assertThat(Probe.rows(file, "SELECT path_id, check_id, answer FROM self_check_answer"))
                .containsExactly(List.of(SamplePaths.ID, "z-check", "DISAGREE"));
    }

    @Test
    void anAnswerOutsideTheScaleIsRefusedByTheSchema() {
        assertThatThrownBy(() -> Probe.execute(file,
                "INSERT INTO self_check_answer VALUES ('" + SamplePaths.ID + "', 'x', 'MAYBE', 'now')"))
                .rootCause().hasMessageContaining("CHECK constraint failed");
    }
}

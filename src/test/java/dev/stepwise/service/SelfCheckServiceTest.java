package dev.stepwise.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stepwise.domain.SelfCheckAnswer;
import dev.stepwise.fixtures.FixturePath;
import dev.stepwise.fixtures.TestClock;
import dev.stepwise.store.Probe;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Answering the "is this role right for you?" statements: saved, recorded, reloaded. */
class SelfCheckServiceTest {
    private static final String PATH = FixturePath.ID;

    @TempDir
    Path dir;
    private Path file;
    private Stepwise stepwise;
    private String firstCheck;

    @BeforeEach
    void open() {
        file = dir.resolve("stepwise.db");
        stepwise = Stepwise.open(file, List.of(FixturePath.path()), TestClock.utc("2026-01-10T09:00:00.000000000Z"));
        firstCheck = stepwise.progress().load(PATH).path().selfChecks().get(0).id();
    }

    @AfterEach
    void close() {
        stepwise.close();
    }

    private List<List<String>> answerEvents() {
        return Probe.rows(file, "SELECT subject_id, payload FROM activity WHERE kind = 'SELF_CHECK_ANSWERED' ORDER BY id");
    }

    @Test
    void anAnswerIsSavedRecordedAndLoadedWithThePath() {
        stepwise.progress().answerSelfCheck(PATH, firstCheck, SelfCheckAnswer.NOT_SURE);
        stepwise.progress().answerSelfCheck(PATH, firstCheck, SelfCheckAnswer.AGREE);

        assertThat(stepwise.progress().load(PATH).answerTo(firstCheck)).contains(SelfCheckAnswer.AGREE);
        assertThat(answerEvents()).containsExactly(List.of(firstCheck, Probe.json("{'from':null,'to':'NOT_SURE'}")),
                List.of(firstCheck, Probe.json("{'from':'NOT_SURE','to':'AGREE'}")));
    }

    @Test
    void clearingAnAnswerDeletesItAndRecordsItInTheLog() {
        stepwise.progress().answerSelfCheck(PATH, firstCheck, SelfCheckAnswer.AGREE);

        stepwise.progress().clearSelfCheck(PATH, firstCheck);
        stepwise.progress().clearSelfCheck(PATH, firstCheck);

        assertThat(stepwise.progress().load(PATH).answerTo(firstCheck)).isEmpty();
        assertThat(Probe.rows(file, "SELECT check_id FROM self_check_answer")).isEmpty();
        assertThat(answerEvents()).containsExactly(List.of(firstCheck, Probe.json("{'from':null,'to':'AGREE'}")),
                List.of(firstCheck, Probe.json("{'from':'AGREE','to':null}")));
    }

    @Test
    void theSameAnswerAgainIsNotANewEvent() {
        stepwise.progress().answerSelfCheck(PATH, firstCheck, SelfCheckAnswer.DISAGREE);
        stepwise.progress().answerSelfCheck(PATH, firstCheck, SelfCheckAnswer.DISAGREE);

        assertThat(answerEvents()).hasSize(1);
    }

    @Test
    void anUnknownStatementIsRefusedAndNothingIsWritten() {
        assertThatThrownBy(() -> stepwise.progress().answerSelfCheck(PATH, "no-such-check", SelfCheckAnswer.AGREE))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no-such-check");

        assertThat(Probe.count(file, "self_check_answer")).isZero();
        assertThat(answerEvents()).isEmpty();
    }
}

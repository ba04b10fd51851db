package dev.stepwise.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stepwise.domain.Explained;
import dev.stepwise.domain.ItemStatus;
import dev.stepwise.domain.LearningPath;
import dev.stepwise.domain.Level;
import dev.stepwise.domain.SelfCheckAnswer;
import dev.stepwise.fixtures.FixturePath;
import dev.stepwise.fixtures.TestClock;
import dev.stepwise.store.BadRowException;
import dev.stepwise.store.Probe;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One bad row (written by another program, while Stepwise is open or before it starts) ends in one sentence naming
 * the table, the row and the field, never in a stack trace from the middle of the mapping.
 */
class BadRowsTest {
    private static final List<LearningPath> BUNDLED = List.of(FixturePath.path());

    @TempDir
    Path dir;

    private final TestClock clock = TestClock.utc("2026-01-10T09:00:00.000000000Z");

    private Path file() {
        return dir.resolve("stepwise.db");
    }

    @BeforeEach
    void progressInEveryTable() {
        try (Stepwise stepwise = Stepwise.open(file(), BUNDLED, clock)) {
            stepwise.progress().setStatus(FixturePath.ID, FixturePath.LEARN_SQL, ItemStatus.LEARNING);
            stepwise.progress().rate(FixturePath.ID, FixturePath.DATABASES.id(), Level.GUIDED, "");
            stepwise.progress().answerSelfCheck(FixturePath.ID, "likes-data", SelfCheckAnswer.AGREE);
        }
    }

    /** Writes as another program would: a second connection, CHECK constraints not enforced. */
    private void tamper(String sql) throws Exception {
        try (Connection other = Probe.connect(file()); Statement statement = other.createStatement()) {
            statement.execute("PRAGMA ignore_check_constraints = ON");
            assertThat(statement.executeUpdate(sql)).as("rows changed by: %s", sql).isEqualTo(1);
        }
    }

    static Stream<Arguments> badValues() {
        return Stream.of(
                Arguments.of("UPDATE item_progress SET status = 'BOGUS' WHERE item_id = 'learn-sql'",
                        "item_progress row for item “learn-sql”: status “BOGUS” is not a known status"),
                Arguments.of("UPDATE item_progress SET started_on = 'yesterday' WHERE item_id = 'learn-sql'",
                        "item_progress row for item “learn-sql”: started_on “yesterday” is not a date"),
                Arguments.of("UPDATE skill_rating SET level = 9 WHERE skill_id = 'databases'",
                        "skill_rating row for skill “databases”: level 9 is not a level from 0 to 4"),
                Arguments.of("UPDATE skill_rating SET rated_at = 'last week' WHERE skill_id = 'databases'",
                        "skill_rating row for skill “databases”: rated_at “last week” is not a point in time"),
                Arguments.of("UPDATE self_check_answer SET answer = 'MAYBE' WHERE check_id = 'likes-data'",
                        "self_check_answer row for statement “likes-data”: answer “MAYBE” is not a known answer"),
                Arguments.of("UPDATE item SET target_date = 'soon' WHERE id = 'learn-sql'",
                        "item row for item “learn-sql”: target_date “soon” is not a date"),
                Arguments.of("UPDATE section SET kind = 'EXTRAS' WHERE id = 'steps'",
                        "section row for section “steps”: kind “EXTRAS” is not a known kind"),
                Arguments.of("UPDATE skill SET target_level = -1 WHERE id = 'databases'",
                        "skill row for skill “databases”: target_level -1 is not a level from 0 to 4"));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("badValues")
    void aBadValueWrittenWhileStepwiseIsOpenIsNamedWhenRead(String tampering, String sentence) throws Exception {
        try (Stepwise stepwise = Stepwise.open(file(), BUNDLED, clock)) {
            tamper(tampering);

            assertThatThrownBy(() -> stepwise.progress().load(FixturePath.ID))
                    .isInstanceOf(BadRowException.class)
                    .hasMessage(sentence)
                    .isInstanceOfSatisfying(Explained.class,
                            e -> assertThat(e.explanation().key()).isEqualTo("store.badRow"));
        }
    }

    @Test
    void aBadDateFoundAtTheNextStartIsNamedWhenReadAndTheRestStillWorks() throws Exception {
        // No CHECK guards a date column, so the start-up check lets the file open; reading the row names it.
        tamper("UPDATE item_progress SET done_on = '31/12/2026' WHERE item_id = 'learn-sql'");

        try (Stepwise stepwise = Stepwise.open(file(), BUNDLED, clock)) {
            assertThatThrownBy(() -> stepwise.progress().load(FixturePath.ID))
                    .hasMessage("item_progress row for item “learn-sql”: done_on “31/12/2026” is not a date");
            assertThat(stepwise.pathIds()).containsExactly(FixturePath.ID);
        }
    }

    @Test
    void aBadStatusFoundAtTheNextStartRefusesTheFileByTable() throws Exception {
        tamper("UPDATE item_progress SET status = 'BOGUS' WHERE item_id = 'learn-sql'");

        assertThatThrownBy(() -> Stepwise.open(file(), BUNDLED, clock))
                .isInstanceOfSatisfying(DataUnavailableException.class,
                        e -> assertThat(e.reason()).startsWith("the database file is damaged (").contains("item_progress"));
    }
}

package dev.stepwise.ui.fx;

import static dev.stepwise.fixtures.FixturePath.ID;
import static dev.stepwise.fixtures.FixturePath.LEARN_SQL;
import static dev.stepwise.fixtures.FixturePath.PRACTICE_DEBUGGING;
import static org.assertj.core.api.Assertions.assertThat;

import dev.stepwise.domain.ActivityKind;
import dev.stepwise.domain.ItemStatus;
import dev.stepwise.domain.Milestone;
import dev.stepwise.domain.MilestoneEdits;
import dev.stepwise.domain.ReviewPlan;
import dev.stepwise.fixtures.FixturePath;
import dev.stepwise.fixtures.TestClock;
import dev.stepwise.service.Stepwise;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The window stays open over midnight: what is due and what is overdue move with the day, on screens already built,
 * without a restart. It is 9 April 2026, one second before midnight in Berlin; "Practice debugging" and the milestone
 * "Week 2" are due on the 10th, and the review of "Learn SQL" (done on the 8th, spaced) was due on the 9th.
 */
class DayChangeScreenTest extends AppTestBase {
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private final TestClock lateEvening = new TestClock(Instant.parse("2026-04-09T21:59:59Z"), BERLIN);

    {
        clock = Clock.fixed(Instant.parse("2026-04-08T07:00:00Z"), BERLIN);
    }

    @BeforeEach
    void seed() throws TimeoutException {
        stopApp();
        try (Stepwise stepwise = Stepwise.open(databaseFile(), List.of(FixturePath.path()), clock)) {
            seedEdit(stepwise, ActivityKind.MILESTONE_ADDED,
                    path -> MilestoneEdits.setItemDue(path, PRACTICE_DEBUGGING, LocalDate.of(2026, 4, 10)));
            seedEdit(stepwise, ActivityKind.MILESTONE_ADDED, path -> MilestoneEdits.addMilestone(path,
                    new Milestone("week-2", "Week 2", LocalDate.of(2026, 4, 10), List.of(PRACTICE_DEBUGGING))));
            stepwise.progress().setStatus(ID, LEARN_SQL, ItemStatus.DONE);
            stepwise.reviews().schedule(ID, LEARN_SQL, ReviewPlan.SPACED);
        }
        clock = lateEvening;
        launch();
    }

    private String text(String query) {
        return this.<Label>node(query).getText();
    }

    private String overviewDue() {
        return robot.lookup("#due-item-" + PRACTICE_DEBUGGING).match(AppTestBase::visible).<Node>query().getAccessibleText();
    }

    private String reviewRow() {
        return robot.lookup("#review-queue .list-cell").match(AppTestBase::visible)
                .match((ListCell<?> cell) -> !cell.isEmpty()).<ListCell<?>>query().getText();
    }

    private String milestoneRow() {
        return robot.lookup("#milestone-week-2").match(AppTestBase::visible).<ListCell<?>>query().getAccessibleText();
    }

    @Test
    void dueMarkersTheDueCardTheReviewQueueAndTheTimelineMoveToTheNewDayAtMidnight() {
        shortcut(KeyCode.DIGIT2);
        waitUntil(() -> shown("#due-" + PRACTICE_DEBUGGING));
        assertThat(text("#due-" + PRACTICE_DEBUGGING)).isEqualTo("Due in 1 day");
        shortcut(KeyCode.DIGIT4);
        waitUntil(() -> shown("#milestone-week-2"));
        assertThat(milestoneRow()).contains("in 1 day");
        shortcut(KeyCode.DIGIT1);
        waitUntil(() -> shown("#due-item-" + PRACTICE_DEBUGGING) && shown("#review-queue"));
        assertThat(overviewDue()).contains("in 1 day");
        assertThat(reviewRow()).endsWith("due today");

        lateEvening.advance(Duration.ofSeconds(2));

        waitUntil(() -> overviewDue().contains("due today"));
        waitUntil(() -> reviewRow().contains("overdue since Apr 9, 2026"));
        shortcut(KeyCode.DIGIT2);
        assertThat(text("#due-" + PRACTICE_DEBUGGING)).as("a row already shown, redrawn").isEqualTo("Due today");
        shortcut(KeyCode.DIGIT4);
        assertThat(milestoneRow()).contains("today").doesNotContain("in 1 day");
    }
}

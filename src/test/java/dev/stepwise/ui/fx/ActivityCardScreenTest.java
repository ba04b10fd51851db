package dev.stepwise.ui.fx;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stepwise.fixtures.FixturePath;
import java.time.LocalDate;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;

/**
 * The overview's activity card on the real app: empty at first, and after a tick in the checklist the day is shaded,
 * the streak says so and this week counts the item — without the card's squares being made again.
 */
class ActivityCardScreenTest extends AppTestBase {

    private long shadedDays() {
        // The card may be below the fold (the page scrolls): what it shows is read from its nodes.
        return robot.lookup("#heat-map .heat-day").queryAll().stream().filter(Node::isVisible)
                .filter(day -> day.getStyleClass().stream().anyMatch(name -> name.matches("heat-[1-9]"))).count();
    }

    @Test
    void aTickShadesTodayAndCountsTheStreakAndTheWeek() {
        shortcut(KeyCode.DIGIT1);
        waitUntil(() -> robot.lookup("#activity-streaks").queryAs(Label.class).getText().startsWith("Current streak: no days"));
        assertThat(shadedDays()).isZero();
        assertThat(robot.lookup("#heat-map .heat-day").queryAll().size()).isEqualTo(52 * 7);
        Node firstSquare = robot.lookup("#heat-map .heat-day").query();
        LocalDate day = LocalDate.now();

        shortcut(KeyCode.DIGIT2);
        key(KeyCode.D);
        assertOnDisk(FixturePath.LEARN_LANGUAGE, "DONE");
        shortcut(KeyCode.DIGIT1);

        waitUntil(() -> robot.lookup("#activity-streaks").queryAs(Label.class).getText().startsWith("Current streak: 1 day"));
        assertThat(shadedDays()).as("one day shaded (%s)", day).isEqualTo(1);
        assertThat(robot.lookup("#activity-week").queryAs(Label.class).getText()).startsWith("This week: 1 item done · no skills raised");
        Node firstNow = robot.lookup("#heat-map .heat-day").query();
        assertThat(firstNow).as("squares are kept, only shaded").isSameAs(firstSquare);

        robot.interact(() -> robot.lookup("#heat-map-minutes").queryAs(ToggleButton.class).fire());
        assertThat(shadedDays()).as("the same year counted in minutes studied: none yet").isZero();
        assertThat(robot.lookup("#heat-map").query().getAccessibleText()).startsWith("No days with study time");
    }
}

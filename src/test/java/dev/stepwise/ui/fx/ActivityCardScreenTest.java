package dev.stepwise.ui.fx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.stepwise.fixtures.FixturePath;
import dev.stepwise.ui.common.UiScale;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Region;
import javafx.scene.shape.SVGPath;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The overview's activity card on the real app: empty at first, and after a tick in the checklist the day is shaded,
 * the streak says so and this week counts the item — without the card's nodes being made again.
 */
class ActivityCardScreenTest extends AppTestBase {

    /** Days drawn in the shades that match: one path per shade, one square (an SVG "M…z") per day. */
    private long daysDrawn(String shadeClass) {
        // The card may be below the fold (the page scrolls): what it shows is read from its nodes.
        return robot.lookup("#heat-map .heat-shade").queryAllAs(SVGPath.class).stream()
                .filter(path -> path.getStyleClass().stream().anyMatch(name -> name.matches(shadeClass)))
                .mapToLong(path -> path.getContent().chars().filter(letter -> letter == 'M').count()).sum();
    }

    private long shadedDays() {
        return daysDrawn("heat-[1-9]");
    }

    @Test
    void aTickShadesTodayAndCountsTheStreakAndTheWeek() {
        shortcut(KeyCode.DIGIT1);
        waitUntil(() -> robot.lookup("#activity-streaks").queryAs(Label.class).getText().startsWith("Current streak: no days"));
        assertThat(shadedDays()).isZero();
        // The last week is drawn up to today: 51 full weeks and 1–7 days.
        assertThat(daysDrawn("heat-0")).isBetween(51L * 7 + 1, 52L * 7);
        Set<SVGPath> paths = Set.copyOf(robot.lookup("#heat-map .heat-shade").queryAllAs(SVGPath.class));
        LocalDate day = LocalDate.now();

        shortcut(KeyCode.DIGIT2);
        key(KeyCode.D);
        assertOnDisk(FixturePath.LEARN_LANGUAGE, "DONE");
        shortcut(KeyCode.DIGIT1);

        waitUntil(() -> robot.lookup("#activity-streaks").queryAs(Label.class).getText().startsWith("Current streak: 1 day"));
        assertThat(shadedDays()).as("one day shaded (%s)", day).isEqualTo(1);
        assertThat(robot.lookup("#activity-week").queryAs(Label.class).getText()).startsWith("This week: 1 item done · no skills raised");
        assertThat(daysDrawn("heat-.")).as("the same days, one now shaded").isEqualTo(daysDrawn("heat-0") + 1);
        assertThat(Set.copyOf(robot.lookup("#heat-map .heat-shade").queryAllAs(SVGPath.class)))
                .as("the map's nodes are kept, only redrawn").isEqualTo(paths);

        robot.interact(() -> robot.lookup("#heat-map-minutes").queryAs(ToggleButton.class).fire());
        assertThat(shadedDays()).as("the same year counted in minutes studied: none yet").isZero();
        assertThat(robot.lookup("#heat-map").query().getAccessibleText()).startsWith("No days with study time");
        // The line under the map counts what the map shows: a day of changes is not a day of study.
        assertThat(robot.lookup("#activity-streaks").queryAs(Label.class).getText())
                .isEqualTo("Study streak: no days · longest: no days · no days studied in the last 52 weeks");

        robot.interact(() -> robot.lookup("#heat-map-changes").queryAs(ToggleButton.class).fire());
        assertThat(robot.lookup("#activity-streaks").queryAs(Label.class).getText()).startsWith("Current streak: 1 day");
    }

    /**
     * Time logged changes no progress: the card, which read the history again only after a change of progress, went on
     * saying "no minutes studied" and showed no bars until the next tick.
     */
    @Test
    void timeLoggedShowsInTheCardWithNoOtherChange() {
        shortcut(KeyCode.DIGIT1);
        waitUntil(() -> robot.lookup("#activity-week").queryAs(Label.class).getText().startsWith("This week: no items done"));
        assertThat(robot.lookup("#weekly-minutes").query().isVisible()).isFalse();

        shortcut(KeyCode.DIGIT2);
        Button add = robot.lookup("#study-add-45").query();
        robot.interact(add::fire);
        waitUntil(() -> column("SELECT minutes FROM study_time").equals(List.of("45")));
        shortcut(KeyCode.DIGIT1);

        waitUntil(() -> robot.lookup("#activity-week").queryAs(Label.class).getText().endsWith("45 min studied"));
        assertThat(robot.lookup("#weekly-minutes").query().isVisible()).isTrue();
    }

    /** The weekly study bars stand under the heat map's squares and end where the map does, in a card wider than both. */
    @Test
    void theWeeklyBarsSpanTheHeatMapsSquares() {
        placeWindow(1600, 900);
        shortcut(KeyCode.DIGIT2);
        Button add = robot.lookup("#study-add-45").query();
        robot.interact(add::fire);
        waitUntil(() -> column("SELECT minutes FROM study_time").equals(List.of("45")));
        shortcut(KeyCode.DIGIT1);
        waitUntil(() -> robot.lookup("#weekly-minutes").query().isVisible());
        WaitForAsyncUtils.waitForFxEvents();

        Region map = robot.lookup("#heat-map").query();
        Region weekly = robot.lookup("#weekly-minutes").query();
        Region card = robot.lookup("#activity-card").query();
        Bounds mapOnScreen = map.localToScreen(map.getLayoutBounds());
        Bounds weeklyOnScreen = weekly.localToScreen(weekly.getLayoutBounds());
        Node firstWeek = weekly.getChildrenUnmodifiable().get(0);
        Node lastWeek = weekly.getChildrenUnmodifiable().get(weekly.getChildrenUnmodifiable().size() - 1);
        double squaresStart = mapOnScreen.getMinX() + map.snappedLeftInset() + UiScale.em(2.4);
        double squaresEnd = mapOnScreen.getMinX() + map.prefWidth(-1);

        assertThat(card.getWidth()).as("a card wider than the map").isGreaterThan(map.prefWidth(-1) + 100);
        assertThat(firstWeek.localToScreen(firstWeek.getLayoutBounds()).getMinX()).isCloseTo(squaresStart, within(2.0));
        assertThat(lastWeek.localToScreen(lastWeek.getLayoutBounds()).getMaxX()).isCloseTo(squaresEnd, within(2.0));
        assertThat(weeklyOnScreen.getMaxX()).isLessThanOrEqualTo(squaresEnd + 1);
    }
}

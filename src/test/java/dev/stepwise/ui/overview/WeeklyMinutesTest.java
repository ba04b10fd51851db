package dev.stepwise.ui.overview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.stepwise.ui.common.Messages;
import dev.stepwise.ui.common.UiScale;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeoutException;
import javafx.event.Event;
import javafx.event.EventType;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/** The weekly bars share one tooltip, which says the week under the pointer, and the whole chart between bars. */
class WeeklyMinutesTest {
    private static final LocalDate THIS_MONDAY = LocalDate.of(2026, 11, 30);
    private final FxRobot robot = new FxRobot();

    @BeforeAll
    static void toolkit() throws TimeoutException {
        FxToolkit.registerPrimaryStage();
    }

    private static void point(Node column, EventType<MouseEvent> type) {
        Event.fireEvent(column, new MouseEvent(type, 1, 1, 1, 1, MouseButton.NONE, 0, false, false, false, false, false, false,
                false, false, false, false, null));
    }

    @Test
    void theTooltipFollowsTheWeekThePointerEnters() {
        WeeklyMinutes[] made = new WeeklyMinutes[1];
        robot.interact(() -> {
            made[0] = new WeeklyMinutes();
            TreeMap<LocalDate, Integer> perWeek = new TreeMap<>();
            perWeek.put(THIS_MONDAY, 90);
            perWeek.put(THIS_MONDAY.minusWeeks(2), 25);
            made[0].show(perWeek, THIS_MONDAY);
        });
        WeeklyMinutes weekly = made[0];
        String whole = weekly.getAccessibleText();
        assertThat(weekly.tooltip().getText()).isEqualTo(whole);

        Node last = weekly.getChildren().get(WeeklyMinutes.WEEKS - 1);
        Node twoBefore = weekly.getChildren().get(WeeklyMinutes.WEEKS - 3);
        robot.interact(() -> point(last, MouseEvent.MOUSE_ENTERED));
        String lastWeek = weekly.tooltip().getText();
        robot.interact(() -> point(twoBefore, MouseEvent.MOUSE_ENTERED));
        String earlierWeek = weekly.tooltip().getText();
        robot.interact(() -> point(twoBefore, MouseEvent.MOUSE_EXITED));

        assertThat(lastWeek).contains(Messages.current().minutes(90)).isNotEqualTo(whole);
        assertThat(earlierWeek).contains(Messages.current().minutes(25)).isNotEqualTo(lastWeek);
        assertThat(weekly.tooltip().getText()).isEqualTo(whole);
    }

    @Test
    void weeksAreLabelledAsTheChartsLabelTheirDays() {
        Messages.use(Messages.forLocale(Locale.ENGLISH));
        WeeklyMinutes[] made = new WeeklyMinutes[1];
        robot.interact(() -> {
            made[0] = new WeeklyMinutes();
            made[0].show(new TreeMap<>(Map.of(THIS_MONDAY, 90)), THIS_MONDAY);
        });

        List<String> labels = made[0].getChildren().stream().map(column -> ((Label) ((VBox) column).getChildren().get(1)).getText())
                .filter(text -> !text.isEmpty()).toList();
        // Every fourth Monday back from this week's; "11/30/26" before.
        assertThat(labels).last().isEqualTo("Nov 30");
        assertThat(labels).contains("Nov 2", "Oct 5").allMatch(label -> label.matches("[A-Z][a-z]{2} \\d{1,2}"));
    }

    /** In a wide card the weeks spread over its width, as the heat map above does, and no bar grows into a block. */
    @Test
    void theWeeksShareTheWidthTheyAreGiven() throws Exception {
        WeeklyMinutes[] made = new WeeklyMinutes[1];
        robot.interact(() -> {
            made[0] = new WeeklyMinutes();
            made[0].show(new TreeMap<>(Map.of(THIS_MONDAY, 90, THIS_MONDAY.minusWeeks(11), 60)), THIS_MONDAY);
            Stage stage = new Stage();
            stage.setScene(new Scene(new VBox(made[0]), 800, 200));
            stage.show();
        });
        WeeklyMinutes weekly = made[0];
        Node first = weekly.getChildren().get(0);
        Node last = weekly.getChildren().get(WeeklyMinutes.WEEKS - 1);
        Region lastBar = (Region) ((VBox) last).getChildren().get(0);

        assertThat(weekly.getWidth()).isEqualTo(800);
        assertThat(last.getBoundsInParent().getMaxX()).as("the last week ends at the right edge").isCloseTo(800, within(1.0));
        // Shares differ by a pixel or two: a week with a date under it starts from that label's width.
        double share = (800 - weekly.getSpacing() * (WeeklyMinutes.WEEKS - 1)) / WeeklyMinutes.WEEKS;
        assertThat(first.getBoundsInParent().getWidth()).as("each week's share").isCloseTo(share, within(3.0));
        assertThat(lastBar.getWidth()).as("a bar no wider than a bar").isLessThan(last.getBoundsInParent().getWidth())
                .isLessThanOrEqualTo(Math.ceil(UiScale.em(3.2)));
        robot.interact(() -> weekly.getScene().getWindow().hide());
    }
}

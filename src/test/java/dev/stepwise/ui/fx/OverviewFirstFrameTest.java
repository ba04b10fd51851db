package dev.stepwise.ui.fx;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeoutException;
import javafx.beans.value.ChangeListener;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.layout.VBox;
import org.junit.jupiter.api.Test;

/**
 * A start opens on the overview: the window shows its first screen without the cards below it, which join right after,
 * each in its place, with the keyboard still on the main action.
 */
class OverviewFirstFrameTest extends AppTestBase {
    /** Whether each is on the page as the window is shown: the first screen is, the cards below it are not yet. */
    private static final Map<String, Boolean> ON_PAGE_WHEN_SHOWN = Map.of("#overview-title", true, "#overall-percent", true,
            "#continue-button", true, "#reviews-card", false, "#activity-card", false, "#heat-map", false,
            "#self-check-summary", false);

    @Test
    void theCardsBelowTheFirstScreenJoinOnlyOnceTheWindowIsShown() throws TimeoutException {
        Map<String, Boolean> inSceneWhenShown = new TreeMap<>();
        ChangeListener<Boolean> onShown = (obs, was, showing) -> {
            if (showing) {
                for (String query : ON_PAGE_WHEN_SHOWN.keySet()) {
                    inSceneWhenShown.put(query, robot.from(stage.getScene().getRoot()).lookup(query).tryQuery().isPresent());
                }
            }
        };
        stopApp();
        robot.interact(() -> stage.showingProperty().addListener(onShown));
        try {
            launch();
        } finally {
            robot.interact(() -> stage.showingProperty().removeListener(onShown));
        }

        assertThat(inSceneWhenShown).as("on the page when the window is shown").isEqualTo(ON_PAGE_WHEN_SHOWN);
        for (String query : ON_PAGE_WHEN_SHOWN.keySet()) {
            assertThat(robot.lookup(query).tryQuery()).as(query + " once the start is over").isPresent();
        }
    }

    @Test
    void theCardsBelowJoinUnderTheBurnUpInPageOrderWithTheKeyboardOnTheMainAction() {
        VBox page = robot.lookup(".overview-page").query();
        List<Integer> places = new ArrayList<>();
        for (String query : List.of("#overall-percent", ".burn-up-chart", "#reviews-card", "#activity-card", "#heat-map",
                "#self-check-summary")) {
            places.add(page.getChildren().indexOf(childHolding(page, robot.lookup(query).query())));
        }

        assertThat(places).as("the page's child holding each of them").isSorted().doesNotContain(-1);
        assertThat(places.get(3)).as("the activity comes after the burn-up, not beside it").isGreaterThan(places.get(1));
        assertThat(stage.getScene().getFocusOwner().getId()).isEqualTo("continue-button");
    }

    private static Node childHolding(Parent page, Node node) {
        Node child = node;
        while (child != null && child.getParent() != page) {
            child = child.getParent();
        }
        return child;
    }
}

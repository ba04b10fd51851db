package dev.stepwise.ui.fx;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stepwise.fixtures.FixturePath;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.TextArea;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The study-time and review controls by keyboard: Tab goes on from the note through the timer, the minutes and the
 * review choices, each stop in view and showing where the focus is, in both themes.
 */
class StudyTimeFocusScreenTest extends AppTestBase {
    private static final List<String> STOPS = List.of("study-timer", "study-add-15", "study-add-30", "study-add-45",
            "study-add-60", "study-minutes", "study-add-typed", "review-two-weeks", "review-spaced");

    @ParameterizedTest(name = "dark theme {0}")
    @ValueSource(booleans = {false, true})
    void tabReachesEveryStudyControlWithAVisibleFocus(boolean dark) {
        if (dark) {
            KeyStrokes.stroke(robot, KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.T);
            waitUntil(() -> String.valueOf(Application.getUserAgentStylesheet()).contains("dark"));
        }
        shortcut(KeyCode.DIGIT2);
        key(KeyCode.D);
        assertOnDisk(FixturePath.LEARN_LANGUAGE, "DONE");
        robot.moveTo(stage.getX() + 4, stage.getY() + stage.getHeight() - 4);
        robot.interact(() -> robot.lookup("#note").<TextArea>query().requestFocus());

        List<String> reached = new ArrayList<>();
        List<String> invisible = new ArrayList<>();
        for (int i = 0; i < STOPS.size(); i++) {
            // Ctrl+Tab leaves a text area; from a button, Tab.
            if (i == 0) {
                shortcut(KeyCode.TAB);
            } else {
                key(KeyCode.TAB);
            }
            Node owner = stage.getScene().getFocusOwner();
            reached.add(owner.getId());
            FocusIndication indication = indicationOf(owner);
            if (!indication.visible()) {
                invisible.add("%s: %d of %d px".formatted(owner.getId(), indication.changedPixels(), indication.requiredPixels()));
            }
        }
        assertThat(reached).containsExactlyElementsOf(STOPS);
        assertThat(invisible).as("study controls without a visible focus indicator").isEmpty();
    }

    private FocusIndication indicationOf(Node stop) {
        AtomicReference<WritableImage> focused = new AtomicReference<>();
        AtomicReference<WritableImage> unfocused = new AtomicReference<>();
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> focused.set(FocusIndication.snapshot(stage.getScene())));
        Parent parking = stage.getScene().getRoot();
        robot.interact(parking::requestFocus);
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> unfocused.set(FocusIndication.snapshot(stage.getScene())));
        FocusIndication indication = FocusIndication.measure(FocusIndication.inScene(stop), focused.get(), unfocused.get());
        robot.interact(stop::requestFocus);
        WaitForAsyncUtils.waitForFxEvents();
        return indication;
    }
}

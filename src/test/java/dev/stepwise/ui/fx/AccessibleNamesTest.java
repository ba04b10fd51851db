package dev.stepwise.ui.fx;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import javafx.scene.AccessibleAttribute;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Control;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/**
 * What a screen reader says for every control the keyboard can reach: each has a name (its text, or an accessible
 * text where the control shows none — an icon button, a field, a list) and, where it has a tooltip or help, that
 * help. Walks every screen of the window.
 */
class AccessibleNamesTest extends AppTestBase {

    @Test
    void everyControlTheKeyboardReachesHasAName() throws Exception {
        List<String> unnamed = new ArrayList<>();
        shortcut(KeyCode.DIGIT1);
        unnamed.addAll(unnamedControls("overview"));
        shortcut(KeyCode.DIGIT2);
        unnamed.addAll(unnamedControls("checklist"));
        shortcut(KeyCode.DIGIT3);
        unnamed.addAll(unnamedControls("skills matrix"));

        assertThat(unnamed).as("controls a screen reader could only call by their kind").isEmpty();
    }

    /**
     * Two controls with one name are one control to a screen reader: the self-check answers were "Agree", "Not sure"
     * and "Disagree" once per statement, with nothing saying which statement they answer.
     */
    @Test
    void noTwoControlsTheKeyboardReachesOnAPageShareAName() throws Exception {
        List<String> shared = new ArrayList<>();
        for (KeyCode page : List.of(KeyCode.DIGIT1, KeyCode.DIGIT2, KeyCode.DIGIT3, KeyCode.DIGIT4)) {
            shortcut(page);
            Map<String, Integer> names = WaitForAsyncUtils.asyncFx(() -> {
                Map<String, Integer> counted = new TreeMap<>();
                countNames(stage.getScene().getRoot(), counted);
                return counted;
            }).get();
            names.forEach((name, count) -> {
                if (count > 1) {
                    shared.add("page " + page.getName() + ": " + count + " × " + name);
                }
            });
        }
        assertThat(shared).isEmpty();
    }

    private static void countNames(Node node, Map<String, Integer> counted) {
        if (!node.isVisible()) {
            return;
        }
        if (node instanceof Control control && control.isFocusTraversable() && !control.isDisabled()) {
            counted.merge(control.getClass().getSimpleName() + " “" + control.queryAccessibleAttribute(AccessibleAttribute.TEXT) + "”",
                    1, Integer::sum);
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                countNames(child, counted);
            }
        }
    }

    private List<String> unnamedControls(String screen) throws ExecutionException, InterruptedException {
        return WaitForAsyncUtils.asyncFx(() -> {
            List<String> found = new ArrayList<>();
            collect(stage.getScene().getRoot(), screen, found);
            return found;
        }).get();
    }

    private static void collect(Node node, String screen, List<String> found) {
        if (!node.isVisible()) {
            return;
        }
        if (node instanceof Control control && control.isFocusTraversable() && !control.isDisabled()) {
            String name = control instanceof TextInputControl ? control.getAccessibleText()
                    : String.valueOf(control.queryAccessibleAttribute(AccessibleAttribute.TEXT));
            // An icon button's text falls back to its icon's glyph, a private-use character read as nothing.
            if (name == null || name.equals("null") || name.codePoints().noneMatch(Character::isLetterOrDigit)) {
                found.add(screen + ": " + control.getClass().getSimpleName() + (control.getId() == null ? "" : "#" + control.getId())
                        + " " + control.getStyleClass());
            }
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                collect(child, screen, found);
            }
        }
    }
}

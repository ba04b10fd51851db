package dev.stepwise.ui.fx;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stepwise.fixtures.FixturePath;
import java.util.List;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;

/**
 * The overview changes in place: a change updates the labels and bars it touches and leaves every other node — and
 * the keyboard focus — where it was.
 */
class OverviewInPlaceTest extends AppTestBase {

    @Test
    void theOverviewOpensWithTheKeyboardOnItsMainAction() {
        waitUntil(() -> stage.getScene().getFocusOwner() != null);
        assertThat(stage.getScene().getFocusOwner().getId()).isEqualTo("continue-button");

        shortcut(KeyCode.DIGIT2);
        shortcut(KeyCode.DIGIT1);
        assertThat(stage.getScene().getFocusOwner().getId()).isEqualTo("continue-button");
    }

    @Test
    void theOverviewShownForTheFirstTimeAfterARestartOnAnotherPageAlsoOpensOnItsMainAction() throws TimeoutException {
        shortcut(KeyCode.DIGIT4);
        restart();
        waitUntil(() -> shown(".timeline-list"));

        shortcut(KeyCode.DIGIT1);

        waitUntil(() -> shown("#continue-button"));
        assertThat(stage.getScene().getFocusOwner().getId()).isEqualTo("continue-button");
    }

    @Test
    void answeringWithTheKeyboardKeepsTheFocusOnTheAnswer() {
        shortcut(KeyCode.DIGIT1);
        String check = column("SELECT id FROM self_check WHERE position = 0").get(0);
        String agree = "self-check-" + check + "-agree";
        robot.interact(() -> robot.lookup("#" + agree).query().requestFocus());
        Node before = stage.getScene().getFocusOwner();

        key(KeyCode.SPACE);
        waitUntil(() -> column("SELECT answer FROM self_check_answer WHERE check_id = ?", check).equals(List.of("AGREE")));
        waitUntil(() -> this.<Label>node("#self-check-summary").getText().startsWith("You agree with 1"));

        assertThat(stage.getScene().getFocusOwner()).as("the focus stays on the answer just given").isSameAs(before);
        assertThat(before.getId()).isEqualTo(agree);
    }

    @Test
    void aTickElsewhereUpdatesTheOverviewsNodesInsteadOfReplacingThem() {
        shortcut(KeyCode.DIGIT1);
        Label percent = node("#overall-percent");
        assertThat(percent.getText()).isEqualTo("0%");
        Label steps = node("#overview-section-" + FixturePath.STEPS);
        Node continueButton = node("#continue-button");

        shortcut(KeyCode.DIGIT2);
        key(KeyCode.D);
        assertOnDisk(FixturePath.LEARN_LANGUAGE, "DONE");
        shortcut(KeyCode.DIGIT1);

        waitUntil(() -> !this.<Label>node("#overall-percent").getText().equals("0%"));
        assertThat(this.<Label>node("#overall-percent")).isSameAs(percent);
        assertThat(this.<Label>node("#overview-section-" + FixturePath.STEPS)).isSameAs(steps);
        assertThat(steps.getText()).isEqualTo("1 of 4 done");
        assertThat(this.<Node>node("#continue-button")).isSameAs(continueButton);
    }
}

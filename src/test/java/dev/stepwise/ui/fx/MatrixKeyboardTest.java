package dev.stepwise.ui.fx;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stepwise.fixtures.FixturePath;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * After any command in the skill's detail pane the keys belong to the grid again: ↓ moves to the next skill and never
 * changes a target; the rate buttons show the level the skill is at. Each test repeats a defect a new user saw.
 */
class MatrixKeyboardTest extends AppTestBase {
    private static final String LANGUAGE = FixturePath.LANGUAGE.id();

    @Test
    void afterChoosingATargetDownMovesToTheNextSkillAndChangesNoTarget() {
        shortcut(KeyCode.DIGIT3);
        assertThat(this.<Label>node("#detail-skill-name").getText()).isEqualTo(FixturePath.LANGUAGE.name());

        robot.clickOn("#skill-target");
        waitUntil(() -> shown(".combo-box-popup"));
        robot.clickOn(robot.lookup(".combo-box-popup .list-cell").queryAllAs(ListCell.class).stream()
                .filter(cell -> "4 Teaches".equals(cell.getText())).findFirst().orElseThrow());
        waitUntil(() -> targetOnDisk(LANGUAGE).equals(List.of("4")));

        key(KeyCode.DOWN);
        waitUntil(() -> this.<Label>node("#detail-skill-name").getText().equals(FixturePath.DATABASES.name()));
        assertThat(targetOnDisk(LANGUAGE)).containsExactly("4");
        assertThat(targetOnDisk(FixturePath.DATABASES.id())).isEmpty();
    }

    @Test
    void downOnTheTargetBoxOpensItInsteadOfSavingAnotherTarget() {
        shortcut(KeyCode.DIGIT3);
        robot.interact(() -> robot.lookup("#skill-target").query().requestFocus());

        key(KeyCode.DOWN);

        assertThat(shown(".combo-box-popup")).as("the list of levels is open").isTrue();
        key(KeyCode.ESCAPE);
        assertThat(targetOnDisk(LANGUAGE)).isEmpty();
    }

    @Test
    void escapeInTheEvidenceFieldGoesBackToTheGridKeepingWhatWasTyped() {
        shortcut(KeyCode.DIGIT3);
        robot.clickOn("#rating-evidence");
        robot.write("Built a CLI");

        key(KeyCode.ESCAPE);

        TextField evidence = node("#rating-evidence");
        assertThat(evidence.isFocused()).isFalse();
        assertThat(evidence.getText()).as("a draft for the next rating").isEqualTo("Built a CLI");
        key(KeyCode.DOWN);
        waitUntil(() -> this.<Label>node("#detail-skill-name").getText().equals(FixturePath.DATABASES.name()));
        assertThat(evidence.getText()).isEmpty();
    }

    @Test
    void afterConfirmingASuggestionDownStillMoves() {
        shortcut(KeyCode.DIGIT2);
        clickInItemRow(FixturePath.LEARN_LANGUAGE, ".status-button");
        assertOnDisk(FixturePath.LEARN_LANGUAGE, "DONE");
        shortcut(KeyCode.DIGIT3);
        robot.clickOn("#skill-row-" + LANGUAGE + " .skill-name");
        waitUntil(() -> shown("#accept-suggestion"));

        robot.clickOn("#accept-suggestion");
        waitUntil(() -> column("SELECT level FROM skill_rating WHERE skill_id = ?", LANGUAGE).equals(List.of("1")));

        key(KeyCode.DOWN);
        waitUntil(() -> this.<Label>node("#detail-skill-name").getText().equals(FixturePath.DATABASES.name()));
    }

    @Test
    void theRateButtonsShowTheCurrentLevel() {
        shortcut(KeyCode.DIGIT3);
        assertThat(currentButtons()).containsExactly("rate-0");
        List<Bounds> placesBefore = rateButtonPlaces();

        key(KeyCode.DIGIT2);
        waitUntil(() -> currentButtons().equals(List.of("rate-2")));
        assertThat(this.<Button>node("#rate-2").getAccessibleText()).contains("current level");
        assertThat(((FontIcon) this.<Button>node("#rate-2").getGraphic()).getIconLiteral()).isEqualTo("mdi2c-check-circle");
        assertThat(((FontIcon) this.<Button>node("#rate-0").getGraphic()).getIconLiteral()).isEqualTo("mdi2c-circle-outline");
        // The buttons stay where they were: the current one used to turn bold, wider, and push the others to a new line.
        assertThat(rateButtonPlaces()).isEqualTo(placesBefore);

        robot.clickOn("#rate-3");
        waitUntil(() -> currentButtons().equals(List.of("rate-3")));
        // The click handed the keys back to the grid.
        key(KeyCode.LEFT);
        waitUntil(() -> currentButtons().equals(List.of("rate-2")));
    }

    private List<Bounds> rateButtonPlaces() {
        return robot.lookup(".rate-button").queryAllAs(Button.class).stream().map(Button::getBoundsInParent).toList();
    }

    private List<String> currentButtons() {
        return robot.lookup(".rate-button").queryAllAs(Button.class).stream()
                .filter(button -> button.getPseudoClassStates().stream().anyMatch(state -> state.getPseudoClassName().equals("current")))
                .map(Button::getId).toList();
    }

    private List<String> targetOnDisk(String skillId) {
        return column("SELECT target_level FROM skill_target WHERE skill_id = ?", skillId);
    }
}

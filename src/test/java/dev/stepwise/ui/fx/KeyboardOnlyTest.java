package dev.stepwise.ui.fx;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stepwise.fixtures.FixturePath;
import java.util.List;
import java.util.function.Predicate;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;

/**
 * A learner who never touches the mouse: every screen is used with the keyboard alone, and each step is checked
 * where it lands — on disk. The robot only presses keys here.
 */
class KeyboardOnlyTest extends AppTestBase {

    @Test
    void theChecklistWithTheKeyboardAlone() {
        shortcut(KeyCode.DIGIT2);
        key(KeyCode.DOWN);
        key(KeyCode.L);
        assertOnDisk(FixturePath.LEARN_SQL, "LEARNING");

        tabUntil(node -> "sub-item-joins".equals(node.getId()));
        key(KeyCode.SPACE);
        waitUntil(() -> column("SELECT sub_item_id FROM sub_item_progress WHERE item_id = ?", FixturePath.LEARN_SQL)
                .equals(List.of("joins")));

        tabUntil(node -> "note".equals(node.getId()));
        robot.write("Joins first, then indexes");
        waitUntil(() -> column("SELECT note FROM item_progress WHERE item_id = ?", FixturePath.LEARN_SQL)
                .equals(List.of("Joins first, then indexes")));

        shortcut(KeyCode.F);
        robot.write("cloud");
        key(KeyCode.DOWN);
        key(KeyCode.D);
        assertOnDisk(FixturePath.DEPLOY, "DONE");
    }

    @Test
    void theSkillsMatrixWithTheKeyboardAlone() {
        shortcut(KeyCode.DIGIT3);
        key(KeyCode.DIGIT2);
        waitUntil(() -> ratings(FixturePath.LANGUAGE.id()).equals(List.of("2")));
        key(KeyCode.DOWN);
        key(KeyCode.RIGHT);
        waitUntil(() -> ratings(FixturePath.DATABASES.id()).equals(List.of("1")));

        // The grid is one Tab stop, however many skills it has: the next Tabs go on into the skill's detail.
        tabUntil(node -> "skill-target".equals(node.getId()));
        assertThat(this.<Label>node("#detail-skill-name").getText()).isEqualTo(FixturePath.DATABASES.name());
        key(KeyCode.DOWN);
        key(KeyCode.DOWN);
        key(KeyCode.ENTER);
        waitUntil(() -> column("SELECT target_level FROM skill_target WHERE skill_id = ?", FixturePath.DATABASES.id())
                .equals(List.of("4")));

        // Choosing gave the keys back to the grid: ↓ moves to the next skill.
        key(KeyCode.DOWN);
        waitUntil(() -> this.<Label>node("#detail-skill-name").getText().equals(FixturePath.API_DESIGN.name()));
    }

    @Test
    void theOverviewWithTheKeyboardAlone() {
        shortcut(KeyCode.DIGIT1);
        String check = column("SELECT id FROM self_check WHERE position = 0").get(0);
        tabUntil(node -> ("self-check-" + check + "-agree").equals(node.getId()));
        key(KeyCode.SPACE);
        waitUntil(() -> column("SELECT answer FROM self_check_answer WHERE check_id = ?", check).equals(List.of("AGREE")));

        tabUntil(node -> "continue-button".equals(node.getId()));
        key(KeyCode.ENTER);
        waitUntil(() -> stage.getTitle().startsWith("Checklist"));
        key(KeyCode.D);
        assertOnDisk(FixturePath.LEARN_LANGUAGE, "DONE");
    }

    private List<String> ratings(String skillId) {
        return column("SELECT level FROM skill_rating WHERE skill_id = ? ORDER BY id", skillId);
    }

    /** Presses Tab until the focus is on the wanted control; fails when forty presses do not reach it. */
    private void tabUntil(Predicate<Node> wanted) {
        for (int i = 0; i < 40; i++) {
            Node owner = stage.getScene().getFocusOwner();
            if (owner != null && wanted.test(owner)) {
                return;
            }
            key(KeyCode.TAB);
        }
        throw new AssertionError("Tab never reached the control; focus is on " + stage.getScene().getFocusOwner());
    }
}

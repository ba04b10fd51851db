package dev.stepwise.ui.fx;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stepwise.fixtures.FixturePath;
import java.util.List;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;

/**
 * Undo and redo from the keyboard and the Edit menu, in the window: the menu says what will be undone, Ctrl+Z takes
 * the change back on screen and on disk, Ctrl+Shift+Z and Ctrl+Y make it again, and it still works after a restart.
 */
class UndoScreenTest extends AppTestBase {
    private static final String ITEM = FixturePath.LEARN_LANGUAGE;

    @Test
    void theMenuSaysWhatWillBeUndoneAndCtrlZTakesItBack() throws TimeoutException {
        assertThat(menuItem("menu-undo").isDisable()).as("nothing to undo at first").isTrue();
        assertThat(menuItem("menu-undo").getText()).isEqualTo("Undo");
        shortcut(KeyCode.DIGIT2);
        String title = this.<Label>node("#detail-title").getText();

        key(KeyCode.D);
        assertOnDisk(ITEM, "DONE");
        waitUntil(() -> menuItem("menu-undo").getText().equals("Undo: mark “" + title + "” done"));
        assertThat(menuItem("menu-undo").isDisable()).isFalse();

        shortcut(KeyCode.Z);
        assertOnDisk(ITEM, "NOT_STARTED");
        waitUntil(() -> statusBar().contains("Undone: mark “" + title + "” done"));
        waitUntil(() -> menuItem("menu-redo").getText().equals("Redo: mark “" + title + "” done"));
        waitUntil(() -> this.<ToggleButton>node("#detail-status-not_started").isSelected());

        KeyStrokes.stroke(robot, KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.Z);
        assertOnDisk(ITEM, "DONE");
        shortcut(KeyCode.Z);
        assertOnDisk(ITEM, "NOT_STARTED");
        shortcut(KeyCode.Y);
        assertOnDisk(ITEM, "DONE");
    }

    /**
     * What an undo brings back is what the page selects: a deleted item came back somewhere in the list while the
     * selection stayed on its neighbour, and the learner had to find it. The page is never switched for it.
     */
    @Test
    void thePageSelectsWhatAnUndoBroughtBack() {
        shortcut(KeyCode.DIGIT2);
        key(KeyCode.D);
        assertOnDisk(ITEM, "DONE");
        key(KeyCode.DOWN);
        waitUntil(() -> this.<Label>node("#detail-title").getText().equals("Learn SQL and design databases"));

        shortcut(KeyCode.Z);
        assertOnDisk(ITEM, "NOT_STARTED");
        waitUntil(() -> this.<Label>node("#detail-title").getText().equals("Learn a programming language"));

        key(KeyCode.DOWN);
        key(KeyCode.DELETE);
        waitUntil(() -> column("SELECT COUNT(*) FROM item WHERE id = ?", FixturePath.LEARN_SQL).equals(List.of("0")));
        waitUntil(() -> this.<Label>node("#detail-title").getText().equals("Build a small API"));
        shortcut(KeyCode.Z);
        waitUntil(() -> column("SELECT COUNT(*) FROM item WHERE id = ?", FixturePath.LEARN_SQL).equals(List.of("1")));
        waitUntil(() -> this.<Label>node("#detail-title").getText().equals("Learn SQL and design databases"));
        assertThat(stage.getTitle()).startsWith("Checklist");

        // The matrix does the same with a rating.
        shortcut(KeyCode.DIGIT3);
        String rated = this.<Label>node("#detail-skill-name").getText();
        key(KeyCode.DIGIT2);
        waitUntil(() -> column("SELECT COUNT(*) FROM skill_rating").equals(List.of("1")));
        key(KeyCode.DOWN);
        waitUntil(() -> !this.<Label>node("#detail-skill-name").getText().equals(rated));
        shortcut(KeyCode.Z);
        waitUntil(() -> column("SELECT COUNT(*) FROM skill_rating").equals(List.of("0")));
        waitUntil(() -> this.<Label>node("#detail-skill-name").getText().equals(rated));
        assertThat(stage.getTitle()).startsWith("Skills matrix");
    }

    @Test
    void undoSurvivesARestart() throws TimeoutException {
        shortcut(KeyCode.DIGIT2);
        key(KeyCode.L);
        assertOnDisk(ITEM, "LEARNING");

        restart();
        waitUntil(() -> !menuItem("menu-undo").isDisable());
        shortcut(KeyCode.Z);

        assertOnDisk(ITEM, "NOT_STARTED");
    }

    @Test
    void inTheNoteCtrlZUndoesTypingNotTheLastChange() {
        shortcut(KeyCode.DIGIT2);
        key(KeyCode.D);
        assertOnDisk(ITEM, "DONE");
        TextArea note = node("#note");
        robot.clickOn(note);
        robot.write("abc");
        shortcut(KeyCode.Z);

        assertThat(note.getText()).isEmpty();
        assertThat(itemStatusOnDisk(ITEM)).isEqualTo("DONE");
    }
}

package dev.stepwise.ui.fx;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stepwise.fixtures.FixturePath;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;

/** The path menu's Reset progress…: it asks (saying what goes), backs up first, clears the progress, and Ctrl+Z brings it back. */
class ResetProgressScreenTest extends AppTestBase {
    private static final String ITEM = FixturePath.LEARN_LANGUAGE;

    @Test
    void resetAsksBacksUpClearsAndCanBeUndone() {
        shortcut(KeyCode.DIGIT2);
        key(KeyCode.D);
        assertOnDisk(ITEM, "DONE");
        MenuBar bar = robot.lookup(".menu-bar").query();
        MenuItem reset = bar.getMenus().get(0).getItems().stream().filter(item -> "reset-progress".equals(item.getId()))
                .findFirst().orElseThrow();

        robot.interact(reset::fire);
        waitUntil(() -> shown("#confirm-action"));
        DialogPane question = (DialogPane) this.<Button>node("#confirm-action").getScene().getRoot();
        assertThat(((Label) question.getContent()).getText()).contains("1 item done");
        assertThat(this.<Button>node("#confirm-action").getText()).isEqualTo("Reset progress");
        robot.clickOn("#confirm-action");

        waitUntil(() -> column("SELECT status FROM item_progress WHERE item_id = ?", ITEM).isEmpty());
        assertThat(column("SELECT count(*) FROM activity WHERE kind = 'PROGRESS_RESET'")).containsExactly("1");
        // The start-up backup may share the second with this one, which then gets a "-2" (BackupFile).
        assertThat(backupsMade()).anyMatch(name -> name.matches("stepwise-.*-before-reset(-\\d+)?\\.db"));

        shortcut(KeyCode.Z);
        assertOnDisk(ITEM, "DONE");
    }

    private java.util.List<String> backupsMade() {
        try (var files = java.nio.file.Files.list(databaseFile().resolveSibling("backups"))) {
            return files.map(file -> file.getFileName().toString()).toList();
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }
}

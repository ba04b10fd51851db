package dev.stepwise.ui.fx;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stepwise.fixtures.FixturePath;
import dev.stepwise.service.BackupFile;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;

/**
 * File ▸ Backups…: the start-up backup is listed with what it holds, "Back up now" adds one, and a restore (after
 * its question) puts the backup's data back on screen and on disk without a restart, backing up what was there first.
 */
class BackupsScreenTest extends AppTestBase {
    private static final String ITEM = FixturePath.LEARN_LANGUAGE;

    private void openBackups() {
        MenuBar bar = robot.lookup(".menu-bar").query();
        MenuItem backups = bar.getMenus().get(0).getItems().stream().filter(item -> "Backups…".equals(item.getText()))
                .findFirst().orElseThrow();
        robot.interact(backups::fire);
        waitUntil(() -> shown("#backups-list"));
    }

    private ListView<BackupFile> list() {
        return robot.lookup("#backups-list").queryListView();
    }

    @Test
    void aBackupMadeNowIsRestoredOnScreenAndOnDiskWithoutARestart() {
        openBackups();
        // The first start made one: it is listed, and says what it holds.
        waitUntil(() -> list().getItems().size() == 1);
        waitUntil(() -> this.<Label>node("#backups-holds").getText().equals("Holds 1 path and no items done."));
        robot.clickOn("#backups-now");
        waitUntil(() -> list().getItems().size() == 2);
        robot.interact(() -> robot.lookup("#backups-dialog").query().getScene().getWindow().hide());

        shortcut(KeyCode.DIGIT2);
        key(KeyCode.D);
        assertOnDisk(ITEM, "DONE");

        openBackups();
        waitUntil(() -> list().getItems().size() == 2);
        robot.interact(() -> list().getSelectionModel().selectFirst());
        robot.clickOn("#backups-restore");
        waitUntil(() -> shown("#confirm-action"));
        assertThat(this.<Button>node("#confirm-action").getText()).isEqualTo("Restore");
        robot.clickOn("#confirm-action");

        assertOnDisk(ITEM, "NOT_STARTED");
        waitUntil(() -> this.<ToggleButton>node("#detail-status-not_started").isSelected());
        // What was there before the restore is kept as a backup of its own.
        assertThat(column("SELECT status FROM item_progress WHERE item_id = ?", ITEM)).isEmpty();
        openBackups();
        waitUntil(() -> list().getItems().size() == 3);
        assertThat(list().getItems().get(0).reason().token()).isEqualTo("before-restore");
    }
}

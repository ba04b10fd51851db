package dev.stepwise.ui.fx;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stepwise.store.Probe;
import dev.stepwise.domain.BackupReason;
import dev.stepwise.domain.ItemStatus;
import dev.stepwise.fixtures.FixturePath;
import dev.stepwise.service.Stepwise;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.text.Text;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;

/**
 * A data file that cannot be opened gets a dialog naming the file and the reason — no stack trace, no crash,
 * and the file left exactly as it was.
 */
class StartupFailureTest extends AppTestBase {

    @Override
    @BeforeEach
    void startApp() {
        // Each test prepares its own broken data folder before starting the app.
    }

    @Override
    @AfterEach
    void stopApp() throws java.util.concurrent.TimeoutException {
        FxToolkit.cleanupStages();
    }

    private String startupMessage() {
        waitUntil(() -> robot.lookup(".dialog-pane").match(AppTestBase::visible).tryQuery().isPresent());
        DialogPane dialog = robot.lookup(".dialog-pane").query();
        return dialog.getHeaderText() + "\n" + ((Label) dialog.getContent()).getText();
    }

    @Test
    void aFileThatIsNotADatabaseIsNamedAndLeftUntouched() throws Exception {
        byte[] garbage = "these are my holiday notes, not a database".getBytes();
        Files.write(databaseFile(), garbage);

        launchWithoutWaiting();

        String text = startupMessage();
        assertThat(text).contains("Stepwise cannot start")
                .contains(databaseFile().toString())
                .contains("not a Stepwise database")
                .contains("Nothing was changed")
                .doesNotContain("Exception")
                .doesNotContain("at dev.");
        robot.clickOn("OK");
        waitUntil(() -> exitRequests.get() == 1);
        assertThat(Files.readAllBytes(databaseFile())).isEqualTo(garbage);
        assertThat(robot.lookup("#main-window").tryQuery()).isEmpty();
    }

    @Test
    void aDatabaseFromANewerStepwiseIsRefusedWithItsVersion() throws Exception {
        // A Stepwise file (a bare SQLite file with only a version is another program's, refused as such).
        Stepwise.open(databaseFile(), List.of(), Clock.systemUTC()).close();
        try (var connection = java.sql.DriverManager.getConnection("jdbc:sqlite:" + databaseFile());
             var statement = connection.createStatement()) {
            statement.execute("PRAGMA user_version = 42");
        }
        byte[] before = Files.readAllBytes(databaseFile());

        launchWithoutWaiting();

        assertThat(startupMessage()).contains(databaseFile().toString()).contains("newer version of Stepwise")
                .contains("schema version 42");
        robot.clickOn("OK");
        waitUntil(() -> exitRequests.get() == 1);
        assertThat(Files.readAllBytes(databaseFile())).isEqualTo(before);
    }

    /** The learner's own file, damaged: kept aside byte for byte, and the newest good backup opens in its place. */
    @Test
    void aDamagedFileIsKeptAsideAndTheChosenBackupOpensInItsPlace() throws Exception {
        try (Stepwise stepwise = Stepwise.open(databaseFile(), List.of(FixturePath.path()), Clock.systemUTC())) {
            stepwise.progress().setStatus(FixturePath.ID, FixturePath.LEARN_SQL, ItemStatus.DONE);
            stepwise.backups().backUp(BackupReason.MANUAL);
        }
        Probe.damageMiddlePage(databaseFile());
        byte[] damaged = Files.readAllBytes(databaseFile());

        launchWithoutWaiting();
        waitUntil(() -> shown("#recovery-backup"));
        assertThat(this.<Button>node("#recovery-backup").getText()).startsWith("Restore the backup of");
        // Each choice is read whole: the theme's width cap used to cut them to "Keep wh…" and "Restore the backup of Dec 1, …".
        DialogPane recovery = node("#recovery-dialog");
        assertThat(recovery.lookupAll(".button")).hasSize(4).allSatisfy(button -> assertThat(
                ((Text) button.lookup(".text")).getText()).isEqualTo(((Button) button).getText()));
        // Outside a test the dialog is the only window, and closing the last window ends the toolkit: the app then quit
        // instead of opening the recovered file (seen under Xvfb). TestFX turns that off for its own stages, so only the
        // guard can be read here: off while the dialog shows, and as it was once the window is up.
        boolean implicitExit = Platform.isImplicitExit();
        assertThat(implicitExit).as("closing the dialog must not end the app").isFalse();
        robot.clickOn("#recovery-backup");

        waitUntil(() -> shown("#main-window"));
        assertThat(Platform.isImplicitExit()).isEqualTo(implicitExit);
        assertThat(itemStatusOnDisk(FixturePath.LEARN_SQL)).isEqualTo("DONE");
        try (var files = Files.list(dataDir)) {
            Path aside = files.filter(file -> file.getFileName().toString().startsWith("stepwise.db.damaged-")
                    && !file.getFileName().toString().endsWith("-wal") && !file.getFileName().toString().endsWith("-shm"))
                    .findFirst().orElseThrow();
            assertThat(Files.readAllBytes(aside)).isEqualTo(damaged);
        }
        assertThat(exitRequests.get()).isZero();
    }
}

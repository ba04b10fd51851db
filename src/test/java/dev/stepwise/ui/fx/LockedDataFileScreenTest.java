package dev.stepwise.ui.fx;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stepwise.fixtures.FixturePath;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;

/**
 * Another program holds the data file while the window is open (a sync tool, sqlite3 in a transaction); a full disk
 * refuses writes the same way. Reading goes on: moving between pages is not a change of the learner's, so not
 * remembering it is said in the status line only, where a dialog used to open at every click. A real change is
 * refused with one dialog whose sentence says what happened and what to do, without the advice meant for other
 * failures. The lock is real: a raw connection holds a write transaction, and each refused write waits out the
 * store's busy timeout.
 */
class LockedDataFileScreenTest extends AppTestBase {

    @Test
    void pagesStillOpenAndAChangeIsRefusedWithOneClearDialog() throws Exception {
        shortcut(KeyCode.DIGIT1);
        waitUntil(() -> shown("#overview-title"));
        try (Connection other = DriverManager.getConnection("jdbc:sqlite:" + databaseFile());
             Statement statement = other.createStatement()) {
            statement.execute("BEGIN IMMEDIATE");
            statement.execute("DELETE FROM preference WHERE key = 'no such key'");

            shortcut(KeyCode.DIGIT3);
            waitUntil(() -> statusBar().startsWith("Where you are was not remembered for the next start: The data file "));
            assertThat(shown("#matrix-split")).isTrue();
            assertThat(robot.lookup(".dialog-pane").match(AppTestBase::visible).tryQuery()).as("no dialog for a page").isEmpty();

            shortcut(KeyCode.DIGIT2);
            waitUntil(() -> itemRowShown(FixturePath.LEARN_LANGUAGE));
            robot.clickOn(itemRow(FixturePath.LEARN_LANGUAGE));
            key(KeyCode.D);
            waitUntil(() -> shown(".dialog-pane"));
            assertThat(dialogHeader()).isEqualTo("Your last change was not saved");
            assertThat(dialogText()).startsWith("The data file " + databaseFile() + " is locked by another program, so nothing "
                    + "was changed.").endsWith("The screen shows what is on disk.").doesNotContain("close other programs");
            statement.execute("ROLLBACK");
        }
        assertOnDisk(FixturePath.LEARN_LANGUAGE, "NOT_STARTED");
    }
}

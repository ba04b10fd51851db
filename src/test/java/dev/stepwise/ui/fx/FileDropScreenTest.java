package dev.stepwise.ui.fx;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stepwise.fixtures.FixturePath;
import dev.stepwise.store.Snapshot;
import dev.stepwise.ui.transfer.FileDrops;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;

/**
 * Files dragged from the desktop onto the window are taken as the File menu takes them: a path or progress file is
 * previewed and written only on confirmation, whichever its "format" says it is; a role description opens the role
 * import with its text; several files at once, or a file that is neither, are refused with a message and change nothing.
 */
class FileDropScreenTest extends AppTestBase {

    private void drop(Path... files) {
        AtomicBoolean accepted = new AtomicBoolean();
        robot.interact(() -> accepted.set(FileDrag.drop(stage.getScene(), List.of(files))));
        assertThat(accepted).as("the window takes files dragged over it").isTrue();
    }

    @Test
    void aDroppedProgressFileIsPreviewedThenMerged() {
        shortcut(KeyCode.DIGIT2);
        clickInItemRow(FixturePath.LEARN_SQL, ".status-button");
        assertOnDisk(FixturePath.LEARN_SQL, "DONE");
        Path progress = exportProgressFromThePathMenu();
        clickInItemRow(FixturePath.LEARN_SQL, ".status-button");
        assertOnDisk(FixturePath.LEARN_SQL, "NOT_STARTED");
        Snapshot before = Snapshot.of(databaseFile());

        drop(progress);

        waitUntil(() -> shown("#progress-import-changes"));
        assertThat(this.<ListView<?>>node("#progress-import-changes").getItems()).hasSize(1);
        assertThat(before.changesTo(Snapshot.of(databaseFile()))).as("the preview writes nothing").isEmpty();
        robot.clickOn("#import-progress-apply");
        assertOnDisk(FixturePath.LEARN_SQL, "DONE");
    }

    @Test
    void aDroppedPathFileIsPreviewedThenImportedAsACopy() {
        Path exported = dataDir.resolve("mine.json");
        files.next(exported);
        shortcut(KeyCode.E);
        waitUntil(() -> Files.exists(exported));
        robot.interact(() -> FileDrag.over(stage.getScene(), List.of(exported)));
        assertThat(stage.getScene().getRoot().getPseudoClassStates()).as("outlined while files are over it")
                .contains(FileDrops.FILE_DRAG);

        drop(exported);
        assertThat(stage.getScene().getRoot().getPseudoClassStates()).doesNotContain(FileDrops.FILE_DRAG);

        waitUntil(() -> shown("#path-import-changes"));
        robot.clickOn("#import-path-copy");
        waitUntil(() -> column("SELECT id FROM path ORDER BY id").equals(List.of(FixturePath.ID, FixturePath.ID + "-2")));
    }

    @Test
    void aDroppedRoleDescriptionOpensTheRoleImportWithItsText() throws IOException {
        Path role = dataDir.resolve("Data Engineer.md");
        try (InputStream in = getClass().getResourceAsStream("/dev/stepwise/io/roles/data-engineer-bullets-crlf-bom.txt")) {
            Files.write(role, in.readAllBytes());
        }

        drop(role);

        waitUntil(() -> shown("#role-text"));
        assertThat(this.<TextArea>node("#role-text").getText()).contains("Data Engineer");
        waitUntil(() -> robot.lookup("#role-preview-title").tryQuery().isPresent());
        robot.clickOn("#create-role-path");
        waitUntil(() -> column("SELECT COUNT(*) FROM path").equals(List.of("2")));
    }

    @Test
    void severalFilesOrAFileOfNeitherKindAreRefusedAndChangeNothing() throws IOException {
        Path notes = Files.writeString(dataDir.resolve("notes.json"), "{\"format\": \"my-notes\", \"items\": []}");
        Snapshot before = Snapshot.of(databaseFile());

        drop(notes, notes);
        waitUntil(() -> shown(".dialog-pane"));
        assertThat(dialogHeader()).isEqualTo("Drop one file at a time");
        robot.type(KeyCode.ENTER);
        waitUntil(() -> !shown(".dialog-pane"));

        drop(notes);
        waitUntil(() -> shown(".dialog-pane"));
        assertThat(dialogHeader()).isEqualTo("“notes.json” cannot be imported");
        assertThat(dialogText()).startsWith("notes.json, field format: must be \"stepwise-path\" or \"stepwise-progress\", was "
                + "\"my-notes\"").endsWith("Nothing was changed.");
        assertThat(before.changesTo(Snapshot.of(databaseFile()))).isEmpty();
    }
}

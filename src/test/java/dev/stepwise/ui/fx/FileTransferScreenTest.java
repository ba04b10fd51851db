package dev.stepwise.ui.fx;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stepwise.bench.SyntheticPath;
import dev.stepwise.domain.Item;
import dev.stepwise.domain.LearningPath;
import dev.stepwise.domain.PathEdits;
import dev.stepwise.fixtures.FixturePath;
import dev.stepwise.io.PathFileReader;
import dev.stepwise.io.PathFileWriter;
import dev.stepwise.io.ProgressFileReader;
import dev.stepwise.service.Stepwise;
import dev.stepwise.store.IdleCheckpoints;
import dev.stepwise.store.Snapshot;
import dev.stepwise.store.WalIndex;
import dev.stepwise.ui.common.FilePicker;
import dev.stepwise.ui.shell.StatusBarView;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;

/**
 * Paths and progress out of and into the window through the File menu: exports write files that read back to what
 * is stored; an import shows what it would change, writes nothing until confirmed, and a file that cannot be used is
 * refused with its name and field and changes nothing.
 */
class FileTransferScreenTest extends AppTestBase {

    @Test
    void anExportedPathUpdatedElsewhereComesBackMergedAfterAPreview() throws IOException {
        tickLearnSql();
        Path exported = dataDir.resolve("exported.json");
        files.next(exported);
        shortcut(KeyCode.E);
        waitUntil(() -> Files.exists(exported));
        LearningPath read = read(exported);
        assertThat(read.id()).isEqualTo(FixturePath.ID);
        assertThat(read.sections()).isEqualTo(FixturePath.path().sections());
        assertThat(files.asked()).containsExactly(new GivenFiles.Question("Export path", FilePicker.Kind.PATH_FILE,
                FixturePath.ID + ".json"));
        waitUntil(() -> this.<StatusBarView>node("#status-bar").getText().equals("Saved · Exported the path to exported.json"));

        // An instructor renames one step and drops another, and hands the file back as version 2.
        String json = Files.readString(exported)
                .replace("\"contentVersion\" : 1", "\"contentVersion\" : 2")
                .replace("\"Learn SQL and design databases\"", "\"Learn SQL, then design databases\"");
        Path updated = dataDir.resolve("updated.json");
        Files.writeString(updated, json);
        Snapshot before = Snapshot.of(databaseFile());
        files.next(updated);
        shortcut(KeyCode.O);

        waitUntil(() -> shown("#path-import-changes"));
        assertThat(dialogHeader()).isEqualTo("“" + FixturePath.TITLE + "” is already in your workspace");
        assertThat(shown("#path-import-older")).as("a newer file is not older").isFalse();
        assertThat(this.<Button>node("#import-path-update").isDefaultButton()).isTrue();
        ListView<?> changes = node("#path-import-changes");
        assertThat(changes.getItems()).hasSize(1);
        assertThat(changes.getItems().get(0).toString()).contains("RENAMED", "Learn SQL, then design databases");
        assertThat(before.changesTo(Snapshot.of(databaseFile()))).as("the preview writes nothing").isEmpty();

        robot.clickOn("#import-path-update");
        waitUntil(() -> column("SELECT title FROM item WHERE path_id = ? AND id = ?", FixturePath.ID, FixturePath.LEARN_SQL)
                .equals(List.of("Learn SQL, then design databases")));
        assertThat(itemStatusOnDisk(FixturePath.LEARN_SQL)).as("progress survives the update").isEqualTo("DONE");
        assertThat(column("SELECT content_version FROM path WHERE id = ?", FixturePath.ID)).containsExactly("2");
        assertThat(column("SELECT kind FROM activity WHERE path_id = ? ORDER BY id DESC LIMIT 1", FixturePath.ID))
                .containsExactly("PATH_UPDATED");
        shortcut(KeyCode.DIGIT2);
        waitUntil(() -> this.<Label>inItemRow(FixturePath.LEARN_SQL, ".item-title").getText()
                .equals("Learn SQL, then design databases"));
    }

    @Test
    void anOlderFileSaysItIsOlderAndUpdatesOnlyWhenUpdateIsClicked() throws Exception {
        // The learner's copy is version 2, which renamed the SQL step and added a Docker step; the file is version 1.
        stopApp();
        LearningPath v1 = FixturePath.path();
        LearningPath edited = PathEdits.addItem(PathEdits.updateItem(v1, FixturePath.LEARN_SQL,
                item -> item.withTitle("Learn SQL (revised)")), FixturePath.STEPS, Integer.MAX_VALUE,
                new Item("learn-docker", "Package services with Docker", "", List.of(), List.of(), List.of(), null, null));
        try (Stepwise stepwise = Stepwise.open(databaseFile(), List.of(v1), clock)) {
            stepwise.pathFiles().importPath(new LearningPath(v1.id(), 2, v1.title(), v1.tagline(), v1.overview(),
                    v1.industries(), edited.skills(), edited.sections(), v1.selfChecks()), false);
        }
        launch();
        Path older = Files.writeString(dataDir.resolve("v1.json"), new PathFileWriter().write(v1));
        Snapshot before = Snapshot.of(databaseFile());

        files.next(older);
        shortcut(KeyCode.O);
        waitUntil(() -> shown("#path-import-older"));
        assertThat(this.<Label>node("#path-import-older").getText()).isEqualTo("This file is older than your copy: the file is "
                + "version 1, your copy version 2. Updating would take back what version 2 changed: items that came with it "
                + "would be removed, or archived where you have progress on them.");
        assertThat(this.<Label>node("#path-import-older").getStyleClass()).contains("import-warning");
        Button update = node("#import-path-update");
        assertThat(update.isDisabled()).isFalse();
        assertThat(update.isDefaultButton()).isFalse();
        assertThat(shown("#import-path-copy")).isTrue();
        Button cancel = node("#path-import-cancel");
        waitUntil(cancel::isFocused);
        assertThat(cancel.isDefaultButton()).isTrue();
        key(KeyCode.ENTER);
        waitUntil(() -> !shown("#path-import-older"));
        assertThat(before.changesTo(Snapshot.of(databaseFile()))).as("Enter took nothing back").isEmpty();

        files.next(older);
        shortcut(KeyCode.O);
        waitUntil(() -> shown("#path-import-older"));
        robot.clickOn("#import-path-update");
        waitUntil(() -> column("SELECT content_version FROM path WHERE id = ?", FixturePath.ID).equals(List.of("1")));
        assertThat(column("SELECT COUNT(*) FROM item WHERE path_id = ? AND id = 'learn-docker'", FixturePath.ID))
                .containsExactly("0");
        waitUntil(() -> statusBar().equals("Saved · Updated “" + FixturePath.TITLE + "” from a file"));
    }

    @Test
    void aPathFileWithAnInstalledIdCanComeInAsASeparateCopy() throws IOException {
        Path exported = dataDir.resolve("mine.json");
        files.next(exported);
        shortcut(KeyCode.E);
        waitUntil(() -> Files.exists(exported));

        files.next(exported);
        shortcut(KeyCode.O);
        waitUntil(() -> shown("#path-import-changes"));
        // Nothing in it differs from what is installed: there is nothing to update.
        assertThat(this.<Button>node("#import-path-update").isDisabled()).isTrue();
        robot.clickOn("#import-path-copy");

        waitUntil(() -> column("SELECT id FROM path ORDER BY id").equals(List.of(FixturePath.ID, FixturePath.ID + "-2")));
        assertThat(column("SELECT COUNT(*) FROM item WHERE path_id = ?", FixturePath.ID + "-2")).containsExactly("8");
        // Named as Duplicate names a copy: two paths of one title could not be told apart (found by trying it).
        String copyTitle = "Copy of " + FixturePath.TITLE;
        assertThat(column("SELECT title FROM path WHERE id = ?", FixturePath.ID + "-2")).containsExactly(copyTitle);
        waitUntil(() -> stage.getTitle().equals("Overview — " + copyTitle + " — Stepwise")
                && this.<StatusBarView>node("#status-bar").getText().startsWith("Saved · Imported"));
        assertThat(column("SELECT kind FROM activity WHERE path_id = ?", FixturePath.ID + "-2")).containsExactly("PATH_IMPORTED");

        // A second copy is numbered.
        files.next(exported);
        shortcut(KeyCode.O);
        waitUntil(() -> shown("#path-import-changes"));
        robot.clickOn("#import-path-copy");
        waitUntil(() -> column("SELECT COUNT(*) FROM path").equals(List.of("3")));
        assertThat(column("SELECT title FROM path ORDER BY title")).containsExactly(copyTitle, copyTitle + " (2)", FixturePath.TITLE);
    }

    @Test
    void aPathFileTheStrictReaderRefusesIsNamedWithItsFieldAndChangesNothing() throws IOException {
        Path exported = dataDir.resolve("good.json");
        files.next(exported);
        shortcut(KeyCode.E);
        waitUntil(() -> Files.exists(exported));
        Path bad = dataDir.resolve("bad.json");
        Files.writeString(bad, Files.readString(exported).replace("\"contentVersion\" : 1", "\"contentVersion\" : \"3\""));
        Snapshot before = Snapshot.of(databaseFile());

        files.next(bad);
        shortcut(KeyCode.O);
        waitUntil(() -> shown(".dialog-pane"));
        assertThat(dialogHeader()).isEqualTo("“bad.json” cannot be imported");
        assertThat(dialogText()).startsWith("bad.json, field contentVersion: wrong kind of value: must be a whole number")
                .endsWith("Nothing was changed.");
        assertThat(before.changesTo(Snapshot.of(databaseFile()))).isEmpty();
    }

    @Test
    void progressExportedThenImportedBackIsPreviewedEntryByEntry() throws IOException {
        tickLearnSql();
        // The current path's own menu (⋯ in the sidebar) exports too.
        Path progress = exportProgressFromThePathMenu();
        assertThat(new ProgressFileReader().read("progress.json", new ByteArrayInputStream(Files.readAllBytes(progress)))
                .items().get(FixturePath.LEARN_SQL).status().name()).isEqualTo("DONE");

        // The learner undoes the tick by hand, then brings the exported progress back.
        clickInItemRow(FixturePath.LEARN_SQL, ".status-button");
        assertOnDisk(FixturePath.LEARN_SQL, "NOT_STARTED");
        Snapshot before = Snapshot.of(databaseFile());
        files.next(progress);
        clickFileMenuItem("#import-progress");

        waitUntil(() -> shown("#progress-import-changes"));
        ListView<?> changes = node("#progress-import-changes");
        assertThat(changes.getItems()).hasSize(1);
        assertThat(changes.getItems().get(0).toString()).contains(FixturePath.LEARN_SQL, "Not started → Done");
        assertThat(before.changesTo(Snapshot.of(databaseFile()))).isEmpty();

        robot.clickOn("#import-progress-apply");
        assertOnDisk(FixturePath.LEARN_SQL, "DONE");
        waitUntil(() -> this.<Label>node("#section-counts-steps").getText().equals("1 of 4 done"));
        assertThat(this.<StatusBarView>node("#status-bar").getText()).isEqualTo("Saved · Imported progress: 1 change");
        assertThat(column("SELECT kind FROM activity WHERE path_id = ? ORDER BY id DESC LIMIT 1", FixturePath.ID))
                .containsExactly("PROGRESS_IMPORTED");
    }

    @Test
    void aLargeImportIsReportedAndItsWriteAheadLogMovedIntoTheFileOnceTheStoreThreadIsIdle() throws IOException {
        LearningPath large = SyntheticPath.generate(3L, 3_000, 20, 80);
        Path file = SyntheticPath.write(large, dataDir.resolve("large.json"));
        Path log = databaseFile().resolveSibling(databaseFile().getFileName() + "-wal");

        files.next(file);
        shortcut(KeyCode.O);
        waitUntil(() -> shown("#import-path-new"));
        robot.clickOn("#import-path-new");

        waitUntil(() -> this.<StatusBarView>node("#status-bar").getText().startsWith("Saved · Imported"));
        // The commit wrote its pages (more than a checkpoint's worth) to the log; the idle store thread then moved them
        // into the file. The log file keeps its space to be written over, so SQLite's index of the log says what is
        // left in it: less than a checkpoint's worth (what the window writes next may start it again). Read before any
        // other connection opens the file.
        assertThat(sizeOf(log)).isGreaterThan(IdleCheckpoints.DUE_AT_BYTES);
        waitUntil(() -> WalIndex.pendingBytes(log).orElse(Long.MAX_VALUE) < IdleCheckpoints.DUE_AT_BYTES);
        assertThat(sizeOf(databaseFile())).isGreaterThan(IdleCheckpoints.DUE_AT_BYTES);
        assertThat(column("SELECT COUNT(*) FROM item WHERE path_id = ?", large.id())).containsExactly("3000");
    }

    private static long sizeOf(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void tickLearnSql() {
        shortcut(KeyCode.DIGIT2);
        clickInItemRow(FixturePath.LEARN_SQL, ".status-button");
        assertOnDisk(FixturePath.LEARN_SQL, "DONE");
    }

    private void clickFileMenuItem(String id) {
        robot.clickOn(robot.lookup(".menu-bar .menu").<Node>query());
        waitUntil(() -> shown(id));
        robot.clickOn(id);
    }

    private static LearningPath read(Path file) throws IOException {
        return new PathFileReader().read(file.getFileName().toString(), new ByteArrayInputStream(Files.readAllBytes(file)));
    }
}

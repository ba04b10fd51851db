package dev.stepwise.ui.transfer;

import static dev.stepwise.ui.common.MenuCommands.item;
import static dev.stepwise.ui.common.Messages.tr;

import dev.stepwise.ui.common.Dialogs;
import dev.stepwise.ui.common.FilePicker;
import dev.stepwise.ui.common.Transfers;
import dev.stepwise.ui.common.Transfers.PathFileImport;
import dev.stepwise.ui.common.Transfers.ProgressFileImport;
import dev.stepwise.ui.common.Workspace;
import dev.stepwise.ui.report.ReportActions;
import java.nio.file.Path;
import java.util.List;
import javafx.application.Platform;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCombination;
import javafx.stage.Window;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignE;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import org.kordamp.ikonli.materialdesign2.MaterialDesignT;

/**
 * The File menu's imports and exports: asks for the file, shows what an import would do and imports only on
 * confirmation; a file that cannot be used gets a message naming the file and the field, and changes nothing.
 */
public final class TransferActions {
    static final KeyCombination IMPORT_ROLE = KeyCombination.keyCombination("Shortcut+Shift+I");
    static final KeyCombination IMPORT_FILE = KeyCombination.keyCombination("Shortcut+O");
    static final KeyCombination EXPORT_PATH = KeyCombination.keyCombination("Shortcut+E");

    private final Transfers transfers;
    private final Workspace workspace;
    private final FilePicker picker;
    private final Window owner;
    private final ReportActions reports;

    public TransferActions(Transfers transfers, Workspace workspace, FilePicker picker, Window owner) {
        this.transfers = transfers;
        this.workspace = workspace;
        this.picker = picker;
        this.owner = owner;
        this.reports = new ReportActions(workspace, picker, owner, workspace.session().clock());
    }

    /** A fresh set of menu items (a menu item belongs to one menu only). */
    public List<MenuItem> menuItems() {
        return List.of(
                item(tr("menu.file.importRole"), "import-role", IMPORT_ROLE,
                        MaterialDesignT.TEXT_BOX_PLUS_OUTLINE, this::importRole),
                item(tr("menu.file.importPath"), "import-path", IMPORT_FILE, MaterialDesignF.FILE_IMPORT_OUTLINE, this::importPath),
                item(tr("menu.file.importProgress"), "import-progress", null, MaterialDesignC.CHART_LINE, this::importProgress),
                new SeparatorMenuItem(),
                item(tr("menu.file.exportPath"), "export-path", EXPORT_PATH, MaterialDesignE.EXPORT_VARIANT, this::exportPath),
                item(tr("menu.file.exportProgress"), "export-progress", null, MaterialDesignF.FILE_EXPORT_OUTLINE, this::exportProgress),
                item(tr("menu.file.exportReport"), "export-report", null, MaterialDesignF.FILE_CHART_OUTLINE,
                        reports::exportReport));
    }

    /** The exports alone, for the current path's own menu (fresh items, without accelerators: the File menu has them). */
    public List<MenuItem> exportItems() {
        return List.of(
                item(tr("menu.file.exportPath"), "path-export-path", null, MaterialDesignE.EXPORT_VARIANT, this::exportPath),
                item(tr("menu.file.exportProgress"), "path-export-progress", null, MaterialDesignF.FILE_EXPORT_OUTLINE,
                        this::exportProgress),
                item(tr("menu.file.exportReport"), "path-export-report", null, MaterialDesignF.FILE_CHART_OUTLINE,
                        reports::exportReport));
    }

    public void importRole() {
        importRole("");
    }

    private void importRole(String text) {
        new RoleImportDialog(owner, picker, transfers::readRoleText).withText(text).showAndWait()
                .ifPresent(role -> transfers.addRole(role)
                        .onError(error -> failed(tr("error.roleNotCreated"), error)));
    }

    /**
     * A file dropped on the window, taken as the File menu would take it: a role description ({@code .txt}, {@code .md})
     * opens the role import with its text; any other file is read as a path or a progress file, whichever its
     * {@code "format"} says, and previewed before anything is written. One file at a time: which of several to take
     * first is not the window's to guess.
     */
    public void importDropped(List<Path> files) {
        if (files.size() != 1) {
            Dialogs.error(owner, tr("drop.oneAtATime"), tr("drop.oneAtATime.detail", files.size())).show();
            return;
        }
        Path file = files.get(0);
        if (FilePicker.Kind.ROLE_TEXT.matches(file)) {
            transfers.readRoleText(file)
                    .onSuccess(text -> Platform.runLater(() -> importRole(text)))
                    .onError(error -> refused(file, error));
            return;
        }
        transfers.readAnyFile(file).onSuccess(read -> Platform.runLater(() -> {
            if (read instanceof PathFileImport path) {
                confirmPath(path);
            } else {
                confirmProgress((ProgressFileImport) read);
            }
        })).onError(error -> refused(file, error));
    }

    public void importPath() {
        picker.open(owner, tr("picker.importPath"), FilePicker.Kind.PATH_FILE).ifPresent(file ->
                transfers.readPathFile(file)
                        .onSuccess(read -> Platform.runLater(() -> confirmPath(read)))
                        .onError(error -> refused(file, error)));
    }

    private void confirmPath(PathFileImport read) {
        new PathImportDialog(owner, read).showAndWait().ifPresent(choice ->
                // The dialog said so when the file is older: choosing to update is then the learner's consent.
                transfers.importPath(read.path(), choice == PathImportDialog.Choice.IMPORT_COPY, read.plan().isOlder())
                        .onError(error -> failed(tr("error.pathNotImported"), error)));
    }

    public void importProgress() {
        picker.open(owner, tr("picker.importProgress"), FilePicker.Kind.PROGRESS_FILE).ifPresent(file ->
                transfers.readProgressFile(file)
                        .onSuccess(read -> Platform.runLater(() -> confirmProgress(read)))
                        .onError(error -> refused(file, error)));
    }

    private void confirmProgress(ProgressFileImport read) {
        new ProgressImportDialog(owner, read).showAndWait().filter(Boolean::booleanValue).ifPresent(yes ->
                transfers.importProgress(read)
                        .onError(error -> failed(tr("error.progressNotImported"), error)));
    }

    public void exportPath() {
        String pathId = workspace.currentPathId();
        picker.save(owner, tr("picker.exportPath"), pathId + ".json", FilePicker.Kind.PATH_FILE).ifPresent(file ->
                transfers.exportCurrentPath(file)
                        .onSuccess(done -> workspace.session().reportDone(tr("transfer.exportedPath", String.valueOf(done.getFileName()))))
                        .onError(error -> failed(tr("error.pathNotExported"), error)));
    }

    public void exportProgress() {
        String pathId = workspace.currentPathId();
        picker.save(owner, tr("picker.exportProgress"), pathId + "-progress.json", FilePicker.Kind.PROGRESS_FILE).ifPresent(file ->
                transfers.exportCurrentProgress(file)
                        .onSuccess(done -> workspace.session().reportDone(
                                tr("transfer.exportedProgress", String.valueOf(done.getFileName()))))
                        .onError(error -> failed(tr("error.progressNotExported"), error)));
    }

    private void refused(Path file, Throwable error) {
        Dialogs.error(owner, tr("error.cannotImport", String.valueOf(file.getFileName())),
                tr("error.nothingChanged", Dialogs.describe(error))).show();
    }

    private void failed(String header, Throwable error) {
        Dialogs.error(owner, header, tr("error.nothingChanged", Dialogs.describe(error))).show();
    }
}

package dev.stepwise.ui.shell;

import static dev.stepwise.ui.common.Messages.tr;

import dev.stepwise.service.BackupFile;
import dev.stepwise.ui.common.Backups;
import dev.stepwise.ui.common.DialogLook;
import dev.stepwise.ui.common.LinkOpener;
import dev.stepwise.ui.common.Messages;
import dev.stepwise.ui.common.StyleClasses;
import dev.stepwise.ui.common.TextPrompts;
import dev.stepwise.ui.common.UiScale;
import java.time.ZoneId;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * File ▸ Backups…: every backup with its date, why it was made and its size; what the selected one holds; a backup
 * now; a restore (after a question, and a backup of what is there now); and the folder, to copy a backup elsewhere.
 */
final class BackupsDialog extends Dialog<Void> {
    private final Backups backups;
    private final ListView<BackupFile> list = new ListView<>();
    private final Label holds = new Label();

    BackupsDialog(Window owner, Backups backups, LinkOpener folderOpener) {
        this.backups = backups;
        initOwner(owner);
        setTitle(Messages.tr("app.name"));
        setHeaderText(tr("backups.header"));
        setResizable(true);
        DialogLook.apply(getDialogPane());
        getDialogPane().setId("backups-dialog");
        Label where = new Label(tr("backups.where", backups.folder().toString()));
        where.setWrapText(true);
        where.getStyleClass().add(StyleClasses.MUTED);
        list.setId("backups-list");
        list.setPrefSize(UiScale.em(36), UiScale.em(18));
        list.setPlaceholder(new Label(tr("backups.none")));
        list.setCellFactory(view -> new BackupCell());
        list.getSelectionModel().selectedItemProperty().subscribe(this::showContents);
        holds.setId("backups-holds");
        holds.setWrapText(true);
        Button now = new Button(tr("backups.now"));
        now.setId("backups-now");
        now.setOnAction(event -> backups.backUpNow().onSuccess(written -> refresh()));
        Button restore = new Button(tr("backups.restore"));
        restore.setId("backups-restore");
        restore.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        restore.setOnAction(event -> restoreSelected());
        Button folder = new Button(tr("backups.openFolder"));
        folder.setId("backups-folder");
        folder.setOnAction(event -> {
            try {
                folderOpener.open(backups.folder().toUri());
            } catch (Exception e) {
                holds.setText(tr("backups.folderFailed", backups.folder().toString()));
            }
        });
        getDialogPane().setContent(new VBox(10, where, list, holds, new HBox(8, now, restore, folder)));
        getDialogPane().getButtonTypes().setAll(ButtonType.CLOSE);
        refresh();
    }

    private void refresh() {
        backups.list().onSuccess(found -> {
            list.getItems().setAll(found);
            if (!found.isEmpty()) {
                list.getSelectionModel().selectFirst();
            }
        });
    }

    private void showContents(BackupFile backup) {
        holds.setText("");
        if (backup != null) {
            backups.contents(backup.file()).onSuccess(check -> {
                if (backup.equals(list.getSelectionModel().getSelectedItem())) {
                    holds.setText(check.problems().isEmpty() ? tr("backups.holds", check.paths(), check.itemsDone())
                            : tr("backups.damaged", String.join("; ", check.problems())));
                }
            });
        }
    }

    private void restoreSelected() {
        BackupFile backup = list.getSelectionModel().getSelectedItem();
        if (backup != null && TextPrompts.confirm(getDialogPane().getScene().getWindow(), tr("backups.restore.question"),
                tr("backups.restore.explain", describe(backup)), tr("backups.restore.confirm"))) {
            backups.restore(backup.file()).onSuccess(saved -> close());
        }
    }

    static String describe(BackupFile backup) {
        return tr("backups.line", Messages.current().dateTime(backup.at(), ZoneId.systemDefault()),
                Messages.tr(backup.reason().phrase()), Messages.current().number(Math.max(1, backup.bytes() / 1024)));
    }

    private static final class BackupCell extends ListCell<BackupFile> {
        @Override
        protected void updateItem(BackupFile backup, boolean empty) {
            super.updateItem(backup, empty);
            setText(empty || backup == null ? null : describe(backup));
        }
    }
}

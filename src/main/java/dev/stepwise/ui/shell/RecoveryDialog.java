package dev.stepwise.ui.shell;

import static dev.stepwise.ui.common.Messages.tr;

import dev.stepwise.service.BackupFile;
import dev.stepwise.ui.common.DialogLook;
import dev.stepwise.ui.common.Dialogs;
import dev.stepwise.ui.common.Messages;
import dev.stepwise.ui.common.UiScale;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;

/**
 * Asked at start when the learner's own file is damaged: it is kept, untouched, beside the new one, and the learner
 * chooses what takes its place — the newest good backup (named by its date), what can still be read, or a fresh
 * start — or quits to deal with it by hand.
 */
public final class RecoveryDialog {
    /** What takes the damaged file's place. */
    public enum Choice { BACKUP, SALVAGE, FRESH, QUIT }

    private RecoveryDialog() {
    }

    public static Choice ask(Throwable damage, Optional<BackupFile> backup) {
        Alert alert = new Alert(Alert.AlertType.WARNING);
        alert.setTitle(Messages.tr("app.name"));
        alert.setHeaderText(tr("recovery.header"));
        Label text = new Label(tr("recovery.message", Dialogs.describe(damage)));
        text.setWrapText(true);
        text.setPrefWidth(UiScale.em(37));
        alert.getDialogPane().setContent(text);
        alert.getDialogPane().setId("recovery-dialog");
        DialogLook.apply(alert.getDialogPane());
        List<ButtonType> buttons = new ArrayList<>();
        ButtonType useBackup = backup.map(found -> new ButtonType(tr("recovery.backup",
                Messages.current().dateTime(found.at(), ZoneId.systemDefault())), ButtonBar.ButtonData.YES)).orElse(null);
        if (useBackup != null) {
            buttons.add(useBackup);
        }
        ButtonType salvage = new ButtonType(tr("recovery.salvage"), ButtonBar.ButtonData.OTHER);
        ButtonType fresh = new ButtonType(tr("recovery.fresh"), ButtonBar.ButtonData.OTHER);
        ButtonType quit = new ButtonType(tr("recovery.quit"), ButtonBar.ButtonData.CANCEL_CLOSE);
        buttons.addAll(List.of(salvage, fresh, quit));
        alert.getButtonTypes().setAll(buttons);
        alert.getDialogPane().lookupButton(salvage).setId("recovery-salvage");
        alert.getDialogPane().lookupButton(fresh).setId("recovery-fresh");
        alert.getDialogPane().lookupButton(quit).setId("recovery-quit");
        if (useBackup != null) {
            alert.getDialogPane().lookupButton(useBackup).setId("recovery-backup");
        }
        DialogLook.showWholeButtonLabels(alert.getDialogPane());
        Optional<ButtonType> answer = alert.showAndWait();
        if (answer.isEmpty() || answer.get() == quit) {
            return Choice.QUIT;
        }
        return answer.get() == useBackup ? Choice.BACKUP : answer.get() == salvage ? Choice.SALVAGE : Choice.FRESH;
    }
}

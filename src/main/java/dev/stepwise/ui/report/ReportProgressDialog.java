package dev.stepwise.ui.report;

import dev.stepwise.ui.common.EditorForms;
import dev.stepwise.ui.common.Messages;
import java.nio.file.Path;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.ProgressBar;
import javafx.stage.Window;

/**
 * While a report is written: how far it is, and Cancel. Closing the dialog any way but by the report finishing
 * cancels it (Cancel, Escape, the window's close box): the writer stops at its next row and no file is written.
 */
final class ReportProgressDialog extends Dialog<Void> {
    private boolean finished;

    ReportProgressDialog(Window owner, Path file, ReportExport export) {
        EditorForms.prepare(this, owner, Messages.tr("report.progress.header", String.valueOf(file.getFileName())),
                "report-progress");
        setTitle(Messages.tr("report.progress.title"));
        ProgressBar bar = new ProgressBar();
        bar.setId("report-progress-bar");
        bar.setPrefWidth(360);
        bar.progressProperty().bind(export.progressProperty());
        getDialogPane().setContent(bar);
        getDialogPane().getButtonTypes().add(ButtonType.CANCEL);
        getDialogPane().lookupButton(ButtonType.CANCEL).setId("report-progress-cancel");
        setOnHidden(event -> {
            if (!finished) {
                export.cancel();
            }
        });
    }

    /** The report is written (or failed): the dialog goes without cancelling anything. */
    void finish() {
        finished = true;
        if (isShowing()) {
            close();
        }
    }
}

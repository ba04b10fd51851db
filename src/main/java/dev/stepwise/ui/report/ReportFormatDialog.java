package dev.stepwise.ui.report;

import dev.stepwise.io.report.ReportFormat;
import dev.stepwise.ui.common.EditorForms;
import dev.stepwise.ui.common.Messages;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/** File ▸ Export report…, first step: which report (a web page, Markdown, a CSV table, the matrix as a picture). */
final class ReportFormatDialog extends Dialog<ReportFormat> {

    ReportFormatDialog(Window owner, String pathTitle) {
        EditorForms.prepare(this, owner, Messages.tr("report.dialog.header", pathTitle), "report-format");
        setTitle(Messages.tr("report.dialog.title"));
        ToggleGroup group = new ToggleGroup();
        VBox content = new VBox(8, new Label(Messages.tr("report.dialog.prompt")));
        for (ReportFormat format : ReportFormat.values()) {
            RadioButton choice = new RadioButton(Messages.tr("report.format." + format.name()));
            choice.setId("report-format-" + format.cliName());
            choice.setUserData(format);
            choice.setToggleGroup(group);
            choice.setSelected(format == ReportFormat.HTML);
            content.getChildren().add(choice);
        }
        getDialogPane().setContent(content);
        ButtonType next = new ButtonType(Messages.tr("report.dialog.next"), ButtonBar.ButtonData.OK_DONE);
        getDialogPane().getButtonTypes().addAll(next, ButtonType.CANCEL);
        getDialogPane().lookupButton(next).setId("report-format-next");
        getDialogPane().lookupButton(ButtonType.CANCEL).setId("report-format-cancel");
        setResultConverter(button -> button == next && group.getSelectedToggle() != null
                ? (ReportFormat) group.getSelectedToggle().getUserData() : null);
    }
}

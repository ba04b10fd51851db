package dev.stepwise.ui.common;

import dev.stepwise.domain.Texts;
import java.util.Optional;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * The small questions editing asks: a title to type (checked as it is typed, so the action is only possible with a
 * title that will be accepted) and a yes/no before something that loses the learner's work. Each names its button
 * after what it does ("Rename", "Add"), as desktop guidelines ask, not "OK".
 */
public final class TextPrompts {
    private TextPrompts() {
    }

    /** What a title prompt returns: the title, and the answer to its optional check box. */
    public record Answer(String title, boolean checked) {
    }

    /** What a title prompt is for: its heading, the label over the field, the field's first text and the button's. */
    public record Question(String heading, String what, String initial, String action) {
    }

    /** Asks for a title; empty when cancelled. */
    public static Optional<String> title(Window owner, Question question) {
        return title(owner, question, null).map(Answer::title);
    }

    /**
     * Asks for a title, with a check box under it when {@code checkBoxText} is given (checked at first). The action's
     * button is enabled only while the title passes {@link Texts#titleProblem}, and the problem is shown under the field.
     */
    public static Optional<Answer> title(Window owner, Question question, String checkBoxText) {
        Dialog<Answer> dialog = new Dialog<>();
        dialog.setTitle(Messages.tr("app.name"));
        dialog.setHeaderText(question.heading());
        dialog.initOwner(owner);
        EditorForms.style(dialog.getDialogPane());
        TextField field = new TextField(question.initial());
        field.setId("prompt-title");
        field.setPrefColumnCount(32);
        Label problem = new Label();
        problem.setId("prompt-problem");
        problem.getStyleClass().add("field-problem");
        problem.setWrapText(true);
        CheckBox box = new CheckBox(checkBoxText);
        box.setId("prompt-check");
        box.setSelected(true);
        // As wide as the field above it and no wider: a long label (German's is) wraps under it instead of being cut.
        box.setWrapText(true);
        box.setMaxWidth(Double.MAX_VALUE);
        box.setMinHeight(Region.USE_PREF_SIZE);
        VBox content = new VBox(8, new Label(question.what()), field, problem);
        if (checkBoxText != null) {
            content.getChildren().add(box);
        }
        dialog.getDialogPane().setContent(content);
        ButtonType ok = new ButtonType(question.action(), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(ok, ButtonType.CANCEL);
        Node okButton = dialog.getDialogPane().lookupButton(ok);
        okButton.setId("prompt-ok");
        dialog.getDialogPane().lookupButton(ButtonType.CANCEL).setId("prompt-cancel");
        // The action waits for an acceptable title; the reason is shown once the learner has typed, not as a first greeting.
        Runnable check = () -> okButton.setDisable(Texts.titleProblem(Texts.Field.TITLE, field.getText()) != null);
        field.textProperty().addListener((obs, old, text) -> {
            String reason = Messages.problem(Texts.titleProblem(Texts.Field.TITLE, text));
            problem.setText(reason == null ? "" : reason);
            check.run();
        });
        check.run();
        dialog.setResultConverter(button -> button == ok ? new Answer(field.getText().strip(), box.isSelected()) : null);
        Platform.runLater(() -> {
            field.requestFocus();
            field.selectAll();
        });
        return dialog.showAndWait();
    }

    /** "Delete …?" with the destructive button named, and Cancel as the default. True when confirmed. */
    public static boolean confirm(Window owner, String heading, String message, String action) {
        Alert alert = Dialogs.alert(Alert.AlertType.CONFIRMATION, owner, heading, message);
        ButtonType confirm = new ButtonType(action, ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(Messages.tr("button.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        alert.getButtonTypes().setAll(confirm, cancel);
        alert.getDialogPane().lookupButton(confirm).setId("confirm-action");
        ((Button) alert.getDialogPane().lookupButton(confirm)).setDefaultButton(false);
        ((Button) alert.getDialogPane().lookupButton(cancel)).setDefaultButton(true);
        return alert.showAndWait().filter(button -> button == confirm).isPresent();
    }
}

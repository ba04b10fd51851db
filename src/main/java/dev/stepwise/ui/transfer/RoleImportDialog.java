package dev.stepwise.ui.transfer;

import dev.stepwise.io.RoleDescriptionParser;
import dev.stepwise.io.RoleImport;
import dev.stepwise.ui.common.Background;
import dev.stepwise.ui.common.Dialogs;
import dev.stepwise.ui.common.EditorForms;
import dev.stepwise.ui.common.FilePicker;
import dev.stepwise.ui.common.Messages;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.function.Function;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.TextArea;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.util.Duration;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;

/**
 * Turns a role description into a new path: the learner pastes the text (or opens a text file), sees what the path
 * would hold, and only "Create path" writes anything. The text is parsed a moment after typing stops, off the FX
 * thread; the button is enabled only while the preview shown is the preview of the text shown.
 */
public final class RoleImportDialog extends Dialog<RoleImport> {
    /** Parsing is pure and quick; one daemon thread keeps even a 200,000-character paste off the FX thread. */
    private static final Executor PARSER = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "role-preview");
        thread.setDaemon(true);
        return thread;
    });

    private final TextArea text = new TextArea();
    private final RolePreviewPane preview = new RolePreviewPane();
    private final ObjectProperty<RoleImport> parsed = new SimpleObjectProperty<>();
    private final PauseTransition settle = new PauseTransition(Duration.millis(250));
    private int generation;

    public RoleImportDialog(Window owner, FilePicker picker, Function<Path, Background.Job<String>> readFile) {
        EditorForms.prepare(this, owner, Messages.tr("dialog.roleImport.header"), "role-import");
        text.setId("role-text");
        text.setWrapText(true);
        text.setPromptText(Messages.tr("dialog.roleImport.prompt"));
        Button open = new Button(Messages.tr("dialog.roleImport.openFile"), new FontIcon(MaterialDesignF.FILE_DOCUMENT_OUTLINE));
        open.setId("open-role-file");
        // The hint beside it wraps instead: a longer language must not cut the button's own name short.
        open.setMinWidth(Region.USE_PREF_SIZE);
        open.setOnAction(event -> picker.open(getOwner(), Messages.tr("picker.openRole"), FilePicker.Kind.ROLE_TEXT)
                .ifPresent(file -> readFile.apply(file)
                        .onSuccess(text::setText)
                        .onError(error -> preview.showProblem(Dialogs.describe(error)))));
        VBox source = new VBox(EditorForms.field(Messages.tr("dialog.roleImport.field"), text), new HBox(8, open,
                EditorForms.hint(Messages.tr("dialog.roleImport.fieldHint"))));
        source.getStyleClass().add("role-source");
        VBox.setVgrow(source.getChildren().get(0), Priority.ALWAYS);
        VBox.setVgrow(text, Priority.ALWAYS);
        HBox columns = new HBox(source, preview);
        columns.getStyleClass().add("role-columns");
        HBox.setHgrow(source, Priority.ALWAYS);
        getDialogPane().setContent(columns);

        ButtonType create = new ButtonType(Messages.tr("dialog.roleImport.create"), ButtonBar.ButtonData.OK_DONE);
        getDialogPane().getButtonTypes().addAll(create, ButtonType.CANCEL);
        Button createButton = (Button) getDialogPane().lookupButton(create);
        createButton.setId("create-role-path");
        createButton.disableProperty().bind(parsed.isNull());
        getDialogPane().lookupButton(ButtonType.CANCEL).setId("role-cancel");
        setResultConverter(button -> button == create ? parsed.get() : null);

        settle.setOnFinished(event -> parse(text.getText()));
        text.textProperty().addListener((observable, before, now) -> {
            generation++;
            parsed.set(null);
            settle.playFromStart();
        });
        Platform.runLater(text::requestFocus);
    }

    /** Starts from a text already read (a file dropped on the window), previewed as if it had been pasted. */
    public RoleImportDialog withText(String initial) {
        text.setText(initial);
        return this;
    }

    private void parse(String input) {
        int asked = generation;
        if (input.isBlank()) {
            preview.showHint(Messages.tr("dialog.roleImport.hint"));
            return;
        }
        preview.showWorking();
        CompletableFuture.supplyAsync(() -> new RoleDescriptionParser().parse(input), PARSER)
                .whenComplete((role, error) -> Platform.runLater(() -> {
                    if (asked != generation) {
                        return;
                    }
                    if (error == null) {
                        preview.show(role);
                        parsed.set(role);
                    } else {
                        Throwable cause = error.getCause() != null ? error.getCause() : error;
                        // Dialogs.describe says an Explained failure (a refused role text among them) in the learner's language.
                        preview.showProblem(Dialogs.describe(cause));
                    }
                }));
    }
}

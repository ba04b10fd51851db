package dev.stepwise.ui.common;

import dev.stepwise.domain.DataFileRefusedStep;
import dev.stepwise.domain.Explained;
import dev.stepwise.io.DeclaredFormat;
import dev.stepwise.io.FileProblemException;
import dev.stepwise.service.DataUnavailableException;
import javafx.scene.control.Alert;
import javafx.scene.control.Label;
import javafx.stage.Window;

/** Error messages a learner can act on: the file, the reason, and that nothing was changed. No stack traces. */
public final class Dialogs {
    private Dialogs() {
    }

    /** A short, plain description of a failure, for the status bar and dialogs. */
    public static String describe(Throwable error) {
        // A file of the other kind, chosen with the wrong menu item: which item takes it, as the command line names its
        // command.
        if (error instanceof FileProblemException refused && refused.otherFormat().isPresent()) {
            String item = refused.otherFormat().get() == DeclaredFormat.PATH ? "menu.file.importPath" : "menu.file.importProgress";
            return Messages.tr(refused.explanation()) + ": " + Messages.tr("error.useMenu", Messages.tr("menu.file").replace("_", ""),
                    Messages.tr(item));
        }
        // A refused edit, file, role text or database, said in the learner's language.
        if (error instanceof Explained explained) {
            return Messages.tr(explained.explanation());
        }
        // Store and argument errors carry a sentence written for people; anything else is named by its type.
        String message = error.getMessage();
        if (message != null && (error instanceof IllegalArgumentException || error.getClass().getName().startsWith("dev.stepwise"))) {
            return message;
        }
        return error.getClass().getSimpleName() + (message == null ? "" : ": " + message);
    }

    public static Alert error(Window owner, String header, String message) {
        return alert(Alert.AlertType.ERROR, owner, header, message);
    }

    /** An alert of Stepwise's: its title, a header, and a message that wraps instead of widening the window. */
    static Alert alert(Alert.AlertType type, Window owner, String header, String message) {
        Alert alert = new Alert(type);
        alert.setTitle(Messages.tr("app.name"));
        alert.setHeaderText(header);
        Label content = new Label(message);
        content.setWrapText(true);
        content.setMaxWidth(UiScale.em(37));
        alert.getDialogPane().setContent(content);
        DialogLook.apply(alert.getDialogPane());
        if (owner != null) {
            alert.initOwner(owner);
        }
        return alert;
    }

    /**
     * Why a change was not saved, with advice. A lock or a full disk says in its own sentence that nothing changed and
     * what to do, so it gets none of the advice meant for other failures (as at start, below).
     */
    public static String notSaved(Throwable error) {
        return Messages.tr(error instanceof DataFileRefusedStep ? "error.notSaved.refusedStep" : "error.notSaved.message",
                describe(error));
    }

    /** Shown when the database cannot be opened at start-up. */
    public static Alert startupFailure(Throwable error) {
        String message;
        if (error instanceof DataFileRefusedStep) {
            // A lock or a full disk met at the first write: its sentence already says nothing changed, and what to do.
            message = describe(error);
        } else {
            message = Messages.tr(error instanceof DataUnavailableException ? "error.startup.dataDirHelp"
                    : "error.nothingChanged", describe(error));
        }
        return error(null, Messages.tr("error.startup.header"), message);
    }
}

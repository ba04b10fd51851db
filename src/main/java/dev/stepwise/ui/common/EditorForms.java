package dev.stepwise.ui.common;

import dev.stepwise.domain.Texts;
import java.util.Objects;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.util.Subscription;

/**
 * What the editor dialogs share: the window set-up, a labelled field with its problem under it, and a Save button that
 * is enabled only while the editor's {@link Validation} has nothing to say. Layout lives in editors.css.
 */
public final class EditorForms {
    /** A dialog pane that is an editor form (editors.css). */
    public static final String EDITOR = "editor";
    /** A labelled field: the label above the control, the problem under it. */
    public static final String FIELD = "editor-field";
    public static final String FIELD_LABEL = "editor-field-label";
    /** The heading of a group of controls inside a field (a skill category, say). */
    public static final String GROUP_HEADING = "editor-group-heading";
    public static final String HINT = "editor-hint";

    private EditorForms() {
    }

    /** Owner, title, header and the app's styles (a dialog is its own scene: it does not inherit the window's). */
    public static void prepare(Dialog<?> dialog, Window owner, String header, String paneId) {
        dialog.setTitle(Messages.tr("app.name"));
        dialog.setHeaderText(header);
        if (owner != null) {
            dialog.initOwner(owner);
        }
        dialog.setResizable(true);
        style(dialog.getDialogPane());
        dialog.getDialogPane().setId(paneId);
        dialog.getDialogPane().getStyleClass().add(EDITOR);
    }

    /** The window's look (app.css, the zoom) and the editors' own styles for a dialog pane. */
    public static void style(DialogPane pane) {
        DialogLook.apply(pane);
        pane.getStylesheets().add(Objects.requireNonNull(EditorForms.class.getResource("/dev/stepwise/ui/editors.css"))
                .toExternalForm());
    }

    /**
     * Adds Save and Cancel (ids {@code <prefix>-ok}, {@code <prefix>-cancel}); Save is disabled while anything is
     * invalid. Returns Save's button type, for the result converter.
     */
    public static ButtonType saveCancel(Dialog<?> dialog, String idPrefix, Validation validation) {
        ButtonType ok = new ButtonType(Messages.tr("button.save"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(ok, ButtonType.CANCEL);
        Button okButton = (Button) dialog.getDialogPane().lookupButton(ok);
        okButton.setId(idPrefix + "-ok");
        okButton.disableProperty().bind(validation.validProperty().not());
        dialog.getDialogPane().lookupButton(ButtonType.CANCEL).setId(idPrefix + "-cancel");
        // Enter saves from anywhere in an editor but a text area: a list takes Enter for itself and did nothing with
        // it, so a milestone's items, ticked by keyboard, could not be saved without tabbing to the button.
        dialog.getDialogPane().addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.ENTER && !event.isShortcutDown() && !event.isAltDown()
                    && event.getTarget() instanceof ListView<?> && !okButton.isDisabled()) {
                okButton.fire();
                event.consume();
            }
        });
        return ok;
    }

    /** A label above its control and anything under it (a problem, a hint); the label names the control for screen readers. */
    public static VBox field(String text, Node control, Node... below) {
        Label label = new Label(text);
        label.getStyleClass().add(FIELD_LABEL);
        label.setLabelFor(control);
        VBox field = new VBox(label, control);
        field.getChildren().addAll(below);
        field.getStyleClass().add(FIELD);
        return field;
    }

    /** A muted line of help under a field. */
    public static Label hint(String text) {
        Label hint = new Label(text);
        hint.getStyleClass().addAll(HINT, StyleClasses.MUTED);
        hint.setWrapText(true);
        return hint;
    }

    /** A column of an editor's fields, taking its share of the dialog's width. */
    public static VBox column(VBox... fields) {
        VBox column = new VBox(fields);
        column.getStyleClass().add("editor-form");
        HBox.setHgrow(column, Priority.ALWAYS);
        return column;
    }

    /**
     * An editor's columns side by side in a scroll pane (editors.css sizes it per dialog to fit a 1024×640 screen), which
     * follows the focus, so a field below the fold is never typed into unseen.
     */
    public static ScrollPane columns(VBox... columns) {
        HBox row = new HBox(columns);
        row.getStyleClass().add("editor-columns");
        ScrollPane scroll = new ScrollPane(row);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("editor-scroll");
        scrollToFocused(scroll);
        return scroll;
    }

    /**
     * Keeps the focused control in view: a scroll pane does not follow the focus, so tabbing to a field below the fold
     * would leave the learner typing into something they cannot see.
     */
    public static void scrollToFocused(ScrollPane scroll) {
        Subscription[] focus = {Subscription.EMPTY};
        scroll.sceneProperty().subscribe(scene -> {
            focus[0].unsubscribe();
            focus[0] = scene == null ? Subscription.EMPTY : scene.focusOwnerProperty().subscribe(focused -> reveal(scroll, focused));
        });
    }

    /**
     * Scrolls the scroll pane the node sits in so that the node starts at the top of its view, as far as the pane
     * scrolls: a filter and the matches under it, which would otherwise appear below the fold as they are typed.
     */
    public static void showFromTop(Node node) {
        for (Node parent = node.getParent(); parent != null; parent = parent.getParent()) {
            if (parent instanceof ScrollPane scroll && scroll.getContent() != null) {
                scroll.applyCss();
                scroll.layout();
                Bounds bounds = boundsInContent(scroll, node);
                double scrollable = scrollable(scroll);
                if (bounds != null && scrollable > 0) {
                    scroll.setVvalue(Math.max(0, Math.min(1, bounds.getMinY() / scrollable)));
                }
                return;
            }
        }
    }

    private static void reveal(ScrollPane scroll, Node focused) {
        Node content = scroll.getContent();
        if (focused == null || content == null || !Nodes.isInside(focused, content)) {
            return;
        }
        Bounds bounds = boundsInContent(scroll, focused);
        double viewportHeight = scroll.getViewportBounds().getHeight();
        double scrollable = scrollable(scroll);
        if (bounds == null || scrollable <= 0) {
            return;
        }
        double top = scroll.getVvalue() * scrollable;
        if (bounds.getMinY() < top) {
            scroll.setVvalue(bounds.getMinY() / scrollable);
        } else if (bounds.getMaxY() > top + viewportHeight) {
            scroll.setVvalue(Math.min(1, (bounds.getMaxY() - viewportHeight) / scrollable));
        }
    }

    /** Where the node lies in the scroll pane's content. */
    private static Bounds boundsInContent(ScrollPane scroll, Node node) {
        return scroll.getContent().sceneToLocal(node.localToScene(node.getLayoutBounds()));
    }

    /** How far the content can scroll: its height less the view's; zero or less when it fits. */
    private static double scrollable(ScrollPane scroll) {
        return scroll.getContent().getLayoutBounds().getHeight() - scroll.getViewportBounds().getHeight();
    }

    /** The problem of a free text (detail, overview) as the domain's {@code Texts.textProblem} states it, or null. */
    public static ObservableValue<String> textProblem(Texts.Field what, TextInputControl field) {
        return Bindings.createStringBinding(() -> Messages.problem(Texts.textProblem(what, field.getText())),
                field.textProperty());
    }

    /** The problem of a required title as the domain's {@code Texts.titleProblem} states it, or null. */
    public static ObservableValue<String> titleProblem(Texts.Field what, TextInputControl field) {
        return Bindings.createStringBinding(() -> Messages.problem(Texts.titleProblem(what, field.getText())),
                field.textProperty());
    }
}

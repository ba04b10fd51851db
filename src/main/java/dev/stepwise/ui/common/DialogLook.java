package dev.stepwise.ui.common;

import java.util.Objects;
import javafx.beans.binding.Bindings;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;

/**
 * Makes a dialog look like the window it belongs to. A dialog is a scene of its own and inherits nothing from the
 * window: without this it would miss app.css (our focus ring, contrast and colours) and ignore the learner's zoom.
 * Every dialog of the app goes through here, alerts included, which is also where each is put over the middle of
 * its window ({@link DialogPlacement}).
 */
public final class DialogLook {
    private static final String APP_CSS = "/dev/stepwise/ui/app.css";

    private DialogLook() {
    }

    public static void apply(DialogPane pane) {
        String appCss = Objects.requireNonNull(DialogLook.class.getResource(APP_CSS)).toExternalForm();
        if (!pane.getStylesheets().contains(appCss)) {
            pane.getStylesheets().add(appCss);
        }
        pane.styleProperty().bind(Bindings.createStringBinding(UiScale::rootStyle, UiScale.fontSizeProperty()));
        DialogPlacement.centreWhenShown(pane);
        TabLeavesTextAreas.install(pane);
    }

    /**
     * For a dialog whose buttons carry sentences (a date, a choice) rather than "OK": each button keeps its own width, and
     * the dialog widens past the theme's 600 px cap to show them whole instead of cutting them to "Restore the …".
     * Call once the button types are set; the content should then ask for its width (a wrapped label its
     * {@code prefWidth}), or the dialog takes the width of its unwrapped text.
     */
    public static void showWholeButtonLabels(DialogPane pane) {
        // The cap is the theme's stylesheet rule, which a value set in code does not override: a class of ours does.
        pane.getStyleClass().add("whole-button-labels");
        for (ButtonType type : pane.getButtonTypes()) {
            ButtonBar.setButtonUniformSize(pane.lookupButton(type), false);
        }
    }
}

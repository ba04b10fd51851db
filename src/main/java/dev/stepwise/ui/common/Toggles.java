package dev.stepwise.ui.common;

import java.util.Map;
import javafx.application.Platform;
import javafx.beans.property.ObjectProperty;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;

/** Toggle buttons that show one value of a model property: clicking sets the model, the model sets the selection. */
public final class Toggles {
    private Toggles() {
    }

    /**
     * Selects the button of the model's current value, now and whenever it changes. Clicking the selected button
     * again would leave the group with nothing selected; the selection is put back on the next pulse.
     */
    public static <T> void follow(ObjectProperty<T> model, Map<T, ToggleButton> buttons, ToggleGroup group) {
        buttons.forEach((value, button) -> button.setOnAction(event -> model.set(value)));
        Runnable sync = () -> buttons.forEach((value, button) -> button.setSelected(value == model.get()));
        model.addListener((obs, old, value) -> sync.run());
        group.selectedToggleProperty().addListener((obs, old, toggle) -> {
            if (toggle == null) {
                Platform.runLater(sync);
            }
        });
        sync.run();
    }
}

package dev.stepwise.ui.common;

import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.Scene;

/**
 * Focus for nodes that may not be in the scene yet. Content of a SplitPane or ScrollPane joins the scene only when
 * its skin is built, on the next pulse; a plain {@code requestFocus()} before then is silently ignored.
 */
public final class FocusRequests {
    private FocusRequests() {
    }

    public static void request(Node node) {
        if (node.getScene() != null) {
            node.requestFocus();
            return;
        }
        node.sceneProperty().addListener(new ChangeListener<>() {
            @Override
            public void changed(ObservableValue<? extends Scene> observable, Scene old, Scene scene) {
                if (scene != null) {
                    node.sceneProperty().removeListener(this);
                    node.requestFocus();
                }
            }
        });
    }
}

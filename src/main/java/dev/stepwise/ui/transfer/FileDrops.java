package dev.stepwise.ui.transfer;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.input.DragEvent;
import javafx.scene.input.TransferMode;

/**
 * Files dragged from the desktop onto the window. Event filters on the scene, so a file is taken wherever it is
 * dropped — the checklist's own rows handle drags too, but only of their rows, which carry no files.
 */
public final class FileDrops {
    private FileDrops() {
    }

    public static void install(Scene scene, Consumer<List<Path>> dropped) {
        scene.addEventFilter(DragEvent.DRAG_OVER, event -> {
            if (event.getDragboard().hasFiles()) {
                event.acceptTransferModes(TransferMode.COPY);
                event.consume();
            }
        });
        scene.addEventFilter(DragEvent.DRAG_DROPPED, event -> {
            if (event.getDragboard().hasFiles()) {
                List<Path> files = event.getDragboard().getFiles().stream().map(File::toPath).toList();
                event.setDropCompleted(true);
                event.consume();
                // After the drop has been answered: the preview is a dialog of its own, not part of the drag.
                Platform.runLater(() -> dropped.accept(files));
            }
        });
    }
}

package dev.stepwise.ui.transfer;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.css.PseudoClass;
import javafx.scene.Scene;
import javafx.scene.input.DragEvent;
import javafx.scene.input.TransferMode;

/**
 * Files dragged from the desktop onto the window. Event filters on the scene, so a file is taken wherever it is
 * dropped — the checklist's own rows handle drags too, but only of their rows, which carry no files. While files are
 * over the window, its root has the {@code :file-drag} pseudo-class (app.css outlines the window): it will take them.
 */
public final class FileDrops {
    public static final PseudoClass FILE_DRAG = PseudoClass.getPseudoClass("file-drag");

    private FileDrops() {
    }

    public static void install(Scene scene, Consumer<List<Path>> dropped) {
        scene.addEventFilter(DragEvent.DRAG_OVER, event -> {
            if (event.getDragboard().hasFiles()) {
                event.acceptTransferModes(TransferMode.COPY);
                scene.getRoot().pseudoClassStateChanged(FILE_DRAG, true);
                event.consume();
            }
        });
        scene.addEventFilter(DragEvent.DRAG_EXITED, event -> scene.getRoot().pseudoClassStateChanged(FILE_DRAG, false));
        scene.addEventFilter(DragEvent.DRAG_DROPPED, event -> {
            scene.getRoot().pseudoClassStateChanged(FILE_DRAG, false);
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

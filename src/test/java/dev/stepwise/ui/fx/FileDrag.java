package dev.stepwise.ui.fx;

import com.sun.javafx.scene.input.DragboardHelper;
import com.sun.javafx.tk.TKClipboard;
import java.io.File;
import java.nio.file.Path;
import java.security.AccessControlContext;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import javafx.event.Event;
import javafx.event.EventType;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.scene.input.DataFormat;
import javafx.scene.input.DragEvent;
import javafx.scene.input.Dragboard;
import javafx.scene.input.TransferMode;
import javafx.util.Pair;

/**
 * Files dragged from the desktop and dropped on a scene, as the toolkit delivers them: a drag-over, then the drop, both
 * carrying a dragboard with the files. Monocle has no desktop to drag from, so the dragboard is made here (JavaFX's own
 * helper, reachable on the class path); everything after it is the window's real handling.
 */
final class FileDrag {
    private FileDrag() {
    }

    /** Fires a drag-over at the scene's root (FX thread); whether the scene accepted the files. */
    static boolean over(Scene scene, List<Path> files) {
        DragEvent over = event(scene, DragEvent.DRAG_OVER, files);
        Event.fireEvent(scene.getRoot(), over);
        return over.isAccepted();
    }

    /** Fires the drag-over and the drop at the scene's root (FX thread); whether the scene accepted the files. */
    static boolean drop(Scene scene, List<Path> files) {
        boolean accepted = over(scene, files);
        Event.fireEvent(scene.getRoot(), event(scene, DragEvent.DRAG_DROPPED, files));
        return accepted;
    }

    private static DragEvent event(Scene scene, EventType<DragEvent> type, List<Path> files) {
        Dragboard board = DragboardHelper.createDragboard(new Files(files.stream().map(Path::toFile).toList()));
        DragboardHelper.setDataAccessRestriction(board, false);
        double x = scene.getWidth() / 2;
        double y = scene.getHeight() / 2;
        return new DragEvent(type, board, x, y, x, y, TransferMode.COPY, null, null, null);
    }

    /** A clipboard that holds files and nothing else. */
    private record Files(List<File> files) implements TKClipboard {
        @Override
        public void setSecurityContext(AccessControlContext context) {
        }

        @Override
        public Set<DataFormat> getContentTypes() {
            return Set.of(DataFormat.FILES);
        }

        @Override
        @SafeVarargs
        public final boolean putContent(Pair<DataFormat, Object>... content) {
            return false;
        }

        @Override
        public Object getContent(DataFormat format) {
            return DataFormat.FILES.equals(format) ? files : null;
        }

        @Override
        public boolean hasContent(DataFormat format) {
            return DataFormat.FILES.equals(format);
        }

        @Override
        public Set<TransferMode> getTransferModes() {
            return EnumSet.of(TransferMode.COPY);
        }

        @Override
        public void setDragView(Image image) {
        }

        @Override
        public void setDragViewOffsetX(double offset) {
        }

        @Override
        public void setDragViewOffsetY(double offset) {
        }

        @Override
        public Image getDragView() {
            return null;
        }

        @Override
        public double getDragViewOffsetX() {
            return 0;
        }

        @Override
        public double getDragViewOffsetY() {
            return 0;
        }
    }
}

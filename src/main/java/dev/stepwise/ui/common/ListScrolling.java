package dev.stepwise.ui.common;

import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.scene.Scene;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.ListView;
import javafx.scene.control.skin.VirtualFlow;

/**
 * Bringing a list's row into view without moving what the learner is looking at. {@code ListView.scrollTo} puts the
 * row at the top every time, so a list that re-selects its row after a change jumped; every list of the app scrolls
 * through here instead.
 */
public final class ListScrolling {
    /** How many layouts the cells of replaced rows take to settle their heights. */
    private static final int SETTLING_LAYOUTS = 3;
    /** The row a list out of the scene is to reveal once it is back, kept in the list's properties. */
    private static final String PENDING = ListScrolling.class.getName() + ".pending";

    private ListScrolling() {
    }

    /**
     * Scrolls only when the row is not already fully on screen, and then the least that shows it (with the row
     * above it when moving up, so a heading stays with its first row).
     */
    public static void reveal(ListView<?> list, int index) {
        if (index < 0 || index >= list.getItems().size()) {
            return;
        }
        if (list.getScene() == null) {
            revealWhenBack(list, index);
            return;
        }
        if (list.lookup(".virtual-flow") instanceof VirtualFlow<?> flow) {
            if (flow.getCellCount() != list.getItems().size()) {
                // The rows were just replaced (a search cleared): the flow still tells of the rows before, and its new
                // cells settle their heights over the next layouts, each moving what is on screen. Laid out now, and
                // checked again after the next few layouts.
                list.layout();
                flow.scrollTo(index);
                checkAfterLayouts(list, index, SETTLING_LAYOUTS);
                return;
            }
            IndexedCell<?> first = flow.getFirstVisibleCell();
            IndexedCell<?> last = flow.getLastVisibleCell();
            if (first != null && last != null) {
                if (index > first.getIndex() && index < last.getIndex() || fullyShown(flow, index)) {
                    return;
                }
                flow.scrollTo(index <= first.getIndex() ? Math.max(0, index - 1) : index);
                return;
            }
        }
        // Not laid out yet: nothing is on screen to keep still.
        list.scrollTo(Math.max(0, index - 1));
    }

    /**
     * A list of a page not shown (the path was switched from another page) is out of the scene, so its cells get no
     * CSS: laid out then, every new row measured no height and the flow made a cell for each (669 for 408 rows, with
     * three tooltips apiece; 13 s on the FX thread at 10,000 items). Nothing is on screen to keep still, so the row is
     * revealed once the list is back, styled first; only the last row asked for counts.
     */
    private static void revealWhenBack(ListView<?> list, int index) {
        boolean waiting = list.getProperties().containsKey(PENDING);
        list.getProperties().put(PENDING, index);
        if (waiting) {
            return;
        }
        list.sceneProperty().addListener(new ChangeListener<Scene>() {
            @Override
            public void changed(ObservableValue<? extends Scene> observable, Scene old, Scene scene) {
                if (scene == null) {
                    return;
                }
                observable.removeListener(this);
                // Should the list have left again meanwhile, reveal waits for it once more.
                Platform.runLater(() -> {
                    if (list.getProperties().remove(PENDING) instanceof Integer pending) {
                        list.applyCss();
                        reveal(list, pending);
                    }
                });
            }
        });
    }

    /**
     * Keeps the selected row in view however it was selected. The list's own keys (End, Page Down) scroll by the rows'
     * estimated heights, which on a long list of rows of many heights left the row End selected below the list's
     * edge, and Space then changed an item out of sight. Checked once the list is laid out again.
     */
    public static void keepSelectionInView(ListView<?> list) {
        list.getSelectionModel().selectedIndexProperty().addListener((obs, old, index) -> {
            int selected = index.intValue();
            Platform.runLater(() -> {
                if (selected >= 0 && list.getSelectionModel().getSelectedIndex() == selected) {
                    reveal(list, selected);
                }
            });
        });
    }

    /** After each of the next layouts, the row is scrolled back wholly into view if it is not. */
    private static void checkAfterLayouts(ListView<?> list, int index, int layouts) {
        Scene scene = list.getScene();
        if (scene == null) {
            return;
        }
        int rows = list.getItems().size();
        Runnable[] check = new Runnable[1];
        int[] left = {layouts};
        check[0] = () -> {
            if (left[0] <= 0) {
                return;
            }
            left[0]--;
            if (left[0] == 0) {
                // Not while the scene runs its listeners.
                Platform.runLater(() -> scene.removePostLayoutPulseListener(check[0]));
            }
            // Only while the list still holds the same rows: a later change reveals its own selection.
            if (list.getItems().size() == rows && list.lookup(".virtual-flow") instanceof VirtualFlow<?> flow
                    && !fullyShown(flow, index)) {
                flow.scrollTo(index);
            }
        };
        scene.addPostLayoutPulseListener(check[0]);
    }

    private static boolean fullyShown(VirtualFlow<?> flow, int index) {
        IndexedCell<?> cell = flow.getVisibleCell(index);
        if (cell == null || !cell.isVisible()) {
            return false;
        }
        double top = cell.getLayoutY();
        return top >= 0 && top + cell.getHeight() <= flow.getHeight();
    }
}

package dev.stepwise.ui.common;

import javafx.animation.AnimationTimer;
import javafx.geometry.Rectangle2D;
import javafx.scene.control.DialogPane;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.stage.WindowEvent;

/**
 * Puts a dialog over the middle of its window when it is shown, and keeps it inside the screen as it sizes itself.
 * JavaFX places a dialog for the width its content asks for, before the theme's 600 px cap narrows it, and a dialog
 * whose text wraps grows taller after it is shown: the backups dialog opened with its left part off the screen, and
 * on a 1024×640 screen the role import's buttons were below its bottom edge.
 */
final class DialogPlacement {
    private static final String SETTLING = DialogPlacement.class.getName() + ".settling";
    private static final int SETTLING_FRAMES = 3;

    private DialogPlacement() {
    }

    /** Centres the pane's dialog each time it is shown, and keeps it on screen while it is. */
    static void centreWhenShown(DialogPane pane) {
        pane.sceneProperty().subscribe(scene -> {
            if (scene != null) {
                scene.windowProperty().subscribe(window -> {
                    if (window != null) {
                        window.addEventHandler(WindowEvent.WINDOW_SHOWN, event -> {
                            centre(window);
                            settle(window);
                        });
                        window.widthProperty().addListener((obs, old, width) -> resized(window));
                        window.heightProperty().addListener((obs, old, height) -> resized(window));
                    }
                });
            }
        });
    }

    /**
     * A dialog sizes itself over its first frames (an alert is shown at a fraction of its height): until then each new
     * size is centred again; later, when the learner may be resizing it, it is only kept on screen.
     */
    private static void settle(Window dialog) {
        dialog.getProperties().put(SETTLING, Boolean.TRUE);
        new AnimationTimer() {
            private int frames;

            @Override
            public void handle(long now) {
                if (++frames > SETTLING_FRAMES) {
                    dialog.getProperties().remove(SETTLING);
                    stop();
                }
            }
        }.start();
    }

    private static void resized(Window dialog) {
        if (dialog.getProperties().containsKey(SETTLING)) {
            centre(dialog);
        } else {
            keepOnScreen(dialog);
        }
    }

    /** Over the middle of the owner (if any), then inside the owner's screen. */
    static void centre(Window dialog) {
        if (!placed(dialog)) {
            return;
        }
        Window owner = dialog instanceof Stage stage ? stage.getOwner() : null;
        if (owner != null) {
            dialog.setX(owner.getX() + (owner.getWidth() - dialog.getWidth()) / 2);
            dialog.setY(owner.getY() + (owner.getHeight() - dialog.getHeight()) / 2);
        }
        keepOnScreen(dialog);
    }

    /**
     * Moves a showing dialog back inside the screen it belongs to; one larger than the screen is made as large as the
     * screen (its content then has less room, its buttons stay in view).
     */
    static void keepOnScreen(Window dialog) {
        if (!placed(dialog)) {
            return;
        }
        Rectangle2D screen = screenOf(dialog);
        if (dialog.getWidth() > screen.getWidth()) {
            dialog.setWidth(screen.getWidth());
        }
        if (dialog.getHeight() > screen.getHeight()) {
            dialog.setHeight(screen.getHeight());
        }
        dialog.setX(Math.max(screen.getMinX(), Math.min(dialog.getX(), screen.getMaxX() - dialog.getWidth())));
        dialog.setY(Math.max(screen.getMinY(), Math.min(dialog.getY(), screen.getMaxY() - dialog.getHeight())));
    }

    /**
     * Whether the window has a place and a size yet: a window is showing before the toolkit has placed it, and moving
     * it then (to NaN) would leave it nowhere.
     */
    private static boolean placed(Window window) {
        return window.isShowing() && Double.isFinite(window.getX()) && Double.isFinite(window.getY())
                && Double.isFinite(window.getWidth()) && Double.isFinite(window.getHeight());
    }

    /** The visible area of the screen the dialog's owner (or the dialog itself) is on. */
    private static Rectangle2D screenOf(Window dialog) {
        Window anchor = dialog instanceof Stage stage && stage.getOwner() != null ? stage.getOwner() : dialog;
        return Screen.getScreensForRectangle(anchor.getX(), anchor.getY(), Math.max(1, anchor.getWidth()),
                Math.max(1, anchor.getHeight())).stream().findFirst().orElse(Screen.getPrimary()).getVisualBounds();
    }
}

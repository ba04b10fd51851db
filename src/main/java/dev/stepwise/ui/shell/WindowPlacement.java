package dev.stepwise.ui.shell;

import dev.stepwise.service.Preferences.WindowBounds;
import java.util.Optional;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;

/**
 * Puts the window back where the learner left it, fitted to the screen it is on now: bounds saved on a larger
 * screen (or at a lower scaling) are moved and shrunk into that screen's visual bounds, so the title bar and the
 * status bar stay reachable. A place that is on no screen any more (a monitor was unplugged) opens centred at a
 * comfortable size instead.
 */
public final class WindowPlacement {
    static final double DEFAULT_WIDTH = 1280;
    static final double DEFAULT_HEIGHT = 820;
    static final double MIN_WIDTH = 900;
    static final double MIN_HEIGHT = 600;

    private WindowPlacement() {
    }

    /**
     * Puts the window where it was, and returns where that is: the window's own bounds (restore bounds, if it opens
     * maximised), from which {@link PlaceToRemember} starts.
     */
    public static WindowBounds restore(Stage stage, Optional<WindowBounds> saved) {
        Optional<Screen> savedOn = saved.flatMap(bounds -> Screen.getScreensForRectangle(
                bounds.x(), bounds.y(), Math.min(bounds.width(), 200), Math.min(bounds.height(), 100)).stream().findFirst());
        Rectangle2D screen = savedOn.orElse(Screen.getPrimary()).getVisualBounds();
        // A screen smaller than our minimum (a netbook, a phone-sized VM) gets the whole screen, not a window past it.
        stage.setMinWidth(Math.min(MIN_WIDTH, screen.getWidth()));
        stage.setMinHeight(Math.min(MIN_HEIGHT, screen.getHeight()));
        WindowBounds placed = savedOn.isPresent() ? fit(saved.orElseThrow(), screen) : centred(screen);
        stage.setX(placed.x());
        stage.setY(placed.y());
        stage.setWidth(placed.width());
        stage.setHeight(placed.height());
        stage.setMaximized(placed.maximized());
        return placed;
    }

    /** A comfortable size in the middle of the screen, for a first start or a place that is on no screen any more. */
    private static WindowBounds centred(Rectangle2D screen) {
        double width = Math.min(DEFAULT_WIDTH, screen.getWidth());
        double height = Math.min(DEFAULT_HEIGHT, screen.getHeight());
        return new WindowBounds(screen.getMinX() + (screen.getWidth() - width) / 2,
                screen.getMinY() + (screen.getHeight() - height) / 2, width, height, false);
    }

    /**
     * The saved bounds clamped to a screen's visual bounds (the screen without task bars and docks): no larger than
     * the screen, and moved, not cut, so that every edge lies on it.
     */
    static WindowBounds fit(WindowBounds saved, Rectangle2D screen) {
        double width = Math.min(saved.width(), screen.getWidth());
        double height = Math.min(saved.height(), screen.getHeight());
        double x = clamp(saved.x(), screen.getMinX(), screen.getMaxX() - width);
        double y = clamp(saved.y(), screen.getMinY(), screen.getMaxY() - height);
        return new WindowBounds(x, y, width, height, saved.maximized());
    }

    private static double clamp(double value, double min, double max) {
        return Math.max(min, Math.min(value, max));
    }

    /** The window's bounds as they are now; which of them to remember is {@link PlaceToRemember}'s rule. */
    public static WindowBounds capture(Stage stage) {
        return new WindowBounds(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight(), stage.isMaximized());
    }
}

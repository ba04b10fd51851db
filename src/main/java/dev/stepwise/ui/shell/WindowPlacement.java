package dev.stepwise.ui.shell;

import dev.stepwise.service.Preferences.WindowBounds;
import java.util.Optional;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;

/**
 * Puts the window back where the learner left it, unless that place is no longer on any screen (a monitor was
 * unplugged), in which case it opens centred at a comfortable size.
 */
public final class WindowPlacement {
    static final double DEFAULT_WIDTH = 1280;
    static final double DEFAULT_HEIGHT = 820;
    static final double MIN_WIDTH = 900;
    static final double MIN_HEIGHT = 600;

    private WindowPlacement() {
    }

    public static void restore(Stage stage, Optional<WindowBounds> saved) {
        stage.setMinWidth(MIN_WIDTH);
        stage.setMinHeight(MIN_HEIGHT);
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        Optional<WindowBounds> visible = saved.filter(bounds -> !Screen.getScreensForRectangle(
                bounds.x(), bounds.y(), Math.min(bounds.width(), 200), Math.min(bounds.height(), 100)).isEmpty());
        if (visible.isPresent()) {
            WindowBounds bounds = visible.get();
            stage.setX(bounds.x());
            stage.setY(bounds.y());
            stage.setWidth(bounds.width());
            stage.setHeight(bounds.height());
            stage.setMaximized(bounds.maximized());
        } else {
            double width = Math.min(DEFAULT_WIDTH, screen.getWidth());
            double height = Math.min(DEFAULT_HEIGHT, screen.getHeight());
            stage.setWidth(width);
            stage.setHeight(height);
            stage.setX(screen.getMinX() + (screen.getWidth() - width) / 2);
            stage.setY(screen.getMinY() + (screen.getHeight() - height) / 2);
        }
    }

    public static WindowBounds capture(Stage stage) {
        return new WindowBounds(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight(), stage.isMaximized());
    }
}

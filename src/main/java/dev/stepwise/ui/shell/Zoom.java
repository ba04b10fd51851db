package dev.stepwise.ui.shell;

import dev.stepwise.ui.common.UiScale;
import java.util.List;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;

/**
 * How large the whole window's text is, in percent, in the steps of the View menu's zoom commands. The window turns
 * it into the app's one em ({@link UiScale}); every size in our CSS and the theme's is in em, so everything follows.
 */
public final class Zoom {
    static final List<Integer> STEPS = List.of(80, 90, 100, 110, 125, 150, 175, 200);
    static final int NORMAL = 100;

    private final ReadOnlyIntegerWrapper percent = new ReadOnlyIntegerWrapper(this, "percent", NORMAL);

    /** Starts at the remembered zoom; a value that is not one of the steps (an older or edited file) is normal. */
    Zoom(int remembered) {
        percent.set(STEPS.contains(remembered) ? remembered : NORMAL);
    }

    public void zoomIn() {
        int index = STEPS.indexOf(percent.get());
        percent.set(STEPS.get(Math.min(index + 1, STEPS.size() - 1)));
    }

    public void zoomOut() {
        int index = STEPS.indexOf(percent.get());
        percent.set(STEPS.get(Math.max(index - 1, 0)));
    }

    public void reset() {
        percent.set(NORMAL);
    }

    public ReadOnlyIntegerProperty percentProperty() {
        return percent.getReadOnlyProperty();
    }

    /** One em in pixels at the current zoom: the theme's 14 px at 100 %. */
    double fontSize() {
        return UiScale.BASE_FONT_SIZE * percent.get() / 100;
    }
}

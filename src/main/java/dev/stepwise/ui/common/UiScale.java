package dev.stepwise.ui.common;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.DoubleBinding;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;

/**
 * How large one em of the app's text is, in pixels: the theme's 14 px at 100 %, more when the learner zooms. The
 * window's root font follows it, so every size in our CSS (all in em) follows too; the few sizes set in Java that
 * must fit text (the matrix's columns, a dialog's text width) are asked for in em here, so they follow as well.
 * One per app (one window); read and set on the FX thread.
 */
public final class UiScale {
    /** The theme's own root font size (AtlantaFX Primer), which 100 % stands for. */
    public static final double BASE_FONT_SIZE = 14;

    private static final ReadOnlyDoubleWrapper FONT_SIZE = new ReadOnlyDoubleWrapper(BASE_FONT_SIZE);

    private UiScale() {
    }

    /** One em in pixels now. */
    public static ReadOnlyDoubleProperty fontSizeProperty() {
        return FONT_SIZE.getReadOnlyProperty();
    }

    /** Set by the window from the zoom (and so from the learner's remembered choice) before any page is built. */
    public static void setFontSize(double pixels) {
        if (!(pixels > 0) || Double.isInfinite(pixels)) {
            throw new IllegalArgumentException("a font size must be a positive number of pixels, was " + pixels);
        }
        FONT_SIZE.set(pixels);
    }

    /** A length in em, in pixels now. */
    public static double em(double ems) {
        return ems * FONT_SIZE.get();
    }

    /** A length in em, in pixels, following the zoom. */
    public static DoubleBinding emBinding(double ems) {
        return Bindings.createDoubleBinding(() -> em(ems), FONT_SIZE);
    }

    /** A root's style for the current size, e.g. {@code -fx-font-size: 17.5px;}: a dialog's pane takes it too. */
    public static String rootStyle() {
        return "-fx-font-size: " + FONT_SIZE.get() + "px;";
    }
}

package dev.stepwise.ui;

import javafx.scene.paint.Color;

/** WCAG 2.x contrast: relative luminance of sRGB colours and the ratio between two of them. */
public final class Contrast {
    private Contrast() {
    }

    /** (L1 + 0.05) / (L2 + 0.05), the lighter colour's luminance over the darker's; 1 to 21. */
    public static double ratio(Color a, Color b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    public static double luminance(Color color) {
        return 0.2126 * linear(color.getRed()) + 0.7152 * linear(color.getGreen()) + 0.0722 * linear(color.getBlue());
    }

    /** A translucent colour as it shows over an opaque one. */
    public static Color over(Color top, Color below) {
        double a = top.getOpacity();
        return Color.color(top.getRed() * a + below.getRed() * (1 - a), top.getGreen() * a + below.getGreen() * (1 - a),
                top.getBlue() * a + below.getBlue() * (1 - a));
    }

    private static double linear(double channel) {
        return channel <= 0.04045 ? channel / 12.92 : Math.pow((channel + 0.055) / 1.055, 2.4);
    }
}

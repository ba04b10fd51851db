package dev.stepwise.ui.common;

import javafx.scene.text.Font;
import javafx.scene.text.Text;

/** How wide a text is laid out in a font, in whole pixels: what a column, a field or a header line is sized by. */
public final class TextWidths {
    private TextWidths() {
    }

    public static double of(String text, Font font) {
        Text measure = new Text(text == null ? "" : text);
        measure.setFont(font);
        return Math.ceil(measure.getLayoutBounds().getWidth());
    }
}

package dev.stepwise.ui.matrix;

import dev.stepwise.domain.Level;
import dev.stepwise.ui.common.Messages;
import dev.stepwise.ui.common.TextWidths;
import dev.stepwise.ui.common.UiScale;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import javafx.beans.binding.DoubleBinding;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.value.ObservableValue;
import javafx.scene.layout.Region;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;

/**
 * The widths of one grid's columns, shared by its header and every row so they line up. Each column is as wide as
 * its header's longest word (the header wraps) or its widest value needs, measured once per language in em, so that
 * zooming scales them with the text. The skill's name column gives way, from its preferred width down to its least,
 * so that the detail still fits beside the grid on a 1280–1366 px screen (a long name then wraps onto more lines).
 */
final class MatrixColumns {
    /** Room for the bundled paths' longest skill names on one line in bold ("Data integrity & edge cases"). */
    static final double NAME_EM = 17.2;
    /** The least: two short words a line. */
    static final double NAME_MIN_EM = 8.5;
    static final double CELL_HEIGHT_EM = 2.15;

    /** The header's font: skills-matrix.css, {@code .matrix-header .label}, 0.74 em. */
    private static final double HEADER_FONT_EM = 0.74;
    /** The level cells' own minimum, a comfortable click target. */
    private static final double MIN_CELL_EM = 4.3;
    private static final double MIN_TARGET_EM = 3.1;
    private static final double MIN_GAP_EM = 2.9;
    /** Room either side of a column's text, so that it is never cut at its last letter. */
    private static final double TEXT_MARGIN_EM = 0.6;
    /**
     * The level headings need less: their cells hold one digit, and the rows' spacing already parts two headings. Five
     * of them side by side, this is the room the evidence count's column takes at 1280 px.
     */
    private static final double LEVEL_MARGIN_EM = 0.25;
    /** Per language: the level names and headings, and so the columns, differ in width (a test JVM runs several). */
    private static final Map<Locale, Widths> WIDTHS = new ConcurrentHashMap<>();

    private final Widths widths = WIDTHS.computeIfAbsent(Messages.current().locale(), locale -> measure());
    private final DoubleProperty name = new SimpleDoubleProperty(UiScale.em(NAME_EM));
    final DoubleBinding level = UiScale.emBinding(widths.level);
    final DoubleBinding target = UiScale.emBinding(widths.target);
    final DoubleBinding gap = UiScale.emBinding(widths.gap);
    final DoubleBinding linked = UiScale.emBinding(widths.linked);
    final DoubleBinding evidence = UiScale.emBinding(widths.evidence);
    final DoubleBinding cellHeight = UiScale.emBinding(CELL_HEIGHT_EM);

    /** The widths of the columns other than the name, in em of the app's text. */
    private record Widths(double level, double target, double gap, double linked, double evidence) {
    }

    /** The name column's width now, in pixels; the matrix view sets it between {@link #nameMin} and {@link #namePreferred}. */
    DoubleProperty name() {
        return name;
    }

    /** Every column but the name, in pixels now. */
    double othersWidth() {
        return level.get() * Level.values().length + target.get() + gap.get() + linked.get() + evidence.get();
    }

    static double namePreferred() {
        return UiScale.em(NAME_EM);
    }

    static double nameMin() {
        return UiScale.em(NAME_MIN_EM);
    }

    /** Makes a label or cell exactly as wide as a column, following it as it changes (the zoom, or the view's squeeze). */
    static void fit(Region region, ObservableValue<? extends Number> width) {
        region.minWidthProperty().bind(width);
        region.prefWidthProperty().bind(width);
        region.maxWidthProperty().bind(width);
    }

    private static Widths measure() {
        Messages messages = Messages.current();
        double level = headerWidth(LEVEL_MARGIN_EM, Stream.of(Level.values()).map(messages::levelName).toArray(String[]::new));
        double linked = Math.max(headerWidth(TEXT_MARGIN_EM, messages.text("matrix.header.linked")),
                valueWidth(messages.text("matrix.linked", 88, 88), FontWeight.NORMAL));
        double target = Math.max(MIN_TARGET_EM, headerWidth(TEXT_MARGIN_EM, messages.text("matrix.header.target")));
        double gap = Math.max(Math.max(MIN_GAP_EM, headerWidth(TEXT_MARGIN_EM, messages.text("matrix.header.gap"))),
                valueWidth(messages.text("matrix.gap.met"), FontWeight.NORMAL));
        double evidence = Math.max(headerWidth(TEXT_MARGIN_EM, messages.text("matrix.header.evidence")),
                valueWidth(messages.text("matrix.evidence", 88), FontWeight.NORMAL));
        return new Widths(Math.max(MIN_CELL_EM, level), target, gap, linked, evidence);
    }

    /** The longest word of the headings, in the header's font, and the room either side of it, in em of the app's text. */
    private static double headerWidth(double margin, String... headings) {
        double widest = 0;
        for (String heading : headings) {
            for (String word : heading.split("\\s+")) {
                widest = Math.max(widest, textWidth(word, HEADER_FONT_EM, FontWeight.NORMAL));
            }
        }
        return widest + margin;
    }

    private static double valueWidth(String value, FontWeight weight) {
        return textWidth(value, 1, weight) + TEXT_MARGIN_EM;
    }

    /** Measured at the theme's 14 px and given in em: a text's width scales with its font size. */
    private static double textWidth(String text, double fontEm, FontWeight weight) {
        Font font = Font.font(Font.getDefault().getFamily(), weight, UiScale.BASE_FONT_SIZE * fontEm);
        return TextWidths.of(text, font) / UiScale.BASE_FONT_SIZE;
    }
}

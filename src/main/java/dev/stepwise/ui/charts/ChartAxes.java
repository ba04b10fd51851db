package dev.stepwise.ui.charts;

import dev.stepwise.domain.Level;
import dev.stepwise.domain.chart.CountTicks;
import dev.stepwise.ui.common.Messages;
import java.util.function.DoubleFunction;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.util.StringConverter;

/**
 * The axes our line charts share: days along the bottom ({@link DayAxis}: epoch days, labelled on calendar boundaries
 * in the learner's language), counts or levels up the side. Bounds and tick spacing are set here rather than
 * auto-ranged, so ticks fall on whole levels and round counts, and a new point never makes the chart animate its axes.
 */
final class ChartAxes {
    private ChartAxes() {
    }

    /** A day axis over epoch days, labelled on calendar boundaries; set its range with {@link DayAxis#show}. */
    static DayAxis days() {
        return new DayAxis();
    }

    /** The 0–4 level scale, each tick named by its level ("2 Guided"). */
    static NumberAxis levels() {
        NumberAxis axis = new NumberAxis(Level.MIN.value(), Level.MAX.value(), 1);
        axis.setAutoRanging(false);
        axis.setAnimated(false);
        axis.setMinorTickVisible(false);
        axis.setTickLabelFormatter(converter(value -> {
            long rounded = Math.round(value);
            return rounded == value && rounded >= Level.MIN.value() && rounded <= Level.MAX.value()
                    ? Messages.current().level(Level.of((int) rounded)) : "";
        }));
        return axis;
    }

    /** A count axis in whole, round steps; see {@link #showCounts}. */
    static NumberAxis counts() {
        NumberAxis axis = new NumberAxis();
        axis.setAutoRanging(false);
        axis.setAnimated(false);
        axis.setMinorTickVisible(false);
        axis.setTickLabelFormatter(converter(value -> Messages.current().number(Math.round(value))));
        return axis;
    }

    /** From 0 to the first step above {@code most}, in round steps ({@link CountTicks}). */
    static void showCounts(NumberAxis axis, int most) {
        axis.setLowerBound(0);
        axis.setUpperBound(CountTicks.top(most));
        axis.setTickUnit(CountTicks.step(most));
    }

    /** A chart that draws, never animates: data arrives with each change, not to be watched. */
    static <X, Y> void still(LineChart<X, Y> chart) {
        chart.setAnimated(false);
        chart.setHorizontalZeroLineVisible(false);
        chart.setVerticalZeroLineVisible(false);
        chart.setAlternativeRowFillVisible(false);
        chart.setAlternativeColumnFillVisible(false);
    }

    private static StringConverter<Number> converter(DoubleFunction<String> format) {
        return new StringConverter<>() {
            @Override
            public String toString(Number value) {
                return value == null ? "" : format.apply(value.doubleValue());
            }

            @Override
            public Number fromString(String text) {
                throw new UnsupportedOperationException("chart labels are not read back");
            }
        };
    }
}

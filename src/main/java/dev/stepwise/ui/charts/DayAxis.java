package dev.stepwise.ui.charts;

import dev.stepwise.domain.chart.DayTicks;
import dev.stepwise.ui.common.Messages;
import dev.stepwise.ui.common.UiScale;
import java.time.LocalDate;
import java.util.List;
import javafx.scene.chart.ValueAxis;

/**
 * A chart's axis of days (epoch days as numbers, as the charts plot them) labelled on calendar boundaries in the
 * learner's language: "Nov 3, Nov 10, Nov 17" over a few weeks, "Oct 2026, Nov, Dec, Jan 2027" over months (see
 * {@link DayTicks}). As many labels as the axis's length holds at the current zoom; its range is set, never
 * auto-ranged, so a new point never makes it move.
 */
final class DayAxis extends ValueAxis<Number> {
    /** The room one label takes with the gap to the next, in em: wide enough for "Jan 2027" and for "30. Nov.". */
    private static final double LABEL_ROOM_EM = 7.5;

    /** The room after the last day, as a share of the days shown: a label centred on the last day's tick fits in it. */
    private static final double ROOM_AFTER_LAST = 0.04;

    /** How far a label may reach left of the axis's start, into the empty corner under the side axis, in em. */
    private static final double CORNER_EM = 2;

    private final DayTicks.Formats formats;
    /** The last day shown: the room after it is for its label, not for labels of days after it. */
    private long lastDay = Long.MAX_VALUE;
    /** The labels of the last layout: the axis asks for each label's text after it asked for the ticks. */
    private DayTicks.Choice ticks;

    DayAxis() {
        formats = Messages.current().dayTickFormats();
        setAutoRanging(false);
        setAnimated(false);
        setMinorTickVisible(false);
    }

    /**
     * Shows the days from {@code first} to {@code last} (epoch days; at least one day apart), and a little room after
     * the last: a label on the last day then fits whole, where it would stick out past the end (and be left out).
     */
    void show(double first, double last) {
        double lower = Math.floor(first);
        double upper = Math.max(Math.ceil(last), lower + 1);
        lastDay = (long) upper;
        setLowerBound(lower);
        setUpperBound(upper + (upper - lower) * ROOM_AFTER_LAST);
    }

    @Override
    protected List<Number> calculateTickValues(double length, Object range) {
        double[] bounds = (double[]) range;
        int fit = (int) Math.floor(length / UiScale.em(LABEL_ROOM_EM));
        DayTicks.Choice choice = DayTicks.between(LocalDate.ofEpochDay((long) Math.ceil(bounds[0])),
                LocalDate.ofEpochDay(Math.min((long) Math.floor(bounds[1]), lastDay)), Math.max(2, fit));
        ticks = whole(choice, length, bounds);
        return ticks.days().stream().<Number>map(day -> (double) day.toEpochDay()).toList();
    }

    /**
     * Leaves out a label that would stick out past the axis's end, where the chart's edge or the legend would cut it
     * ("De" for "Dec" under a chart in a narrow pane), or far past its start. Labels depend on which one is first (it
     * carries the year), so this repeats until every label left is whole.
     */
    private DayTicks.Choice whole(DayTicks.Choice choice, double length, double[] bounds) {
        double perDay = length / Math.max(1, bounds[1] - bounds[0]);
        // Left of the axis's start lies the corner under the side axis, empty: a label may reach a little into it.
        double cornerRoom = UiScale.em(CORNER_EM);
        DayTicks.Choice kept = choice;
        while (true) {
            DayTicks.Choice current = kept;
            List<LocalDate> inside = current.days().stream().filter(day -> {
                double at = (day.toEpochDay() - bounds[0]) * perDay;
                double half = measureTickMarkLabelSize(current.label(day, formats), getTickLabelRotation()).getWidth() / 2;
                return at - half >= -cornerRoom && at + half <= length;
            }).toList();
            if (inside.size() == current.days().size()) {
                return current;
            }
            kept = new DayTicks.Choice(current.unit(), inside);
        }
    }

    @Override
    protected String getTickMarkLabel(Number value) {
        LocalDate day = LocalDate.ofEpochDay(Math.round(value.doubleValue()));
        return ticks == null ? formats.day().format(day) : ticks.label(day, formats);
    }

    @Override
    protected List<Number> calculateMinorTickMarks() {
        return List.of();
    }

    @Override
    protected Object getRange() {
        return new double[] {getLowerBound(), getUpperBound()};
    }

    /** Never auto-ranged: a range is only ever one this axis gave. */
    @Override
    protected void setRange(Object range, boolean animate) {
        double[] bounds = (double[]) range;
        setLowerBound(bounds[0]);
        setUpperBound(bounds[1]);
    }
}

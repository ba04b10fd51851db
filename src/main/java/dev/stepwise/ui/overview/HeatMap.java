package dev.stepwise.ui.overview;

import dev.stepwise.domain.ActivityCalendar;
import dev.stepwise.ui.common.Messages;
import dev.stepwise.ui.common.UiScale;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.AccessibleRole;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Region;
import javafx.scene.shape.SVGPath;
import javafx.util.Duration;

/**
 * The last year of activity as a calendar: one column per week (Monday on top), one square per day, darker the
 * busier the day was. The squares shrink with the card, so the whole year fits a narrow window, and one tooltip
 * follows the mouse instead of 364 tooltips.
 *
 * <p>The squares are drawn as one {@link SVGPath} per shade ({@code .heat-shade.heat-2} in app.css), not one node per
 * day: 364 styled nodes were two fifths of the first window's scene graph and most of its first CSS pass.
 */
final class HeatMap extends Region {
    static final String SHADE_CLASS = "heat-";
    private static final int DAYS = 7;
    private static final double LARGEST_CELL_EM = 1.0;
    private static final double SMALLEST_CELL_PX = 5;
    private static final double GAP = 0.18;
    private static final double CORNER_EM = 0.15;
    private static final int OUT_OF_SPAN = -1;
    /** The weekday names' column, in em. */
    static final double LABEL_WIDTH_EM = 2.4;

    private final SVGPath[] paths = new SVGPath[ActivityCalendar.SHADES + 1];
    /** Each day's shade, or {@link #OUT_OF_SPAN} for a day after today (not drawn). */
    private final int[][] shades = new int[ActivityCalendar.WEEKS][DAYS];
    private final List<Label> months = new ArrayList<>();
    private final List<Integer> monthColumns = new ArrayList<>();
    private final Label[] weekdays = new Label[DAYS];
    private final Tooltip tip = new Tooltip();
    private ActivityCalendar calendar;
    /** Whether the squares count minutes studied rather than changes. */
    private boolean minutes;

    HeatMap() {
        getStyleClass().add("heat-map");
        setId("heat-map");
        for (int shade = 0; shade < paths.length; shade++) {
            paths[shade] = new SVGPath();
            paths[shade].getStyleClass().addAll("heat-shade", SHADE_CLASS + shade);
            getChildren().add(paths[shade]);
        }
        // Monday, Wednesday and Friday name their rows, as paper calendars of this kind do.
        for (int day = 0; day <= 4; day += 2) {
            weekdays[day] = new Label(DayOfWeek.of(day + 1).getDisplayName(TextStyle.SHORT, Messages.current().locale()));
            weekdays[day].getStyleClass().add("heat-label");
            getChildren().add(weekdays[day]);
        }
        tip.setShowDelay(Duration.millis(150));
        Tooltip.install(this, tip);
        addEventHandler(MouseEvent.MOUSE_MOVED, event -> describeAt(event.getX(), event.getY()));
        setAccessibleRole(AccessibleRole.IMAGE_VIEW);
    }

    void show(ActivityCalendar shown, boolean countsMinutes) {
        this.calendar = shown;
        this.minutes = countsMinutes;
        List<ActivityCalendar.Week> weeks = shown.weeks();
        getChildren().removeAll(months);
        months.clear();
        monthColumns.clear();
        int lastMonth = -1;
        for (int week = 0; week < ActivityCalendar.WEEKS; week++) {
            ActivityCalendar.Week column = weeks.get(week);
            for (int day = 0; day < DAYS; day++) {
                shades[week][day] = day < column.days().size() ? column.days().get(day).shade() : OUT_OF_SPAN;
            }
            // A month is named over the first week that starts in it.
            int month = column.monday().getMonthValue();
            if (month != lastMonth && (week > 0 || column.monday().getDayOfMonth() <= 7)) {
                Label name = new Label(column.monday().getMonth().getDisplayName(TextStyle.SHORT, Messages.current().locale()));
                name.getStyleClass().add("heat-label");
                months.add(name);
                monthColumns.add(week);
            }
            lastMonth = month;
        }
        getChildren().addAll(months);
        setAccessibleText(Messages.tr(countsMinutes ? "history.heatMap.minutes.accessible" : "history.heatMap.accessible",
                shown.activeDays()));
        requestLayout();
    }

    private double labelWidth() {
        return UiScale.em(LABEL_WIDTH_EM);
    }

    private double labelHeight() {
        return UiScale.em(1.3);
    }

    /** The side of one day's square and its gap, for a given width. */
    private double cell(double width) {
        double fits = (width - snappedLeftInset() - snappedRightInset() - labelWidth()) / ActivityCalendar.WEEKS;
        return Math.max(SMALLEST_CELL_PX, Math.min(UiScale.em(LARGEST_CELL_EM), fits));
    }

    @Override
    protected double computePrefWidth(double height) {
        return snappedLeftInset() + labelWidth() + ActivityCalendar.WEEKS * UiScale.em(LARGEST_CELL_EM) + snappedRightInset();
    }

    @Override
    protected double computeMinWidth(double height) {
        return snappedLeftInset() + labelWidth() + ActivityCalendar.WEEKS * SMALLEST_CELL_PX + snappedRightInset();
    }

    @Override
    protected double computePrefHeight(double width) {
        double cell = cell(width < 0 ? computePrefWidth(-1) : width);
        return snappedTopInset() + labelHeight() + DAYS * cell + snappedBottomInset();
    }

    @Override
    protected double computeMinHeight(double width) {
        return computePrefHeight(width);
    }

    @Override
    protected void layoutChildren() {
        double cell = cell(getWidth());
        double size = Math.max(1, cell - Math.max(1, cell * GAP));
        double left = snappedLeftInset() + labelWidth();
        double top = snappedTopInset() + labelHeight();
        drawSquares(left, top, cell, size);
        for (int day = 0; day < DAYS; day++) {
            if (weekdays[day] != null) {
                Label label = weekdays[day];
                double height = label.prefHeight(-1);
                label.resizeRelocate(snappedLeftInset(), top + day * cell + (size - height) / 2, labelWidth(), height);
            }
        }
        double lastEnd = -1;
        for (int i = 0; i < months.size(); i++) {
            Label month = months.get(i);
            double x = left + monthColumns.get(i) * cell;
            double width = month.prefWidth(-1);
            // A name that would run into the one before it is left out rather than overlapping.
            month.setVisible(x >= lastEnd);
            month.resizeRelocate(x, snappedTopInset(), width, labelHeight());
            if (month.isVisible()) {
                lastEnd = x + width + UiScale.em(0.3);
            }
        }
    }

    /** Each day's square into the path of its shade: a rounded square of {@code size} every {@code cell}. */
    private void drawSquares(double left, double top, double cell, double size) {
        StringBuilder[] byShade = new StringBuilder[paths.length];
        for (int shade = 0; shade < paths.length; shade++) {
            byShade[shade] = new StringBuilder();
        }
        double corner = Math.min(UiScale.em(CORNER_EM), size / 2);
        for (int week = 0; week < ActivityCalendar.WEEKS; week++) {
            for (int day = 0; day < DAYS; day++) {
                if (shades[week][day] != OUT_OF_SPAN) {
                    roundedSquare(byShade[shades[week][day]], snapPositionX(left + week * cell),
                            snapPositionY(top + day * cell), size, corner);
                }
            }
        }
        for (int shade = 0; shade < paths.length; shade++) {
            paths[shade].setContent(byShade[shade].toString());
        }
    }

    /** SVG path data: move to the top edge, then each side and its rounded corner, clockwise. */
    private static void roundedSquare(StringBuilder into, double x, double y, double size, double corner) {
        double side = size - 2 * corner;
        String arc = " a" + corner + "," + corner + " 0 0 1 ";
        into.append('M').append(x + corner).append(',').append(y)
                .append(" h").append(side).append(arc).append(corner).append(',').append(corner)
                .append(" v").append(side).append(arc).append(-corner).append(',').append(corner)
                .append(" h").append(-side).append(arc).append(-corner).append(',').append(-corner)
                .append(" v").append(-side).append(arc).append(corner).append(',').append(-corner)
                .append(" z ");
    }

    /** The tooltip says the day under the mouse and its count. */
    private void describeAt(double x, double y) {
        if (calendar == null) {
            return;
        }
        double cell = cell(getWidth());
        int week = (int) Math.floor((x - snappedLeftInset() - labelWidth()) / cell);
        int day = (int) Math.floor((y - snappedTopInset() - labelHeight()) / cell);
        if (week < 0 || week >= ActivityCalendar.WEEKS || day < 0 || day >= DAYS) {
            tip.setText(getAccessibleText());
            return;
        }
        LocalDate date = calendar.firstDay().plusWeeks(week).plusDays(day);
        tip.setText(date.isAfter(calendar.today()) ? getAccessibleText() : describe(date, calendar.count(date), minutes));
    }

    static String describe(LocalDate date, int count, boolean minutes) {
        return minutes ? Messages.tr("history.dayMinutes", Messages.current().minutes(count), Messages.current().date(date), count)
                : Messages.tr("history.day", count, Messages.current().date(date));
    }
}

package dev.stepwise.ui.charts;

import dev.stepwise.domain.DoneOverTime.Point;
import dev.stepwise.domain.DoneOverTime.Series;
import dev.stepwise.domain.PlanPoint;
import dev.stepwise.ui.common.Messages;
import dev.stepwise.ui.common.StyleClasses;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;

/**
 * The burn-up: items done so far, day by day (week by week over a long span), climbing towards the items that count,
 * with the plan's line when milestones give one. Redrawn in place when its view model's series or plan change;
 * never animated. Before anything is done it says so instead of drawing a flat line.
 *
 * <p>The chart itself (axes, plot, legend and their stylesheet) is made the first time there is something to draw:
 * a learner who has done nothing yet opens the window without it.
 */
public final class BurnUpChart extends StackPane {
    private DayAxis days;
    private NumberAxis counts;
    private LineChart<Number, Number> chart;
    private final XYChart.Series<Number, Number> done = new XYChart.Series<>();
    private final XYChart.Series<Number, Number> total = new XYChart.Series<>();
    private final XYChart.Series<Number, Number> plan = new XYChart.Series<>();
    private final Label none = new Label(Messages.tr("chart.burnUp.none"));
    private final BurnUpViewModel viewModel;

    public BurnUpChart(BurnUpViewModel viewModel) {
        this.viewModel = viewModel;
        getStyleClass().add("burn-up-chart");
        done.setName(Messages.tr("chart.burnUp.done"));
        total.setName(Messages.tr("chart.burnUp.total"));
        plan.setName(Messages.tr("chart.burnUp.plan"));
        none.getStyleClass().add(StyleClasses.MUTED);
        none.setWrapText(true);
        none.setId("burn-up-none");
        setMinWidth(0);
        getChildren().add(none);
        viewModel.seriesProperty().addListener((obs, old, series) -> redraw());
        viewModel.planProperty().addListener((obs, old, points) -> redraw());
        redraw();
    }

    private void redraw() {
        Series series = viewModel.seriesProperty().get();
        List<PlanPoint> planned = viewModel.planProperty().get();
        boolean shown = series != null && (!series.isEmpty() || !planned.isEmpty());
        none.setVisible(!shown);
        none.setManaged(!shown);
        if (chart == null && !shown) {
            return;
        }
        LineChart<Number, Number> plot = chart();
        plot.setVisible(shown);
        plot.setManaged(shown);
        if (!shown) {
            return;
        }
        List<Point> points = series.points();
        double first = points.get(0).day().toEpochDay();
        double last = points.get(points.size() - 1).day().toEpochDay();
        int most = series.total();
        for (PlanPoint point : planned) {
            first = Math.min(first, point.day().toEpochDay());
            last = Math.max(last, point.day().toEpochDay());
            most = Math.max(most, point.plannedDone());
        }
        days.show(first, last);
        ChartAxes.showCounts(counts, most);
        done.getData().setAll(stepped(points));
        total.getData().setAll(List.of(data(days.getLowerBound(), series.total()), data(days.getUpperBound(), series.total())));
        plan.getData().setAll(planned.stream().map(BurnUpChart::planPoint).toList());
        if (planned.isEmpty()) {
            plot.getData().remove(plan);
        } else if (!plot.getData().contains(plan)) {
            plot.getData().add(plan);
        }
        Point latest = points.get(points.size() - 1);
        plot.setAccessibleText(Messages.tr("chart.burnUp.name", latest.done(), series.total(),
                Messages.current().date(latest.day())));
    }

    private LineChart<Number, Number> chart() {
        if (chart == null) {
            days = ChartAxes.days();
            counts = ChartAxes.counts();
            chart = new LineChart<>(days, counts);
            getStylesheets().add(Objects.requireNonNull(BurnUpChart.class.getResource("/dev/stepwise/ui/charts.css"))
                    .toExternalForm());
            chart.setId("burn-up-chart");
            chart.getStyleClass().add("stepwise-chart");
            ChartAxes.still(chart);
            chart.setCreateSymbols(false);
            // The plan joins as the third series when there is one (its colour class is default-color2); without a
            // plan neither its line nor its legend entry is shown.
            chart.getData().addAll(List.of(done, total));
            getChildren().add(0, chart);
        }
        return chart;
    }

    /** What the done line shows, for tests: the last point's count. */
    public int doneShown() {
        return done.getData().isEmpty() ? 0 : done.getData().get(done.getData().size() - 1).getYValue().intValue();
    }

    /** How many points the plan line has (none without a plan). */
    public int planPointsShown() {
        return plan.getData().size();
    }

    /**
     * A milestone's point of the plan, marked: one milestone makes a plan of one point, which as a line alone drew
     * nothing while the legend said "Plan". The chart draws no symbols of its own; a point given one is drawn, with the
     * series' symbol classes (charts.css styles the plan's as a small dot).
     */
    private static XYChart.Data<Number, Number> planPoint(PlanPoint point) {
        XYChart.Data<Number, Number> data = data(point.day().toEpochDay(), point.plannedDone());
        data.setNode(new Region());
        return data;
    }

    /**
     * The done line as steps: the count holds until the day it changes, then rises there. Points joined straight drew
     * a slope, as if the items of one day had been done bit by bit over the days before (found by trying it; the PNG
     * report drew the step).
     */
    static List<XYChart.Data<Number, Number>> stepped(List<Point> points) {
        List<XYChart.Data<Number, Number>> line = new ArrayList<>();
        for (int i = 0; i < points.size(); i++) {
            Point point = points.get(i);
            if (i > 0 && points.get(i - 1).done() != point.done()) {
                line.add(data(point.day().toEpochDay(), points.get(i - 1).done()));
            }
            line.add(data(point.day().toEpochDay(), point.done()));
        }
        return line;
    }

    private static XYChart.Data<Number, Number> data(double x, int y) {
        return new XYChart.Data<>(x, y);
    }
}

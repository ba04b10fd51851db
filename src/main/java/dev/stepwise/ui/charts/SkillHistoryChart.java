package dev.stepwise.ui.charts;

import dev.stepwise.domain.Level;
import dev.stepwise.domain.LevelSteps;
import dev.stepwise.domain.LevelSteps.Step;
import dev.stepwise.domain.Rating;
import dev.stepwise.ui.common.Messages;
import dev.stepwise.ui.common.StyleClasses;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;

/**
 * A skill's level over time in its detail pane: a step line of its ratings (each level held until the next rating,
 * the latest until today), a dot at each rating, and the target as a dashed line, on a scale named by the levels.
 * Without a rating it says so instead of drawing an empty chart.
 */
public final class SkillHistoryChart extends StackPane {
    private static final double SECONDS_PER_DAY = 86_400;

    private final DayAxis days = ChartAxes.days();
    private final LineChart<Number, Number> chart = new LineChart<>(days, ChartAxes.levels());
    private final XYChart.Series<Number, Number> level = new XYChart.Series<>();
    private final XYChart.Series<Number, Number> target = new XYChart.Series<>();
    private final Label none = new Label(Messages.tr("chart.skill.none"));

    public SkillHistoryChart() {
        getStyleClass().add("skill-history-chart");
        getStylesheets().add(Objects.requireNonNull(SkillHistoryChart.class.getResource("/dev/stepwise/ui/charts.css"))
                .toExternalForm());
        chart.setId("skill-history-chart");
        chart.getStyleClass().add("stepwise-chart");
        ChartAxes.still(chart);
        level.setName(Messages.tr("chart.skill.level"));
        target.setName(Messages.tr("chart.skill.target"));
        chart.getData().addAll(List.of(level, target));
        none.getStyleClass().add(StyleClasses.MUTED);
        none.setWrapText(true);
        none.setId("skill-history-none");
        setMinWidth(0);
        getChildren().addAll(chart, none);
    }

    /** Shows a history (oldest first) and the target, up to {@code now} in the learner's zone. */
    public void show(List<Rating> oldestFirst, Level targetLevel, Instant now, ZoneId zone) {
        List<Step> steps = LevelSteps.of(oldestFirst, now);
        boolean rated = !steps.isEmpty();
        chart.setVisible(rated);
        chart.setManaged(rated);
        none.setVisible(!rated);
        none.setManaged(!rated);
        if (!rated) {
            level.getData().clear();
            target.getData().clear();
            return;
        }
        double first = day(steps.get(0).from(), zone);
        // The last level holds to the end of today: the line reaches the chart's right edge.
        double last = Math.max(Math.ceil(day(now, zone)), Math.floor(first) + 1);
        days.show(first, last);
        List<XYChart.Data<Number, Number>> points = new ArrayList<>();
        for (int i = 0; i < steps.size(); i++) {
            Step step = steps.get(i);
            points.add(new XYChart.Data<>(day(step.from(), zone), step.level().value()));
            double until = i + 1 < steps.size() ? day(step.until(), zone) : days.getUpperBound();
            points.add(hidden(until, step.level().value()));
        }
        level.getData().setAll(points);
        target.getData().setAll(List.of(hidden(days.getLowerBound(), targetLevel.value()),
                hidden(days.getUpperBound(), targetLevel.value())));
        Messages messages = Messages.current();
        chart.setAccessibleText(messages.text("chart.skill.name", steps.size(),
                messages.level(steps.get(steps.size() - 1).level()), messages.level(targetLevel)));
    }

    /** How many ratings the line shows, one step each (for tests and the accessible text). */
    public int ratingsShown() {
        return level.getData().size() / 2;
    }

    /** A point of the line that carries no dot (the end of a step, the ends of the target line). */
    private static XYChart.Data<Number, Number> hidden(double x, int y) {
        XYChart.Data<Number, Number> data = new XYChart.Data<>(x, y);
        Region nothing = new Region();
        nothing.setVisible(false);
        data.setNode(nothing);
        return data;
    }

    /** The moment as a fractional epoch day on the learner's calendar (midnight in their zone is a whole number). */
    static double day(Instant moment, ZoneId zone) {
        long local = moment.getEpochSecond() + zone.getRules().getOffset(moment).getTotalSeconds();
        return local / SECONDS_PER_DAY;
    }
}

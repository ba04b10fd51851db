package dev.stepwise.ui.overview;

import dev.stepwise.domain.ActivityCalendar;
import dev.stepwise.domain.ActivityHistory;
import dev.stepwise.ui.common.Messages;
import dev.stepwise.ui.common.StyleClasses;
import dev.stepwise.ui.common.UiScale;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;

/**
 * The learner's past on the path: a year of days as a heat map, the current and longest streak, and what this week
 * brought. Its data is the activity log's, read on the store thread ({@link ActivityViewModel}); the summary of the
 * path's progress does not carry it, so {@link #update} has nothing to do.
 */
final class ActivityCard extends Card {
    private final HeatMap heatMap = new HeatMap();
    private final Label streaks = new Label();
    private final Label week = new Label();
    private final Label empty = new Label(Messages.tr("history.empty"));

    ActivityCard(ActivityViewModel viewModel) {
        super(Messages.tr("history.title"));
        setId("activity-card");
        streaks.setId("activity-streaks");
        week.setId("activity-week");
        week.setWrapText(true);
        streaks.setWrapText(true);
        empty.setWrapText(true);
        empty.getStyleClass().add(StyleClasses.MUTED);
        body(heatMap, legend(), streaks, week, empty);
        viewModel.historyProperty().subscribe(this::show);
    }

    /** "Less ▢▢▢▢▢ More" under the map's right end: what the shades mean. */
    private static HBox legend() {
        HBox legend = new HBox(UiScale.em(0.2));
        legend.getStyleClass().add("heat-legend");
        legend.setAlignment(Pos.CENTER_LEFT);
        // Under the squares, not under the weekday names.
        legend.setPadding(new Insets(0, 0, 0, HeatMap.LABEL_WIDTH_EM * UiScale.em(1)));
        Label less = new Label(Messages.tr("history.legend.less"));
        Label more = new Label(Messages.tr("history.legend.more"));
        less.getStyleClass().add("heat-label");
        more.getStyleClass().add("heat-label");
        legend.getChildren().add(less);
        for (int shade = 0; shade <= ActivityCalendar.SHADES; shade++) {
            Region square = new Region();
            square.getStyleClass().addAll("heat-day", HeatMap.SHADE_CLASS + shade);
            square.setMinSize(UiScale.em(0.75), UiScale.em(0.75));
            square.setMaxSize(UiScale.em(0.75), UiScale.em(0.75));
            legend.getChildren().add(square);
        }
        legend.getChildren().add(more);
        return legend;
    }

    @Override
    void update(OverviewSummary summary) {
        // Nothing: the history comes from the activity log (see the class comment).
    }

    private void show(ActivityHistory history) {
        if (history == null) {
            return;
        }
        ActivityCalendar calendar = history.calendar();
        heatMap.show(calendar);
        streaks.setText(Messages.tr("history.streaks", calendar.currentStreak(), calendar.longestStreak(), calendar.activeDays()));
        week.setText(ActivityViewModel.weekText(history.thisWeek()));
        boolean nothing = calendar.longestStreak() == 0;
        empty.setVisible(nothing);
        empty.setManaged(nothing);
    }
}

package dev.stepwise.ui.overview;

import atlantafx.base.theme.Styles;
import dev.stepwise.domain.ActivityCalendar;
import dev.stepwise.domain.ActivityHistory;
import dev.stepwise.ui.common.Messages;
import dev.stepwise.ui.common.StyleClasses;
import dev.stepwise.ui.common.UiScale;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
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
    private final ToggleButton changes = new ToggleButton(Messages.tr("history.show.changes"));
    private final ToggleButton minutes = new ToggleButton(Messages.tr("history.show.minutes"));
    private final WeeklyMinutes weekly = new WeeklyMinutes();
    private final Label weeklyTitle = new Label(Messages.tr("history.weeklyMinutes"));
    private ActivityHistory shown;

    ActivityCard(ActivityViewModel viewModel) {
        super(Messages.tr("history.title"));
        setId("activity-card");
        streaks.setId("activity-streaks");
        week.setId("activity-week");
        week.setWrapText(true);
        streaks.setWrapText(true);
        empty.setWrapText(true);
        empty.getStyleClass().add(StyleClasses.MUTED);
        ToggleGroup counts = new ToggleGroup();
        changes.setId("heat-map-changes");
        minutes.setId("heat-map-minutes");
        changes.getStyleClass().addAll(Styles.LEFT_PILL, Styles.SMALL);
        minutes.getStyleClass().addAll(Styles.RIGHT_PILL, Styles.SMALL);
        changes.setToggleGroup(counts);
        minutes.setToggleGroup(counts);
        changes.setSelected(true);
        // One of the two is always chosen; choosing the other shows the same year counted the other way.
        counts.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null) {
                old.setSelected(true);
            } else if (shown != null) {
                show(shown);
            }
        });
        HBox switchRow = new HBox(changes, minutes);
        weeklyTitle.getStyleClass().add("heat-label");
        // The weeks stand under the heat map's squares and end where they do, however wide the card.
        weekly.setPadding(new Insets(0, 0, 0, HeatMap.LABEL_WIDTH_EM * UiScale.em(1)));
        weekly.maxWidthProperty().bind(Bindings.createDoubleBinding(() -> heatMap.prefWidth(-1), UiScale.fontSizeProperty()));
        body(switchRow, heatMap, legend(), streaks, week, weeklyTitle, weekly, empty);
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
        shown = history;
        ActivityCalendar calendar = history.calendar();
        // The line under the map speaks of the days the map shows: changes, or days with study time.
        ActivityCalendar shownDays = minutes.isSelected() ? history.minutes() : calendar;
        heatMap.show(shownDays, minutes.isSelected());
        weekly.show(history.minutesPerWeek(), calendar.firstDay().plusWeeks(ActivityCalendar.WEEKS - 1));
        boolean studied = !history.minutesPerWeek().isEmpty();
        weeklyTitle.setVisible(studied);
        weeklyTitle.setManaged(studied);
        weekly.setVisible(studied);
        weekly.setManaged(studied);
        streaks.setText(Messages.tr(minutes.isSelected() ? "history.streaks.minutes" : "history.streaks", shownDays.currentStreak(),
                shownDays.longestStreak(), shownDays.activeDays()));
        week.setText(ActivityViewModel.weekText(history.thisWeek()));
        boolean nothing = calendar.longestStreak() == 0 && history.minutes().longestStreak() == 0;
        empty.setVisible(nothing);
        empty.setManaged(nothing);
    }
}

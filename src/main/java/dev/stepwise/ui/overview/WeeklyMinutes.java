package dev.stepwise.ui.overview;

import dev.stepwise.ui.common.Messages;
import dev.stepwise.ui.common.UiScale;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import javafx.geometry.Pos;
import javafx.scene.AccessibleRole;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * Time studied per week, the last {@link #WEEKS} weeks as bars (a week without study is an empty slot, so gaps show):
 * each bar's height is its share of the busiest week, its tooltip the week and the time. Made once; new figures
 * change heights and texts only. One tooltip serves every week: it takes the text of the week the pointer enters
 * (a tooltip per week was a dozen popup controls made before the first frame).
 */
final class WeeklyMinutes extends HBox {
    static final int WEEKS = 12;
    private static final double HEIGHT_EM = 4;
    /** Wider bars read as blocks, not bars: past this a week's column grows around its bar. */
    private static final double MAX_BAR_EM = 3.2;

    private final List<Region> bars = new ArrayList<>();
    private final List<Label> labels = new ArrayList<>();
    private final List<String> tips = new ArrayList<>();
    private final Tooltip tip = new Tooltip();

    WeeklyMinutes() {
        super(UiScale.em(0.3));
        setId("weekly-minutes");
        getStyleClass().add("weekly-minutes");
        setAlignment(Pos.BOTTOM_LEFT);
        setAccessibleRole(AccessibleRole.IMAGE_VIEW);
        for (int week = 0; week < WEEKS; week++) {
            Region bar = new Region();
            bar.getStyleClass().add("weekly-minutes-bar");
            bar.setMinWidth(UiScale.em(1.6));
            bar.setPrefWidth(UiScale.em(2.2));
            bar.setMaxWidth(UiScale.em(MAX_BAR_EM));
            Label label = new Label();
            label.getStyleClass().add("heat-label");
            label.setMinWidth(Region.USE_PREF_SIZE);
            VBox column = new VBox(bar, label);
            column.setAlignment(Pos.BOTTOM_CENTER);
            // The weeks share the card's width, as the heat map above them does, rather than bunch up on its left.
            column.setMaxWidth(Double.MAX_VALUE);
            HBox.setHgrow(column, Priority.ALWAYS);
            // Room for the tallest bar and the date under it, so bars of every week stand on one line.
            column.setMinHeight(UiScale.em(HEIGHT_EM + 1.4));
            int shown = week;
            column.setOnMouseEntered(event -> tip.setText(tips.get(shown)));
            column.setOnMouseExited(event -> tip.setText(getAccessibleText()));
            bars.add(bar);
            labels.add(label);
            tips.add("");
            getChildren().add(column);
        }
        Tooltip.install(this, tip);
    }

    /** @param perWeek minutes per week (its Monday); weeks before {@code thisMonday}'s last twelve are not shown */
    void show(SortedMap<LocalDate, Integer> perWeek, LocalDate thisMonday) {
        LocalDate first = thisMonday.minusWeeks(WEEKS - 1);
        int busiest = perWeek.subMap(first, thisMonday.plusDays(1)).values().stream().mapToInt(Integer::intValue).max().orElse(0);
        int total = 0;
        for (int week = 0; week < WEEKS; week++) {
            LocalDate monday = first.plusWeeks(week);
            int minutes = perWeek.getOrDefault(monday, 0);
            total += minutes;
            double height = busiest == 0 ? 0 : UiScale.em(HEIGHT_EM) * minutes / busiest;
            Region bar = bars.get(week);
            bar.setMinHeight(minutes > 0 ? Math.max(2, height) : 1);
            bar.setPrefHeight(minutes > 0 ? Math.max(2, height) : 1);
            bar.setMaxHeight(minutes > 0 ? Math.max(2, height) : 1);
            labels.get(week).setText(week % 4 == 3 || week == WEEKS - 1 ? Messages.current().shortDate(monday) : "");
            tips.set(week, Messages.tr("history.weekMinutes", Messages.current().date(monday), Messages.current().minutes(minutes)));
        }
        setAccessibleText(Messages.tr("history.weeklyMinutes.accessible", Messages.current().minutes(total)));
        // Between the bars (and before the pointer reaches one) the tooltip says what the whole chart does.
        tip.setText(getAccessibleText());
    }

    /** The one tooltip, for tests: what it says depends on the week the pointer is over. */
    Tooltip tooltip() {
        return tip;
    }
}

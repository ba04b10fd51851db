package dev.stepwise.ui.matrix;

import atlantafx.base.theme.Styles;
import dev.stepwise.ui.common.Messages;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.Node;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignT;

/**
 * Grid or chart: the matrix page shows the heat-map grid to rate skills, or every skill's current level against its
 * target as bars. The chart and its model are made the first time it is asked for; the detail pane stays either way.
 */
final class GlanceSwitch {
    private final SkillsMatrixViewModel viewModel;
    private final StackPane area;
    private final Node grid;
    /** How to rate in the grid: no use beside the chart. */
    private final Node gridHelp;
    private final ToggleButton gridButton = new ToggleButton(null, new FontIcon(MaterialDesignT.TABLE));
    private final ToggleButton chartButton = new ToggleButton(null, new FontIcon(MaterialDesignC.CHART_BAR));
    private final BooleanProperty chartShown = new SimpleBooleanProperty(this, "chartShown", false);
    private SkillGlanceView chart;

    GlanceSwitch(SkillsMatrixViewModel viewModel, StackPane area, Node grid, Node gridHelp) {
        this.viewModel = viewModel;
        this.area = area;
        this.grid = grid;
        this.gridHelp = gridHelp;
        ToggleGroup group = new ToggleGroup();
        configure(gridButton, "glance-grid", "chart.glance.showGrid", Styles.LEFT_PILL, group);
        configure(chartButton, "glance-chart", "chart.glance.showChart", Styles.RIGHT_PILL, group);
        gridButton.setSelected(true);
        gridButton.setOnAction(event -> show(false));
        chartButton.setOnAction(event -> show(true));
        // A click on the chosen button keeps it chosen: one of the two is always shown.
        group.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null) {
                old.setSelected(true);
            }
        });
    }

    Node buttons() {
        HBox buttons = new HBox(gridButton, chartButton);
        buttons.setMinWidth(Region.USE_PREF_SIZE);
        return buttons;
    }

    /** True while the chart is shown instead of the grid. */
    ReadOnlyBooleanProperty chartShownProperty() {
        return chartShown;
    }

    /** Shows the grid, as its button does (Edit ▸ Find on this page searches the grid). */
    void showGrid() {
        gridButton.setSelected(true);
        show(false);
    }

    private static void configure(ToggleButton button, String id, String key, String pill, ToggleGroup group) {
        button.setId(id);
        button.setAccessibleText(Messages.tr(key));
        button.setTooltip(new Tooltip(Messages.tr(key)));
        button.getStyleClass().addAll(pill, Styles.SMALL);
        button.setToggleGroup(group);
    }

    private void show(boolean chartShown) {
        if (chartShown && chart == null) {
            chart = new SkillGlanceView(viewModel);
            area.getChildren().add(chart);
        }
        this.chartShown.set(chartShown);
        grid.setVisible(!chartShown);
        gridHelp.setVisible(!chartShown);
        gridHelp.setManaged(!chartShown);
        if (chart != null) {
            chart.setVisible(chartShown);
            if (chartShown) {
                chart.focusList();
            }
        }
    }
}

package dev.stepwise.ui.matrix;

import atlantafx.base.theme.Styles;
import dev.stepwise.ui.common.Messages;
import dev.stepwise.ui.common.SearchField;
import dev.stepwise.ui.common.StyleClasses;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.controlsfx.control.textfield.CustomTextField;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;

/**
 * Above the grid: the switch between grid and chart, the search over the skills with how many it shows, and the
 * button to add a skill; below them what the colours mean and how to rate, which wraps at any width rather than
 * being cut. The search belongs to the grid and is hidden with it.
 */
final class MatrixToolbar extends VBox {
    private final CustomTextField search;

    /** @param toResults where ↓ in the search goes: the selected or first skill */
    MatrixToolbar(SkillsMatrixViewModel viewModel, SkillActions actions, GlanceSwitch glance, Label help, Runnable toResults) {
        search = SearchField.create("matrix-search", "matrix.search", viewModel.searchProperty(), toResults);
        search.setMinWidth(0);
        Label summary = new Label();
        summary.setId("matrix-summary");
        summary.getStyleClass().add(StyleClasses.MUTED);
        summary.textProperty().bind(viewModel.shownSummaryProperty());
        summary.setMinWidth(Region.USE_PREF_SIZE);
        HBox gridOnly = new HBox(6, search, summary);
        gridOnly.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(search, Priority.ALWAYS);
        HBox.setHgrow(gridOnly, Priority.ALWAYS);
        // Shown with the grid, hidden with it: the chart ranks every skill.
        gridOnly.visibleProperty().bind(glance.chartShownProperty().not());
        gridOnly.managedProperty().bind(gridOnly.visibleProperty());
        Button add = new Button(Messages.tr("matrix.addSkill"), new FontIcon(MaterialDesignP.PLUS));
        add.setId("add-skill");
        add.setTooltip(new Tooltip(Messages.tr("matrix.addSkill.tooltip")));
        add.getStyleClass().addAll(Styles.SMALL, Styles.FLAT);
        add.setMinWidth(Region.USE_PREF_SIZE);
        add.setOnAction(event -> actions.add());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox tools = new HBox(glance.buttons(), gridOnly, spacer, add);
        tools.getStyleClass().add("legend");
        getChildren().setAll(tools, legend(help));
    }

    /** Focuses the search field with its text selected (Edit ▸ Find on this page). */
    void focusSearch() {
        SearchField.focus(search);
    }

    /** "▮ Your level ▨ Reached ▭ Target", then how to rate, on one line that wraps. */
    private static HBox legend(Label help) {
        Region current = swatch("current");
        Region reached = swatch("reached");
        Region target = swatch("target");
        help.getStyleClass().addAll(StyleClasses.MUTED, "legend-help");
        // The hint wraps on a narrow screen; the swatches' names keep their width.
        help.setWrapText(true);
        help.setMinWidth(0);
        Label yourLevel = new Label(Messages.tr("matrix.legend.current"));
        Label reachedName = new Label(Messages.tr("matrix.legend.reached"));
        Label targetName = new Label(Messages.tr("matrix.legend.target"));
        HBox swatches = new HBox(6, current, yourLevel, new Region(), reached, reachedName, new Region(), target, targetName);
        swatches.setAlignment(Pos.CENTER_LEFT);
        swatches.setMinWidth(Region.USE_PREF_SIZE);
        HBox.setHgrow(help, Priority.ALWAYS);
        HBox line = new HBox(14, swatches, help);
        line.getStyleClass().add("legend-line");
        line.setAlignment(Pos.CENTER_LEFT);
        return line;
    }

    private static Region swatch(String meaning) {
        Region swatch = new Region();
        swatch.getStyleClass().addAll("legend-swatch", meaning);
        return swatch;
    }
}

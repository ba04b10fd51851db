package dev.stepwise.ui.matrix;

import atlantafx.base.theme.Styles;
import dev.stepwise.ui.common.StyleClasses;
import java.util.Objects;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;

/** The skills matrix screen: a legend, the heat-map grid, and the selected skill's detail. */
public final class SkillsMatrixView extends BorderPane {
    private final MatrixGrid grid;

    public SkillsMatrixView(SkillsMatrixViewModel viewModel, Consumer<String> openItem) {
        getStylesheets().add(Objects.requireNonNull(getClass().getResource("/dev/stepwise/ui/skills-matrix.css")).toExternalForm());
        SkillActions actions = new SkillActions(viewModel, () -> getScene().getWindow());
        grid = new MatrixGrid(viewModel);
        Label empty = new Label("No skills yet. Add the skills this path builds with “Add skill”.");
        empty.getStyleClass().add(StyleClasses.EMPTY_STATE);
        empty.setWrapText(true);
        empty.visibleProperty().bind(Bindings.isEmpty(viewModel.rows()));
        StackPane gridArea = new StackPane(grid, empty);
        StackPane.setAlignment(empty, Pos.TOP_LEFT);
        VBox.setVgrow(gridArea, Priority.ALWAYS);
        VBox left = new VBox(legend(actions), gridArea);
        left.setMinWidth(420);
        SkillDetailPane detail = new SkillDetailPane(viewModel, openItem, actions::editSelected, actions::deleteSelected,
                grid::focusSelectedOrFirst);
        detail.setMinWidth(280);
        SplitPane split = new SplitPane(left, detail);
        split.setDividerPositions(0.75);
        SplitPane.setResizableWithParent(detail, false);
        setCenter(split);
    }

    private static HBox legend(SkillActions actions) {
        Region current = new Region();
        current.getStyleClass().addAll("legend-swatch", "current");
        Region target = new Region();
        target.getStyleClass().addAll("legend-swatch", "target");
        Label help = new Label("Click a cell or press 0–4 to rate · ←/→ step · ↑/↓ move");
        help.getStyleClass().add(StyleClasses.MUTED);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Button add = new Button("Add skill", new FontIcon(MaterialDesignP.PLUS));
        add.setId("add-skill");
        add.getStyleClass().addAll(Styles.SMALL, Styles.FLAT);
        add.setMinWidth(Region.USE_PREF_SIZE);
        add.setOnAction(event -> actions.add());
        HBox legend = new HBox(new HBox(6, current, new Label("Your level")), new HBox(6, target, new Label("Target")),
                spacer, help, add);
        legend.getStyleClass().add("legend");
        legend.getChildren().forEach(node -> {
            if (node instanceof HBox box) {
                box.setAlignment(Pos.CENTER_LEFT);
            }
        });
        return legend;
    }

    public void showSkill(String skillId) {
        grid.focusSkill(skillId);
    }

    public void focusGrid() {
        grid.focusSelectedOrFirst();
    }
}

package dev.stepwise.ui.matrix;

import dev.stepwise.ui.common.StyleClasses;
import java.util.Objects;
import java.util.function.Consumer;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** The skills matrix screen: a legend, the heat-map grid, and the selected skill's detail. */
public final class SkillsMatrixView extends BorderPane {
    private final MatrixGrid grid;

    public SkillsMatrixView(SkillsMatrixViewModel viewModel, Consumer<String> openItem) {
        getStylesheets().add(Objects.requireNonNull(getClass().getResource("/dev/stepwise/ui/skills-matrix.css")).toExternalForm());
        grid = new MatrixGrid(viewModel);
        ScrollPane scroll = new ScrollPane(grid);
        scroll.setFitToWidth(true);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        VBox left = new VBox(legend(), scroll);
        left.setMinWidth(420);
        SkillDetailPane detail = new SkillDetailPane(viewModel, openItem);
        detail.setMinWidth(280);
        SplitPane split = new SplitPane(left, detail);
        split.setDividerPositions(0.75);
        SplitPane.setResizableWithParent(detail, false);
        setCenter(split);
    }

    private static HBox legend() {
        Region current = new Region();
        current.getStyleClass().addAll("legend-swatch", "current");
        Region target = new Region();
        target.getStyleClass().addAll("legend-swatch", "target");
        Label help = new Label("Click a cell or press 0–4 to rate · ←/→ step · ↑/↓ move");
        help.getStyleClass().add(StyleClasses.MUTED);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox legend = new HBox(new HBox(6, current, new Label("Your level")), new HBox(6, target, new Label("Target")),
                spacer, help);
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

package dev.stepwise.ui.matrix;

import dev.stepwise.domain.Level;
import dev.stepwise.ui.common.Messages;
import dev.stepwise.ui.common.StyleClasses;
import dev.stepwise.ui.common.UiScale;
import dev.stepwise.ui.matrix.MatrixRow.CategoryRow;
import dev.stepwise.ui.matrix.MatrixRow.SkillRow;
import java.util.Objects;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * Current against target for every skill at a glance: a bar per skill to its level, its target marked across the
 * bar, grouped by category and the largest gap first. A virtualised list, so 200 skills scroll and a rating moves one
 * row; selecting a row shows the skill in the detail pane beside it, as the grid does.
 */
final class SkillGlanceView extends VBox {
    /** The list cells' padding on either side (charts.css, .glance-list .list-cell), which the scale matches. */
    private static final double CELL_PADDING_EM = 0.4;

    private final ListView<MatrixRow> list;
    private final HBox scale = scale();
    private final SkillsMatrixViewModel matrix;

    SkillGlanceView(SkillsMatrixViewModel matrix) {
        this.matrix = matrix;
        getStyleClass().add("glance");
        getStylesheets().add(Objects.requireNonNull(getClass().getResource("/dev/stepwise/ui/charts.css")).toExternalForm());
        SkillGlanceViewModel viewModel = matrix.glance();
        list = new ListView<>(viewModel.rows());
        list.setId("glance-list");
        list.getStyleClass().add("glance-list");
        list.setAccessibleText(Messages.tr("chart.glance.name"));
        list.setCellFactory(any -> new GlanceCell());
        list.getSelectionModel().selectedItemProperty().addListener((obs, old, row) -> {
            if (row instanceof SkillRow skill) {
                matrix.selectedSkillIdProperty().set(skill.skillId());
            }
        });
        VBox.setVgrow(list, Priority.ALWAYS);
        getChildren().addAll(scale, list);
        // The skill selected in the grid stays selected here, and the other way round.
        matrix.selectedSkillIdProperty().addListener((obs, old, id) -> showSelection());
        viewModel.rows().addListener((ListChangeListener<MatrixRow>) change -> showSelection());
        showSelection();
    }

    /** Selects the matrix's selected skill's row (a scan of the rows, on a selection or a move, not on a frame). */
    private void showSelection() {
        String id = matrix.selectedSkillIdProperty().get();
        for (int i = 0; i < list.getItems().size(); i++) {
            if (list.getItems().get(i) instanceof SkillRow skill && skill.skillId().equals(id)) {
                if (list.getSelectionModel().getSelectedIndex() != i) {
                    list.getSelectionModel().select(i);
                }
                return;
            }
        }
    }

    /** The level names above the tracks, each over its place on the scale. */
    private static HBox scale() {
        Region nameColumn = new Region();
        nameColumn.getStyleClass().add("glance-name");
        LevelScale levels = new LevelScale();
        HBox.setHgrow(levels, Priority.ALWAYS);
        Region gapColumn = new Region();
        gapColumn.getStyleClass().add("glance-gap");
        HBox scale = new HBox(nameColumn, levels, gapColumn);
        scale.getStyleClass().addAll("glance-row", "glance-scale");
        return scale;
    }

    /** The scale keeps over the tracks: it gives way on the right as the list's scroll bar does. */
    @Override
    protected void layoutChildren() {
        double scrollBar = 0;
        for (Node node : list.lookupAll(".scroll-bar")) {
            if (node instanceof ScrollBar bar && bar.getOrientation() == Orientation.VERTICAL && bar.isVisible()) {
                scrollBar = bar.getWidth();
            }
        }
        Insets cell = new Insets(0, UiScale.em(CELL_PADDING_EM) + scrollBar, UiScale.em(0.2), UiScale.em(CELL_PADDING_EM));
        if (!cell.equals(scale.getPadding())) {
            scale.setPadding(cell);
        }
        super.layoutChildren();
    }

    void focusList() {
        list.requestFocus();
    }

    /** Skill rows show a bar, category rows a heading; both nodes are made once per cell and reused. */
    private final class GlanceCell extends ListCell<MatrixRow> {
        private final GlanceBar bar = new GlanceBar();
        private final Label heading = new Label();

        GlanceCell() {
            heading.getStyleClass().add("glance-heading");
            setPrefWidth(0);
        }

        @Override
        protected void updateItem(MatrixRow row, boolean empty) {
            super.updateItem(row, empty);
            StyleClasses.toggle(getStyleClass(), "glance-category-cell", !empty && row instanceof CategoryRow);
            if (empty || row == null) {
                setGraphic(null);
            } else if (row instanceof SkillRow skill) {
                bar.update(skill.standing());
                setGraphic(bar);
            } else {
                CategoryRow category = (CategoryRow) row;
                heading.setText(Messages.tr("chart.glance.category", category.category(), category.targetsMet(),
                        category.skillCount()));
                setGraphic(heading);
            }
        }
    }

    /** "0 Not yet … 4 Teaches" spread over the track's width; just the numbers when the names do not fit. */
    static final class LevelScale extends Region {
        private final Label[] labels = new Label[Level.values().length];

        LevelScale() {
            for (Level level : Level.values()) {
                Label label = new Label(Messages.current().level(level));
                label.getStyleClass().add("glance-level");
                labels[level.value()] = label;
                getChildren().add(label);
            }
            setMinWidth(0);
        }

        @Override
        protected void layoutChildren() {
            double width = getWidth() - snappedLeftInset() - snappedRightInset();
            double names = 0;
            for (Level level : Level.values()) {
                labels[level.value()].setText(Messages.current().level(level));
                names += labels[level.value()].prefWidth(-1);
            }
            boolean fits = names <= width * 0.9;
            for (Level level : Level.values()) {
                Label label = labels[level.value()];
                if (!fits) {
                    label.setText(String.valueOf(level.value()));
                }
                double labelWidth = label.prefWidth(-1);
                double center = snappedLeftInset() + width * level.value() / Level.MAX.value();
                double x = Math.max(snappedLeftInset(), Math.min(snappedLeftInset() + width - labelWidth, center - labelWidth / 2));
                label.resizeRelocate(snapPositionX(x), snappedTopInset(), labelWidth, label.prefHeight(-1));
            }
        }

        @Override
        protected double computePrefHeight(double width) {
            return snappedTopInset() + labels[0].prefHeight(-1) + snappedBottomInset();
        }

        @Override
        protected double computePrefWidth(double height) {
            return 0;
        }
    }
}

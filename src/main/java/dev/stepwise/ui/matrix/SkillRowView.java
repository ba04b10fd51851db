package dev.stepwise.ui.matrix;

import dev.stepwise.domain.Level;
import dev.stepwise.domain.SkillStanding;
import dev.stepwise.ui.common.Messages;
import dev.stepwise.ui.common.StyleClasses;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.binding.DoubleBinding;
import javafx.css.PseudoClass;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;

/**
 * One skill in the matrix: name, five level cells (current filled, target outlined), target, gap, linked items
 * done and how many ratings carry evidence. Updated in place when the skill's standing changes, so focus and
 * selection survive a save.
 */
final class SkillRowView extends HBox {
    private static final PseudoClass SELECTED = PseudoClass.getPseudoClass("selected");
    private static final PseudoClass CURRENT = PseudoClass.getPseudoClass("current");
    private static final PseudoClass REACHED = PseudoClass.getPseudoClass("reached");
    private static final PseudoClass TARGET = PseudoClass.getPseudoClass("target");

    private final String skillId;
    private final MatrixColumns columns;
    private final Label name = new Label();
    private final List<StackPane> cells = new ArrayList<>();
    private final Label target = new Label();
    private final Label gap = new Label();
    private final Label linked = new Label();
    private final Label evidence = new Label();

    SkillRowView(SkillStanding standing, SkillsMatrixViewModel viewModel, MatrixColumns columns) {
        this.skillId = standing.skill().id();
        this.columns = columns;
        setId("skill-row-" + skillId);
        getStyleClass().add(StyleClasses.MATRIX_ROW);
        // Only the selected row is a Tab stop; the grid says which (MatrixGrid.showSelection).
        setFocusTraversable(false);
        // The row ends with its last column: a wider list does not stretch its highlight past the columns.
        setMaxWidth(Region.USE_PREF_SIZE);
        name.getStyleClass().add("skill-name");
        MatrixColumns.fit(name, columns.name());
        // A narrower name column wraps the name onto more lines: the row grows, and the list must measure it again.
        columns.name().addListener((obs, old, width) -> requestLayout());
        name.setWrapText(true);
        name.setTooltip(new Tooltip(standing.skill().name() + "\n" + standing.skill().description()));
        getChildren().add(name);
        for (Level level : Level.values()) {
            Label number = new Label(String.valueOf(level.value()));
            StackPane cell = new StackPane(number);
            cell.setId("cell-" + skillId + "-" + level.value());
            cell.getStyleClass().addAll(StyleClasses.LEVEL_CELL, "level-" + level.value());
            MatrixColumns.fit(cell, columns.level);
            cell.minHeightProperty().bind(columns.cellHeight);
            cell.prefHeightProperty().bind(columns.cellHeight);
            cell.maxHeightProperty().bind(columns.cellHeight);
            Tooltip.install(cell, new Tooltip(Messages.tr("matrix.cell.tooltip", Messages.current().level(level),
                    Messages.current().anchor(level))));
            cell.setOnMouseClicked(event -> {
                viewModel.selectedSkillIdProperty().set(skillId);
                viewModel.rate(skillId, level);
                requestFocus();
                event.consume();
            });
            cells.add(cell);
            getChildren().add(cell);
        }
        fixed(target, columns.target);
        fixed(gap, columns.gap);
        fixed(linked, columns.linked);
        fixed(evidence, columns.evidence);
        gap.setId("gap-" + skillId);
        linked.setId("linked-" + skillId);
        evidence.setId("evidence-" + skillId);
        evidence.setTooltip(new Tooltip());
        getChildren().addAll(target, gap, linked, evidence);
        setOnMouseClicked(event -> {
            viewModel.selectedSkillIdProperty().set(skillId);
            requestFocus();
        });
        update(standing);
    }

    private static void fixed(Label label, DoubleBinding width) {
        MatrixColumns.fit(label, width);
        label.setAlignment(Pos.CENTER);
    }

    /**
     * Tall enough for the skill's name wrapped in its column. A list cell asks its graphic for a height without a
     * width, and an HBox would then measure the name on one line and cut it ("API design (REST & …").
     */
    @Override
    protected double computePrefHeight(double width) {
        Insets insets = getInsets();
        double nameWidth = columns.name().get() - name.getInsets().getLeft() - name.getInsets().getRight();
        return insets.getTop() + Math.max(columns.cellHeight.get(), name.prefHeight(Math.max(0, nameWidth))) + insets.getBottom();
    }

    @Override
    protected double computeMinHeight(double width) {
        return computePrefHeight(width);
    }

    String skillId() {
        return skillId;
    }

    void update(SkillStanding standing) {
        name.setText(standing.skill().name());
        int current = standing.current().value();
        for (Level level : Level.values()) {
            StackPane cell = cells.get(level.value());
            cell.pseudoClassStateChanged(CURRENT, level.value() == current);
            cell.pseudoClassStateChanged(REACHED, level.value() < current && level.value() > 0);
            cell.pseudoClassStateChanged(TARGET, level == standing.target());
        }
        target.setText(String.valueOf(standing.target().value()));
        target.setTooltip(new Tooltip(Messages.tr("matrix.target.tooltip", Messages.current().level(standing.target()),
                Messages.current().anchor(standing.target()))));
        gap.setText(standing.targetMet() ? Messages.tr("matrix.gap.met") : Messages.tr("matrix.gap.open", standing.gap()));
        gap.getStyleClass().setAll("label", standing.targetMet() ? "gap-met" : "gap-open");
        linked.setText(standing.linkedItems().total() == 0 ? "—"
                : Messages.tr("matrix.linked", standing.linkedItems().done(), standing.linkedItems().counted()));
        // None yet is a dash, as linked is with no items: a zero in every row of a new path would read as a score.
        evidence.setText(standing.evidenceCount() == 0 ? "—" : Messages.tr("matrix.evidence", standing.evidenceCount()));
        evidence.getTooltip().setText(Messages.tr("matrix.evidence.tooltip", standing.evidenceCount()));
        setAccessibleText(SkillSpokenName.of(standing));
    }

    void setSelected(boolean selected) {
        pseudoClassStateChanged(SELECTED, selected);
    }
}

package dev.stepwise.ui.matrix;

import dev.stepwise.domain.Level;
import dev.stepwise.domain.SkillStanding;
import dev.stepwise.ui.common.Messages;
import dev.stepwise.ui.common.StyleClasses;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javafx.css.PseudoClass;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.text.Font;
import javafx.scene.text.Text;

/**
 * One skill in the matrix: name, five level cells (current filled, target outlined), target, gap and linked items
 * done. Updated in place when the skill's standing changes, so focus and selection survive a save.
 */
final class SkillRowView extends HBox {
    /** Room for the bundled paths' longest skill names on one line in bold ("Data integrity & edge cases"). */
    static final double NAME_WIDTH = 240;
    static final double CELL_HEIGHT = 30;
    static final double TARGET_WIDTH = 52;
    static final double GAP_WIDTH = 50;
    static final double LINKED_WIDTH = 72;

    /** The header's font size: skills-matrix.css, {@code .matrix-header .label}, 0.74em of the theme's 14 px. */
    private static final double HEADER_FONT_SIZE = 14 * 0.74;
    /** The level cells' own minimum, a comfortable click target. */
    private static final double MIN_CELL_WIDTH = 60;
    /** A header label's room either side of its text, so that the text is never cut at its last letter. */
    private static final double HEADER_TEXT_MARGIN = 6;
    /** Per language: the level names, and so the columns, differ in width (a test JVM runs more than one language). */
    private static final Map<Locale, Double> CELL_WIDTHS = new ConcurrentHashMap<>();
    private static final PseudoClass SELECTED = PseudoClass.getPseudoClass("selected");
    private static final PseudoClass CURRENT = PseudoClass.getPseudoClass("current");
    private static final PseudoClass REACHED = PseudoClass.getPseudoClass("reached");
    private static final PseudoClass TARGET = PseudoClass.getPseudoClass("target");

    private final String skillId;
    private final Label name = new Label();
    private final List<StackPane> cells = new ArrayList<>();
    private final Label target = new Label();
    private final Label gap = new Label();
    private final Label linked = new Label();

    SkillRowView(SkillStanding standing, SkillsMatrixViewModel viewModel) {
        this.skillId = standing.skill().id();
        setId("skill-row-" + skillId);
        getStyleClass().add(StyleClasses.MATRIX_ROW);
        // Only the selected row is a Tab stop; the grid says which (MatrixGrid.showSelection).
        setFocusTraversable(false);
        // The row ends with its last column: a wider list does not stretch its highlight past the columns.
        setMaxWidth(Region.USE_PREF_SIZE);
        name.getStyleClass().add("skill-name");
        name.setPrefWidth(NAME_WIDTH);
        name.setMinWidth(NAME_WIDTH);
        name.setMaxWidth(NAME_WIDTH);
        name.setWrapText(true);
        name.setTooltip(new Tooltip(standing.skill().name() + "\n" + standing.skill().description()));
        getChildren().add(name);
        for (Level level : Level.values()) {
            Label number = new Label(String.valueOf(level.value()));
            StackPane cell = new StackPane(number);
            cell.setId("cell-" + skillId + "-" + level.value());
            cell.getStyleClass().addAll(StyleClasses.LEVEL_CELL, "level-" + level.value());
            cell.setMinSize(cellWidth(), CELL_HEIGHT);
            cell.setPrefSize(cellWidth(), CELL_HEIGHT);
            cell.setMaxSize(cellWidth(), CELL_HEIGHT);
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
        fixed(target, TARGET_WIDTH);
        fixed(gap, GAP_WIDTH);
        fixed(linked, LINKED_WIDTH);
        gap.setId("gap-" + skillId);
        linked.setId("linked-" + skillId);
        getChildren().addAll(target, gap, linked);
        setOnMouseClicked(event -> {
            viewModel.selectedSkillIdProperty().set(skillId);
            requestFocus();
        });
        update(standing);
    }

    /** As wide as the widest level's name in the grid's header (MatrixGrid sizes its columns from these). */
    static double cellWidth() {
        return CELL_WIDTHS.computeIfAbsent(Messages.current().locale(), locale -> levelColumnWidth());
    }

    /** The widest level name (the header shows "3⏎Independent") measured in the header's font, plus a margin. */
    private static double levelColumnWidth() {
        Text text = new Text();
        text.setFont(Font.font(Font.getDefault().getFamily(), HEADER_FONT_SIZE));
        double widest = 0;
        for (Level level : Level.values()) {
            text.setText(Messages.current().levelName(level));
            widest = Math.max(widest, text.getLayoutBounds().getWidth());
        }
        return Math.max(MIN_CELL_WIDTH, Math.ceil(widest + HEADER_TEXT_MARGIN));
    }

    private static void fixed(Label label, double width) {
        label.setMinWidth(width);
        label.setPrefWidth(width);
        label.setAlignment(Pos.CENTER);
    }

    /**
     * Tall enough for the skill's name wrapped in its column. A list cell asks its graphic for a height without a
     * width, and an HBox would then measure the name on one line and cut it ("API design (REST & …").
     */
    @Override
    protected double computePrefHeight(double width) {
        Insets insets = getInsets();
        double nameWidth = NAME_WIDTH - name.getInsets().getLeft() - name.getInsets().getRight();
        return insets.getTop() + Math.max(CELL_HEIGHT, name.prefHeight(Math.max(0, nameWidth))) + insets.getBottom();
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
        Messages messages = Messages.current();
        setAccessibleText(messages.text("matrix.row.name", standing.skill().name(), messages.level(standing.current()),
                messages.level(standing.target()), standing.targetMet() ? messages.text("matrix.row.targetMet")
                        : messages.text("matrix.row.gap", standing.gap())));
    }

    void setSelected(boolean selected) {
        pseudoClassStateChanged(SELECTED, selected);
    }
}

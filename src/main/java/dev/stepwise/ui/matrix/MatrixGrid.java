package dev.stepwise.ui.matrix;

import dev.stepwise.domain.Level;
import dev.stepwise.ui.common.FocusRequests;
import dev.stepwise.ui.common.StyleClasses;
import dev.stepwise.ui.matrix.MatrixRow.CategoryRow;
import dev.stepwise.ui.matrix.MatrixRow.SkillRow;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The heat-map grid. Rows are created once per skill and updated in place; keyboard: ←/→ lower or raise the
 * rating, 0–4 rate directly, ↑/↓ move between skills.
 */
final class MatrixGrid extends VBox {
    private final SkillsMatrixViewModel viewModel;
    private final Map<String, SkillRowView> rowViews = new LinkedHashMap<>();
    private final Map<String, Label> categoryCounts = new LinkedHashMap<>();

    MatrixGrid(SkillsMatrixViewModel viewModel) {
        this.viewModel = viewModel;
        getStyleClass().add(StyleClasses.MATRIX);
        addEventFilter(KeyEvent.KEY_PRESSED, this::onKey);
        viewModel.rows().addListener((ListChangeListener<MatrixRow>) change -> {
            if (!updateReplaced(change)) {
                sync();
            }
        });
        viewModel.selectedSkillIdProperty().addListener((obs, old, id) -> showSelection());
        sync();
    }

    private void sync() {
        List<MatrixRow> rows = viewModel.rows();
        boolean sameSkills = rows.stream().filter(SkillRow.class::isInstance).map(row -> ((SkillRow) row).skillId())
                .toList().equals(List.copyOf(rowViews.keySet()));
        if (!sameSkills) {
            rebuild(rows);
        }
        for (MatrixRow row : rows) {
            if (row instanceof SkillRow skill) {
                rowViews.get(skill.skillId()).update(skill.standing());
            } else if (row instanceof CategoryRow category) {
                categoryCounts.get(category.category()).setText(categoryText(category));
            }
        }
        showSelection();
    }

    /** A change of progress replaces single rows: only their views are updated. False for any other change. */
    private boolean updateReplaced(ListChangeListener.Change<? extends MatrixRow> change) {
        List<MatrixRow> replaced = new ArrayList<>();
        while (change.next()) {
            if (!change.wasReplaced() || change.getRemovedSize() != change.getAddedSize()) {
                return false;
            }
            replaced.addAll(change.getAddedSubList());
        }
        for (MatrixRow row : replaced) {
            if (row instanceof SkillRow skill && rowViews.containsKey(skill.skillId())) {
                rowViews.get(skill.skillId()).update(skill.standing());
            } else if (row instanceof CategoryRow category && categoryCounts.containsKey(category.category())) {
                categoryCounts.get(category.category()).setText(categoryText(category));
            } else {
                return false;
            }
        }
        return true;
    }

    private void rebuild(List<MatrixRow> rows) {
        rowViews.clear();
        categoryCounts.clear();
        getChildren().setAll(header());
        for (MatrixRow row : rows) {
            if (row instanceof CategoryRow category) {
                Label title = new Label(category.category());
                title.getStyleClass().add("category-title");
                Label counts = new Label();
                counts.getStyleClass().add(StyleClasses.MUTED);
                categoryCounts.put(category.category(), counts);
                HBox box = new HBox(title, counts);
                box.getStyleClass().add(StyleClasses.CATEGORY_ROW);
                getChildren().add(box);
            } else if (row instanceof SkillRow skill) {
                SkillRowView view = new SkillRowView(skill.standing(), viewModel);
                view.focusedProperty().addListener((obs, was, focused) -> {
                    if (focused) {
                        viewModel.selectedSkillIdProperty().set(view.skillId());
                    }
                });
                rowViews.put(skill.skillId(), view);
                getChildren().add(view);
            }
        }
    }

    private static String categoryText(CategoryRow category) {
        return "%d of %d at target".formatted(category.targetsMet(), category.skillCount());
    }

    private Node header() {
        HBox header = new HBox();
        header.getStyleClass().add(StyleClasses.MATRIX_HEADER);
        header.getChildren().add(column("Skill", SkillRowView.NAME_WIDTH, Pos.BOTTOM_LEFT));
        for (Level level : Level.values()) {
            Label column = column(level.value() + "\n" + level.label(), SkillRowView.CELL_WIDTH, Pos.BOTTOM_CENTER);
            column.setTooltip(new Tooltip(level + ": " + level.anchor()));
            header.getChildren().add(column);
        }
        header.getChildren().addAll(column("Target", SkillRowView.TARGET_WIDTH, Pos.BOTTOM_CENTER),
                column("Gap", SkillRowView.GAP_WIDTH, Pos.BOTTOM_CENTER),
                column("Linked done", SkillRowView.LINKED_WIDTH, Pos.BOTTOM_CENTER));
        return header;
    }

    private static Label column(String text, double width, Pos alignment) {
        Label label = new Label(text);
        label.setMinWidth(width);
        label.setPrefWidth(width);
        label.setMinHeight(Region.USE_PREF_SIZE);
        label.setAlignment(alignment);
        return label;
    }

    private void showSelection() {
        String selected = viewModel.selectedSkillIdProperty().get();
        rowViews.forEach((id, view) -> view.setSelected(id.equals(selected)));
    }

    private void onKey(KeyEvent event) {
        if (event.isShortcutDown() || event.isAltDown() || viewModel.selectedSkillIdProperty().get() == null) {
            return;
        }
        KeyCode code = event.getCode();
        switch (code) {
            case LEFT -> viewModel.stepSelected(-1);
            case RIGHT -> viewModel.stepSelected(1);
            case UP -> moveSelection(-1);
            case DOWN -> moveSelection(1);
            default -> {
                int digit = digitOf(code);
                if (digit < 0) {
                    return;
                }
                viewModel.rateSelected(Level.of(digit));
            }
        }
        event.consume();
    }

    private static int digitOf(KeyCode code) {
        return switch (code) {
            case DIGIT0, NUMPAD0 -> 0;
            case DIGIT1, NUMPAD1 -> 1;
            case DIGIT2, NUMPAD2 -> 2;
            case DIGIT3, NUMPAD3 -> 3;
            case DIGIT4, NUMPAD4 -> 4;
            default -> -1;
        };
    }

    private void moveSelection(int delta) {
        List<String> ids = List.copyOf(rowViews.keySet());
        int index = ids.indexOf(viewModel.selectedSkillIdProperty().get());
        int next = Math.max(0, Math.min(ids.size() - 1, index + delta));
        FocusRequests.request(rowViews.get(ids.get(next)));
    }

    /** Selects and focuses a skill's row. */
    void focusSkill(String skillId) {
        SkillRowView view = rowViews.get(skillId);
        if (view != null) {
            FocusRequests.request(view);
            viewModel.selectedSkillIdProperty().set(skillId);
        }
    }

    void focusSelectedOrFirst() {
        String selected = viewModel.selectedSkillIdProperty().get();
        focusSkill(selected != null ? selected : rowViews.keySet().stream().findFirst().orElse(""));
    }
}

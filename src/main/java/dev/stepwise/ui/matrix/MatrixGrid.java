package dev.stepwise.ui.matrix;

import dev.stepwise.domain.Level;
import dev.stepwise.ui.common.ListScrolling;
import dev.stepwise.ui.common.RowDoubleClick;
import dev.stepwise.ui.common.Messages;
import dev.stepwise.ui.common.StyleClasses;
import dev.stepwise.ui.matrix.MatrixRow.CategoryRow;
import dev.stepwise.ui.matrix.MatrixRow.SkillRow;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.application.Platform;
import javafx.beans.binding.DoubleBinding;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * The heat-map grid, virtualised: a list shows only the rows on screen, each a {@link SkillRowView} made the first
 * time its skill is shown and kept (updated in place) after that, so a path with a thousand skills opens as fast as
 * one with ten and a tick updates only the rows it touched. Keyboard: ←/→ lower or raise the selected skill's
 * rating, ↑/↓ move between skills, 0–4 rate directly.
 */
final class MatrixGrid extends VBox {
    private final SkillsMatrixViewModel viewModel;
    private final ListView<MatrixRow> list = new ListView<>();
    private final MatrixColumns columns = new MatrixColumns();
    private final Map<String, SkillRowView> rowViews = new HashMap<>();
    private final Map<String, Label> categoryCounts = new HashMap<>();
    private final Map<String, Node> categoryViews = new HashMap<>();
    /** A skill to focus as soon as a cell shows its row (it may not have been on screen when asked). */
    private String focusWhenShown;

    MatrixGrid(SkillsMatrixViewModel viewModel) {
        this.viewModel = viewModel;
        getStyleClass().add(StyleClasses.MATRIX);
        addEventFilter(KeyEvent.KEY_PRESSED, this::onKey);
        list.getStyleClass().add("matrix-list");
        ListScrolling.keepSelectionInView(list);
        // The rows show the selection themselves (the selected skill, with its focus ring); the list only scrolls.
        list.setFocusTraversable(false);
        list.setItems(viewModel.rows());
        list.setCellFactory(view -> new RowCell());
        list.setPlaceholder(emptyState(viewModel));
        VBox.setVgrow(list, Priority.ALWAYS);
        getChildren().setAll(header(), list);
        viewModel.rows().addListener((ListChangeListener<MatrixRow>) change -> forgetGoneRows());
        viewModel.selectedSkillIdProperty().addListener((obs, old, id) -> {
            showSelection();
            // However it was selected (a search cleared gives back the skill it hid): its row is in view.
            ListScrolling.reveal(list, viewModel.rowIndexOf(id));
        });
    }

    /** Under the column headings when there are no rows: no skills at all, or none the search finds. */
    private static Label emptyState(SkillsMatrixViewModel viewModel) {
        Label empty = new Label();
        empty.setId("matrix-empty");
        empty.getStyleClass().add(StyleClasses.EMPTY_STATE);
        empty.setWrapText(true);
        empty.textProperty().bind(viewModel.searchProperty().map(typed -> Messages.tr(typed.isBlank() ? "matrix.empty"
                : "matrix.noMatch")));
        StackPane.setAlignment(empty, Pos.TOP_LEFT);
        return empty;
    }

    /** A row of the list: a category heading or a skill's row, whichever its item is. */
    private final class RowCell extends ListCell<MatrixRow> {
        RowCell() {
            getStyleClass().add("matrix-cell");
        }

        @Override
        protected void updateItem(MatrixRow row, boolean empty) {
            super.updateItem(row, empty);
            setText(null);
            setGraphic(empty || row == null ? null : viewOf(row));
        }
    }

    private Node viewOf(MatrixRow row) {
        if (row instanceof SkillRow skill) {
            SkillRowView view = rowViews.computeIfAbsent(skill.skillId(), id -> newRowView(skill));
            view.update(skill.standing());
            view.setSelected(skill.skillId().equals(viewModel.selectedSkillIdProperty().get()));
            view.setFocusTraversable(skill.skillId().equals(tabStop()));
            if (skill.skillId().equals(focusWhenShown)) {
                // After this layout pass: the list may show a row in a measuring cell first and then move it.
                Platform.runLater(() -> {
                    if (skill.skillId().equals(focusWhenShown) && view.getScene() != null && view.isVisible()) {
                        focusWhenShown = null;
                        view.requestFocus();
                    }
                });
            }
            return view;
        }
        CategoryRow category = (CategoryRow) row;
        Node view = categoryViews.computeIfAbsent(category.category(), name -> newCategoryView(category));
        categoryCounts.get(category.category()).setText(categoryText(category));
        return view;
    }

    private SkillRowView newRowView(SkillRow skill) {
        SkillRowView view = new SkillRowView(skill.standing(), viewModel, columns);
        view.focusedProperty().addListener((obs, was, focused) -> {
            if (focused) {
                viewModel.selectedSkillIdProperty().set(view.skillId());
            }
        });
        return view;
    }

    private Node newCategoryView(CategoryRow category) {
        Label title = new Label(category.category());
        title.getStyleClass().add("category-title");
        Label counts = new Label();
        counts.getStyleClass().add(StyleClasses.MUTED);
        categoryCounts.put(category.category(), counts);
        HBox box = new HBox(title, counts);
        box.getStyleClass().add(StyleClasses.CATEGORY_ROW);
        return box;
    }

    /** Views of skills and categories no longer in the matrix are dropped (an edit removed or renamed them). */
    private void forgetGoneRows() {
        Set<String> skills = new HashSet<>();
        Set<String> categories = new HashSet<>();
        for (MatrixRow row : viewModel.rows()) {
            if (row instanceof SkillRow skill) {
                skills.add(skill.skillId());
            } else if (row instanceof CategoryRow category) {
                categories.add(category.category());
            }
        }
        rowViews.keySet().retainAll(skills);
        categoryViews.keySet().retainAll(categories);
        categoryCounts.keySet().retainAll(categories);
    }

    private static String categoryText(CategoryRow category) {
        return Messages.tr("matrix.category.count", category.targetsMet(), category.skillCount());
    }

    private Node header() {
        HBox header = new HBox();
        header.getStyleClass().add(StyleClasses.MATRIX_HEADER);
        Label skill = column(Messages.tr("matrix.header.skill"), null, Pos.BOTTOM_LEFT);
        MatrixColumns.fit(skill, columns.name());
        header.getChildren().add(skill);
        for (Level level : Level.values()) {
            Label column = column(level.value() + "\n" + Messages.current().levelName(level), columns.level,
                    Pos.BOTTOM_CENTER);
            column.setTooltip(new Tooltip(Messages.tr("matrix.header.tooltip", Messages.current().level(level),
                    Messages.current().anchor(level))));
            header.getChildren().add(column);
        }
        Label evidence = column(Messages.tr("matrix.header.evidence"), columns.evidence, Pos.BOTTOM_CENTER);
        evidence.setAccessibleHelp(Messages.tr("matrix.header.evidence.help"));
        header.getChildren().addAll(column(Messages.tr("matrix.header.target"), columns.target, Pos.BOTTOM_CENTER),
                column(Messages.tr("matrix.header.gap"), columns.gap, Pos.BOTTOM_CENTER),
                column(Messages.tr("matrix.header.linked"), columns.linked, Pos.BOTTOM_CENTER), evidence);
        return header;
    }

    /** A heading over a column; it wraps at its spaces (the column is as wide as its longest word). */
    private static Label column(String text, DoubleBinding width, Pos alignment) {
        Label label = new Label(text);
        if (width != null) {
            MatrixColumns.fit(label, width);
        }
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        label.setAlignment(alignment);
        return label;
    }

    /**
     * The selected row shows itself selected and is the grid's one Tab stop (a roving tab stop): Tab enters the grid
     * at the selected skill and leaves it at the next control, however many skills there are; ↑/↓ move inside.
     */
    private void showSelection() {
        String selected = viewModel.selectedSkillIdProperty().get();
        String tabStop = tabStop();
        rowViews.forEach((id, view) -> {
            view.setSelected(id.equals(selected));
            view.setFocusTraversable(id.equals(tabStop));
        });
    }

    /** The row Tab enters the grid at: the selected skill's, or the first skill's while none is selected. */
    private String tabStop() {
        String selected = viewModel.selectedSkillIdProperty().get();
        return selected != null ? selected : viewModel.rows().stream().filter(SkillRow.class::isInstance)
                .map(row -> ((SkillRow) row).skillId()).findFirst().orElse(null);
    }

    /** The skill ids in the order of the rows. */
    private List<String> skillIds() {
        return viewModel.rows().stream().filter(SkillRow.class::isInstance).map(row -> ((SkillRow) row).skillId()).toList();
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
        List<String> ids = skillIds();
        int index = ids.indexOf(viewModel.selectedSkillIdProperty().get());
        if (ids.isEmpty()) {
            return;
        }
        focusSkill(ids.get(Math.max(0, Math.min(ids.size() - 1, index + delta))));
    }

    /** Selects a skill's row, scrolls it into view and focuses it. */
    MatrixColumns columns() {
        return columns;
    }

    void focusSkill(String skillId) {
        int index = viewModel.rowIndexOf(skillId);
        if (index < 0) {
            return;
        }
        viewModel.selectedSkillIdProperty().set(skillId);
        ListScrolling.reveal(list, index);
        // The row's view exists once a cell has shown it: after the scroll, on the next layout at the latest.
        SkillRowView view = rowViews.get(skillId);
        if (view != null && view.getScene() != null) {
            focusWhenShown = null;
            view.requestFocus();
        } else {
            // Until the row is on screen the list holds the focus, so the next key still reaches this grid.
            focusWhenShown = skillId;
            list.requestFocus();
        }
    }

    /** A double-click on a skill's row (not on its rating cells) opens its editor, as on the other lists. */
    void editsOnDoubleClick(Runnable edit) {
        RowDoubleClick.edits(list, MatrixRow.SkillRow.class, edit);
    }

    /** The selected skill's row while it is on screen (the list otherwise): where its menu opens from the keyboard. */
    Node selectedRowOrList() {
        SkillRowView view = rowViews.get(viewModel.selectedSkillIdProperty().get());
        return view != null && view.getScene() != null ? view : list;
    }

    void focusSelectedOrFirst() {
        String selected = viewModel.selectedSkillIdProperty().get();
        focusSkill(selected != null ? selected : skillIds().stream().findFirst().orElse(""));
    }
}

package dev.stepwise.ui.matrix;

import dev.stepwise.ui.common.Messages;
import dev.stepwise.ui.common.PageDividers;
import dev.stepwise.ui.common.RowMenuKeys;
import dev.stepwise.ui.common.UiScale;
import java.util.Objects;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.WeakChangeListener;
import javafx.css.PseudoClass;
import javafx.geometry.Orientation;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * The skills matrix screen: a legend, the heat-map grid, and the selected skill's detail. The grid's columns keep
 * their widths (they are a table to compare rows by), so the screen reflows around them: side by side, the grid
 * gets the width of its columns and the detail everything else; in a window too narrow for both, the detail goes
 * below the grid.
 */
public final class SkillsMatrixView extends BorderPane {
    /** The narrowest the detail may be beside the grid (in em); below this it goes underneath. */
    private static final double DETAIL_MIN_EM = 19.5;
    /** Room for the list's vertical scroll bar beside the rows, so that a long matrix never scrolls sideways. */
    private static final double SCROLL_BAR_ALLOWANCE = 16;
    /** Detail below the grid: skills-matrix.css also tightens the grid's spacing for the narrow window this means. */
    private static final PseudoClass STACKED = PseudoClass.getPseudoClass("stacked");
    /** The grid's share of the height when the detail is below it, until the learner moves the line. */
    private static final double GRID_SHARE_STACKED = 0.55;

    private final MatrixGrid grid;
    private final SkillActions actions;
    private final SkillRowMenu rowMenu;
    private final GlanceSwitch glance;
    private final MatrixToolbar toolbar;
    private final SplitPane split;
    private final VBox left;
    private Boolean sideBySide;
    /** The grid's share of the height when stacked: where the learner left the line, kept while side by side. */
    private double stackedShare = GRID_SHARE_STACKED;
    /** Where this view last put the divider side by side: while it is still there, the learner has not moved it. */
    private double placedShare = Double.NaN;
    /** The grid's padding and spacing around its columns side by side (measured once, before :stacked tightens it). */
    private double gridChrome = -1;
    private final ChangeListener<Number> onZoom = (obs, old, size) -> Platform.runLater(this::reflowForZoom);

    private final SkillsMatrixViewModel viewModel;

    /**
     * @param openItem shows an item in the checklist (the skill's linked items)
     * @param openLink opens a web link from the learner's evidence
     */
    public SkillsMatrixView(SkillsMatrixViewModel viewModel, Consumer<String> openItem, Consumer<String> openLink) {
        this.viewModel = viewModel;
        getStyleClass().add("skills-matrix");
        getStylesheets().add(Objects.requireNonNull(getClass().getResource("/dev/stepwise/ui/skills-matrix.css")).toExternalForm());
        actions = new SkillActions(viewModel, () -> getScene().getWindow());
        grid = new MatrixGrid(viewModel);
        // A filter: the list inside takes F2 for itself (cell editing), before a handler here would hear it.
        grid.addEventFilter(KeyEvent.KEY_PRESSED, this::onGridKey);
        rowMenu = new SkillRowMenu(viewModel, openItem, actions);
        grid.setOnContextMenuRequested(event -> rowMenu.show(event, grid));
        grid.editsOnDoubleClick(this::editSelectedSkill);
        StackPane gridArea = new StackPane(grid);
        VBox.setVgrow(gridArea, Priority.ALWAYS);
        Label help = new Label(Messages.tr("matrix.legend.help"));
        glance = new GlanceSwitch(viewModel, gridArea, grid, help);
        toolbar = new MatrixToolbar(viewModel, actions, glance, help, grid::focusSelectedOrFirst);
        left = new VBox(toolbar, gridArea);
        left.setMinWidth(0);
        SkillDetailPane detail = new SkillDetailPane(viewModel, openItem, openLink, actions::editSelected,
                actions::deleteSelected, grid::focusSelectedOrFirst);
        detail.setMinWidth(0);
        split = new SplitPane(left, detail);
        split.setId("matrix-split");
        split.widthProperty().addListener((obs, old, width) -> reflow(width.doubleValue(), false));
        // Zooming changes every column's width: arrange the screen again, and put the divider where the grid now ends.
        // (Weakly: the scale outlives this view, which a path switch may replace.)
        UiScale.fontSizeProperty().addListener(new WeakChangeListener<>(onZoom));
        setCenter(split);
    }

    /**
     * Chooses side by side or stacked for the width, gives the name column what is left (between its least and its
     * preferred width), and puts the divider where the grid's columns end. Within one arrangement the divider moves
     * only while the name column is squeezed: once the grid has all it wants, a divider the learner dragged stays.
     */
    private void reflow(double width, boolean force) {
        if (width <= 0) {
            return;
        }
        MatrixColumns columns = grid.columns();
        if (gridChrome < 0) {
            gridChrome = Math.ceil(grid.prefWidth(-1)) - columns.name().get() - columns.othersWidth() + SCROLL_BAR_ALLOWANCE;
        }
        double others = columns.othersWidth() + gridChrome;
        double detailMin = UiScale.em(DETAIL_MIN_EM);
        boolean fits = width >= others + MatrixColumns.nameMin() + detailMin;
        double name = Math.max(MatrixColumns.nameMin(), Math.min(MatrixColumns.namePreferred(),
                width - others - (fits ? detailMin : 0)));
        boolean squeezed = name < columns.name().get() || columns.name().get() < MatrixColumns.namePreferred();
        columns.name().set(name);
        if (!force && !squeezed && sideBySide != null && sideBySide == fits) {
            if (fits && dividerStillWherePlaced()) {
                // The window's first layout is wider than the window shown, and the split pane can take the share
                // meant for the first width at the second: the divider then hid the grid's last columns.
                placeDivider(true, others + name);
            }
            return;
        }
        if (Boolean.FALSE.equals(sideBySide)) {
            stackedShare = split.getDividerPositions()[0];
        }
        sideBySide = fits;
        pseudoClassStateChanged(STACKED, !fits);
        split.setOrientation(fits ? Orientation.HORIZONTAL : Orientation.VERTICAL);
        // Side by side, a wider window widens the detail: the grid is as wide as its columns already.
        SplitPane.setResizableWithParent(left, !fits);
        placeDivider(fits, others + name);
    }

    /**
     * After this layout pass: while the split pane is being resized, its skin keeps the grid's old pixel width. Side
     * by side, the grid's share is worked out then, from the width the pane has by that time.
     */
    private void placeDivider(boolean besideTheGrid, double gridWidth) {
        Platform.runLater(() -> {
            if (besideTheGrid && split.getWidth() <= 0) {
                return; // no width to take a share of (not laid out): the widths that follow place the line
            }
            split.setDividerPositions(besideTheGrid ? gridWidth / split.getWidth() : stackedShare);
            placedShare = besideTheGrid ? split.getDividerPositions()[0] : Double.NaN;
        });
    }

    private boolean dividerStillWherePlaced() {
        return Math.abs(split.getDividerPositions()[0] - placedShare) < 1e-9;
    }

    /** The stacked line's share, remembered across starts (side by side, the line follows the grid's columns). */
    public PageDividers.OwnDivider stackedDivider() {
        return new PageDividers.OwnDivider() {
            @Override
            public double rememberedShare() {
                return Boolean.FALSE.equals(sideBySide) ? split.getDividerPositions()[0] : stackedShare;
            }

            @Override
            public void restoreShare(double share) {
                stackedShare = share;
                if (Boolean.FALSE.equals(sideBySide)) {
                    Platform.runLater(() -> split.setDividerPositions(share));
                }
            }

            @Override
            public SplitPane split() {
                return split;
            }
        };
    }

    private void reflowForZoom() {
        reflow(split.getWidth(), true);
    }

    /** Shows the skill's row selected and focused, clearing a search that hides it (the links from other pages). */
    public void showSkill(String skillId) {
        viewModel.showSkill(skillId);
        grid.focusSkill(skillId);
    }

    /** Edit ▸ Find on this page: the grid's search, the grid shown if the chart was. */
    public void focusSearch() {
        glance.showGrid();
        toolbar.focusSearch();
    }

    public void focusGrid() {
        grid.focusSelectedOrFirst();
    }

    /** Opens the editor for a new skill (the toolbar's Add skill, Insert, Edit ▸ Add skill…). */
    public void addSkill() {
        actions.add();
    }

    /** Opens the editor on the selected skill, if any. */
    public void editSelectedSkill() {
        actions.editSelected();
    }

    /** Deletes the selected skill, if any, once the learner has confirmed. */
    public void deleteSelectedSkill() {
        actions.deleteSelected();
    }

    /**
     * On the grid, as on the checklist's list and the timeline's: Insert adds a skill, F2 edits the selected one,
     * Delete deletes it (asking first); Shift+F10 or the menu key open its row's menu. The grid's own keys (digits,
     * arrows) are taken before these.
     */
    private void onGridKey(KeyEvent event) {
        if (RowMenuKeys.opensMenu(event)) {
            rowMenu.showForSelected(grid);
            event.consume();
            return;
        }
        if (event.isShortcutDown() || event.isAltDown() || event.isShiftDown()) {
            return;
        }
        switch (event.getCode()) {
            case INSERT -> addSkill();
            case F2 -> editSelectedSkill();
            case DELETE -> deleteSelectedSkill();
            default -> {
                return;
            }
        }
        event.consume();
        grid.focusSelectedOrFirst();
    }
}

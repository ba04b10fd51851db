package dev.stepwise.ui.overview;

import atlantafx.base.theme.Styles;
import dev.stepwise.ui.common.Messages;
import dev.stepwise.ui.common.StyleClasses;
import dev.stepwise.ui.common.UiScale;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignR;

/**
 * "Reviews due": the queue as a list (virtualised: a long queue costs a screenful of cells), with one key per answer —
 * Enter or C confirms the focused review, R reopens its item — said on the card, and the same two as buttons. After
 * an answer the next review takes the focused row's place, so a queue is worked through key after key.
 */
final class ReviewsCard extends Card {
    private static final int ROWS_SHOWN = 5;

    private final ReviewQueueViewModel viewModel;
    private final ListView<ReviewQueueViewModel.Row> list = new ListView<>();
    /** The row just answered, whose place the next review takes; -1 when none is waiting. */
    private int answered = -1;

    ReviewsCard(ReviewQueueViewModel viewModel) {
        super(Messages.tr("review.queue.title"));
        this.viewModel = viewModel;
        setId("reviews-card");
        list.setId("review-queue");
        list.setAccessibleText(Messages.tr("review.queue.name"));
        list.setItems(viewModel.rows());
        // The same reviews on a new day may say something else: due today becomes overdue.
        viewModel.dayProperty().subscribe((before, day) -> list.refresh());
        list.setCellFactory(view -> new RowCell());
        list.fixedCellSizeProperty().bind(UiScale.emBinding(2.3));
        list.prefHeightProperty().bind(Bindings.createDoubleBinding(
                () -> UiScale.em(2.3) * Math.max(1, Math.min(ROWS_SHOWN, viewModel.rows().size())) + 2,
                viewModel.rows(), UiScale.fontSizeProperty()));
        Label empty = new Label(Messages.tr("review.queue.empty"));
        empty.setWrapText(true);
        empty.getStyleClass().add(StyleClasses.MUTED);
        list.setPlaceholder(empty);
        list.addEventFilter(KeyEvent.KEY_PRESSED, this::onKey);
        // Reached with Tab, the queue had nothing selected, so Enter and R (which the line below offers) did nothing
        // until an arrow key was pressed: the first review is the one they answer.
        list.focusedProperty().subscribe(focused -> {
            if (focused && list.getSelectionModel().isEmpty() && !list.getItems().isEmpty()) {
                list.getSelectionModel().select(0);
                list.getFocusModel().focus(0);
            }
        });
        list.setOnMouseClicked(event -> {
            if (event.getButton() == MouseButton.PRIMARY && event.getClickCount() == 2) {
                selected().ifPresent(viewModel::open);
            }
        });
        // The answered row leaves the list: the one after it (or the new last one) takes its place under the focus.
        viewModel.rows().addListener((ListChangeListener<ReviewQueueViewModel.Row>) change -> {
            if (answered >= 0 && !viewModel.rows().isEmpty()) {
                list.getSelectionModel().select(Math.min(answered, viewModel.rows().size() - 1));
                list.getFocusModel().focus(list.getSelectionModel().getSelectedIndex());
            }
            answered = -1;
        });

        Label keys = new Label(Messages.tr("review.queue.keys"));
        keys.setId("review-queue-keys");
        keys.setWrapText(true);
        keys.getStyleClass().add(StyleClasses.MUTED);
        Button confirm = new Button(Messages.tr("review.queue.confirm"), new FontIcon(MaterialDesignC.CHECK));
        confirm.setId("review-confirm");
        confirm.setOnAction(event -> selected().ifPresent(this::confirm));
        Button reopen = new Button(Messages.tr("review.queue.reopen"), new FontIcon(MaterialDesignR.RESTORE));
        reopen.setId("review-reopen");
        reopen.setOnAction(event -> selected().ifPresent(this::reopen));
        for (Button button : new Button[] {confirm, reopen}) {
            button.getStyleClass().add(Styles.SMALL);
            button.setMinWidth(Region.USE_PREF_SIZE);
            button.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        }
        keys.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(keys, Priority.ALWAYS);
        HBox actions = new HBox(6, keys, confirm, reopen);
        actions.setAlignment(Pos.CENTER_LEFT);
        body(list, actions);
        visibleProperty().bind(viewModel.anyPlannedProperty());
        managedProperty().bind(viewModel.anyPlannedProperty());
    }

    private void onKey(KeyEvent event) {
        Optional<ReviewQueueViewModel.Row> row = selected();
        if (row.isEmpty() || event.isShortcutDown() || event.isAltDown()) {
            return;
        }
        if (event.getCode() == KeyCode.ENTER || event.getCode() == KeyCode.C) {
            confirm(row.get());
            event.consume();
        } else if (event.getCode() == KeyCode.R) {
            reopen(row.get());
            event.consume();
        }
    }

    private void confirm(ReviewQueueViewModel.Row row) {
        answered = list.getSelectionModel().getSelectedIndex();
        viewModel.confirm(row);
    }

    private void reopen(ReviewQueueViewModel.Row row) {
        answered = list.getSelectionModel().getSelectedIndex();
        viewModel.reopen(row);
    }

    private Optional<ReviewQueueViewModel.Row> selected() {
        return Optional.ofNullable(list.getSelectionModel().getSelectedItem());
    }

    @Override
    void update(OverviewSummary summary) {
        // The queue follows its own model (study time and reviews are kept beside the path's state).
    }

    /** "Learn SQL · due today", "Learn SQL · overdue since Mar 3, 2026". */
    private final class RowCell extends ListCell<ReviewQueueViewModel.Row> {
        @Override
        protected void updateItem(ReviewQueueViewModel.Row row, boolean empty) {
            super.updateItem(row, empty);
            if (empty || row == null) {
                setText(null);
                return;
            }
            String due = row.dueOn().isBefore(viewModel.today())
                    ? Messages.tr("review.queue.overdue", Messages.current().date(row.dueOn())) : Messages.tr("review.queue.dueToday");
            setText(row.title() + "  ·  " + due);
        }
    }
}

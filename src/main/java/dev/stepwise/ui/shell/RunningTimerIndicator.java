package dev.stepwise.ui.shell;

import dev.stepwise.domain.StudyTimer;
import dev.stepwise.ui.checklist.StudyTimeViewModel;
import dev.stepwise.ui.common.Messages;
import dev.stepwise.ui.common.PathSession;
import dev.stepwise.ui.common.StudyTracker;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.geometry.Pos;
import javafx.scene.AccessibleAction;
import javafx.scene.AccessibleRole;
import javafx.scene.Cursor;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignT;

/**
 * The sidebar's sign of a running study timer, on every page: its time beside the timer's icon, its item's title under
 * them. A timer runs on across restarts, but its own button is in one item's details, out of sight from every other
 * page and item, and easy to forget. Clicking it (or Enter or Space) opens the item. Hidden while no timer runs; it
 * ticks once a second only meanwhile, setting one label's text.
 *
 * <p>A box acting as a button rather than a {@link javafx.scene.control.Button}: a button centres its graphic over its
 * text, and a title that wraps needs the sidebar's width, which only a box hands it.
 */
final class RunningTimerIndicator extends VBox {
    private final StudyTracker tracker;
    private final Consumer<String> openItem;
    private final Timeline ticks = new Timeline(new KeyFrame(Duration.seconds(1), event -> showTime()));
    private final Label time = new Label();
    private final Label title = new Label();

    RunningTimerIndicator(StudyTracker tracker, PathSession session, Consumer<String> openItem) {
        this.tracker = tracker;
        this.openItem = openItem;
        setId("sidebar-timer");
        getStyleClass().add("running-timer");
        setAccessibleRole(AccessibleRole.BUTTON);
        setFocusTraversable(true);
        setCursor(Cursor.HAND);
        Tooltip.install(this, new Tooltip(Messages.tr("study.timer.status.tooltip")));
        time.setId("sidebar-timer-time");
        time.getStyleClass().add("running-timer-time");
        HBox clock = new HBox(6, new FontIcon(MaterialDesignT.TIMER_OUTLINE), time);
        clock.setAlignment(Pos.CENTER_LEFT);
        title.setId("sidebar-timer-item");
        title.setWrapText(true);
        getChildren().addAll(clock, title);
        managedProperty().bind(visibleProperty());
        ticks.setCycleCount(Animation.INDEFINITE);
        setOnMouseClicked(event -> open());
        addEventHandler(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.ENTER || event.getCode() == KeyCode.SPACE) {
                open();
                event.consume();
            }
        });
        tracker.logProperty().subscribe(log -> follow());
        // The item's title follows a rename; a switch of path brings that path's log.
        session.stateProperty().subscribe(state -> follow());
    }

    @Override
    public void executeAccessibleAction(AccessibleAction action, Object... parameters) {
        if (action == AccessibleAction.FIRE) {
            open();
        } else {
            super.executeAccessibleAction(action, parameters);
        }
    }

    private void open() {
        timer().ifPresent(running -> openItem.accept(running.itemId()));
    }

    private Optional<StudyTimer> timer() {
        return tracker.log().timer();
    }

    private void follow() {
        Optional<StudyTimer> running = timer();
        setVisible(running.isPresent());
        if (running.isEmpty()) {
            ticks.stop();
            return;
        }
        String itemTitle = tracker.titleOf(running.get().itemId());
        title.setText(itemTitle);
        setAccessibleText(Messages.tr("study.timer.status.name", itemTitle));
        showTime();
        if (ticks.getStatus() != Animation.Status.RUNNING) {
            ticks.play();
        }
    }

    private void showTime() {
        timer().ifPresent(running -> time.setText(StudyTimeViewModel.clockText(running.elapsedAt(tracker.clock().instant()))));
    }
}

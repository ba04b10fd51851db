package dev.stepwise.ui.checklist;

import atlantafx.base.theme.Styles;
import dev.stepwise.domain.ReviewPlan;
import dev.stepwise.ui.common.Messages;
import dev.stepwise.ui.common.StyleClasses;
import dev.stepwise.ui.common.UiScale;
import dev.stepwise.ui.common.Validation;
import java.util.List;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.binding.Bindings;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignS;
import org.kordamp.ikonli.materialdesign2.MaterialDesignT;

/**
 * The item detail's "Study time" and "Review" groups. The timer's button shows the running time, ticked once a second
 * by a timeline that only sets the button's text (and runs only while the timer runs on this item): nothing per second
 * reaches the store.
 */
final class StudyTimeBlock extends VBox {
    private static final List<Integer> QUICK_MINUTES = List.of(15, 30, 45, 60);

    private final StudyTimeViewModel viewModel;
    private final Button timer = new Button();
    private final Timeline tick = new Timeline(new KeyFrame(Duration.seconds(1), event -> showTimer()));
    private final FontIcon startIcon = new FontIcon(MaterialDesignT.TIMER_OUTLINE);
    private final FontIcon stopIcon = new FontIcon(MaterialDesignS.STOP_CIRCLE_OUTLINE);

    StudyTimeBlock(StudyTimeViewModel viewModel) {
        super(6);
        this.viewModel = viewModel;
        getStyleClass().add("study-block");
        Label spent = new Label();
        spent.setId("study-spent");
        spent.setWrapText(true);
        spent.textProperty().bind(viewModel.spentProperty());
        Label week = muted("study-week");
        week.textProperty().bind(viewModel.weekProperty());
        Label section = muted("study-section");
        section.textProperty().bind(viewModel.sectionProperty());

        timer.setId("study-timer");
        timer.setTooltip(new Tooltip(Messages.tr("study.timer.tooltip")));
        timer.setMinWidth(Region.USE_PREF_SIZE);
        timer.setOnAction(event -> viewModel.toggleTimer());
        tick.setCycleCount(Animation.INDEFINITE);
        viewModel.runningSinceProperty().subscribe(since -> {
            showTimer();
            if (since == null) {
                tick.stop();
            } else {
                tick.play();
            }
        });
        Label elsewhere = muted("study-timer-elsewhere");
        elsewhere.textProperty().bind(viewModel.elsewhereProperty());
        showWhenText(elsewhere);
        Label notice = new Label();
        notice.setId("study-notice");
        notice.setWrapText(true);
        notice.getStyleClass().add("study-notice");
        notice.textProperty().bind(viewModel.noticeProperty());
        showWhenText(notice);

        getChildren().addAll(heading(Messages.tr("study.heading")), spent, section, week, timer, elsewhere, notice,
                addRow(), reviewGroup());
    }

    private VBox addRow() {
        FlowPane row = new FlowPane(4, 4);
        row.setAlignment(Pos.CENTER_LEFT);
        Label label = new Label(Messages.tr("study.add"));
        row.getChildren().add(label);
        for (int minutes : QUICK_MINUTES) {
            Button quick = new Button(Messages.tr("study.add.quick", minutes));
            quick.setId("study-add-" + minutes);
            quick.getStyleClass().add(Styles.SMALL);
            quick.setMinWidth(Region.USE_PREF_SIZE);
            quick.setOnAction(event -> viewModel.addMinutes(minutes));
            row.getChildren().add(quick);
        }
        TextField typed = new TextField();
        typed.setId("study-minutes");
        typed.setAccessibleText(Messages.tr("study.add.field.name"));
        typed.setPromptText(Messages.tr("study.add.field.prompt"));
        typed.getStyleClass().add(Styles.SMALL);
        typed.prefWidthProperty().bind(UiScale.emBinding(4.5));
        Button add = new Button(Messages.tr("study.add.typed"));
        add.setId("study-add-typed");
        add.getStyleClass().add(Styles.SMALL);
        add.setMinWidth(Region.USE_PREF_SIZE);
        // Shown under the row, as every field's problem is (Validation), until the learner edits what they typed: a
        // tooltip alone told no one who pressed Enter why nothing was added.
        StringProperty problem = new SimpleStringProperty();
        problem.subscribe(now -> typed.pseudoClassStateChanged(Styles.STATE_DANGER, now != null));
        typed.textProperty().subscribe(text -> problem.set(null));
        // Minutes typed for one item are not added to the next one selected.
        viewModel.itemProperty().subscribe(item -> typed.clear());
        Runnable send = () -> {
            String refused = viewModel.addTyped(typed.getText());
            if (refused == null) {
                typed.clear();
            }
            problem.set(refused);
        };
        add.setOnAction(event -> send.run());
        typed.setOnAction(event -> send.run());
        HBox field = new HBox(4, typed, add);
        field.setAlignment(Pos.CENTER_LEFT);
        row.getChildren().add(field);
        return new VBox(2, row, Validation.problemLabel(problem, "study-minutes-problem"));
    }

    private VBox reviewGroup() {
        Label next = new Label();
        next.setId("review-next");
        next.setWrapText(true);
        next.textProperty().bind(viewModel.reviewProperty());
        viewModel.reviewableProperty().subscribe(done -> {
            next.getStyleClass().remove(StyleClasses.MUTED);
            if (!done) {
                next.getStyleClass().add(StyleClasses.MUTED);
            }
        });
        Button twoWeeks = new Button(Messages.tr("review.inTwoWeeks"), new FontIcon(MaterialDesignC.CALENDAR_CLOCK));
        twoWeeks.setId("review-two-weeks");
        twoWeeks.setOnAction(event -> viewModel.scheduleReview(ReviewPlan.IN_TWO_WEEKS));
        Button spaced = new Button(Messages.tr("review.spaced"), new FontIcon(MaterialDesignS.STAIRS));
        spaced.setId("review-spaced");
        spaced.setTooltip(new Tooltip(Messages.tr("review.spaced.tooltip")));
        spaced.setOnAction(event -> viewModel.scheduleReview(ReviewPlan.SPACED));
        Button remove = new Button(Messages.tr("review.remove"), new FontIcon(MaterialDesignC.CALENDAR_REMOVE_OUTLINE));
        remove.setId("review-remove");
        remove.setOnAction(event -> viewModel.removeReview());
        remove.visibleProperty().bind(viewModel.reviewPlannedProperty());
        remove.managedProperty().bind(viewModel.reviewPlannedProperty());
        FlowPane buttons = new FlowPane(6, 6, twoWeeks, spaced, remove);
        buttons.visibleProperty().bind(viewModel.reviewableProperty());
        buttons.managedProperty().bind(viewModel.reviewableProperty());
        for (Button button : List.of(twoWeeks, spaced, remove)) {
            button.getStyleClass().add(Styles.SMALL);
            button.setMinWidth(Region.USE_PREF_SIZE);
        }
        VBox group = new VBox(6, heading(Messages.tr("review.heading")), next, buttons);
        group.getStyleClass().add("review-group");
        return group;
    }

    private void showTimer() {
        boolean running = viewModel.runningSinceProperty().get() != null;
        timer.setText(running ? Messages.tr("study.timer.stop", viewModel.elapsedText()) : Messages.tr("study.timer.start"));
        if (timer.getGraphic() != (running ? stopIcon : startIcon)) {
            timer.setGraphic(running ? stopIcon : startIcon);
            timer.pseudoClassStateChanged(Styles.STATE_ACCENT, running);
        }
    }

    private static Label muted(String id) {
        Label label = new Label();
        label.setId(id);
        label.setWrapText(true);
        label.getStyleClass().add(StyleClasses.MUTED);
        return label;
    }

    private static void showWhenText(Label label) {
        label.visibleProperty().bind(Bindings.isNotEmpty(label.textProperty()));
        label.managedProperty().bind(label.visibleProperty());
    }

    /** A small upper-case heading, as the detail pane's other groups have. */
    private static Label heading(String text) {
        Label label = new Label(text.toUpperCase());
        label.getStyleClass().add("detail-heading");
        label.setWrapText(true);
        return label;
    }
}

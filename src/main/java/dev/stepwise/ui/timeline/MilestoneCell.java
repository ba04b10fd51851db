package dev.stepwise.ui.timeline;

import dev.stepwise.domain.DueState;
import dev.stepwise.domain.MilestoneStanding;
import dev.stepwise.ui.common.Messages;
import dev.stepwise.ui.common.StyleClasses;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * One milestone on the timeline: its title and whether it is on track, its date and how far off, a bar with its done
 * count, and the items left. Its nodes are made once per cell and refilled as the cell is reused.
 */
final class MilestoneCell extends ListCell<MilestoneStanding> {
    /** Items named in the "left" line; the rest are counted. */
    static final int LEFT_NAMED = 4;

    private final TimelineViewModel viewModel;
    private final Label title = new Label();
    private final Label standing = new Label();
    private final Label date = new Label();
    private final ProgressBar bar = new ProgressBar();
    private final Label counts = new Label();
    private final Label left = new Label();
    private final VBox box;

    MilestoneCell(TimelineViewModel viewModel) {
        this.viewModel = viewModel;
        title.getStyleClass().add("milestone-title");
        title.setWrapText(true);
        title.setMinWidth(0);
        standing.getStyleClass().add("milestone-standing");
        standing.setMinWidth(Region.USE_PREF_SIZE);
        date.getStyleClass().add("milestone-date");
        counts.getStyleClass().add(StyleClasses.MUTED);
        counts.setMinWidth(Region.USE_PREF_SIZE);
        left.getStyleClass().addAll(StyleClasses.MUTED, "milestone-left");
        left.setWrapText(true);
        left.setMinWidth(0);
        bar.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(bar, Priority.ALWAYS);
        HBox.setHgrow(title, Priority.ALWAYS);
        HBox head = new HBox(title, standing);
        head.getStyleClass().add("milestone-head");
        HBox progress = new HBox(bar, counts);
        progress.getStyleClass().add("milestone-progress");
        box = new VBox(head, date, progress, left);
        box.getStyleClass().add("milestone-row");
        box.setMinWidth(0);
        // As wide as the list, never wider: the titles and the "left" line wrap instead of scrolling sideways.
        setPrefWidth(0);
    }

    /** As tall as the wrapped content at the cell's width (a list cell measures its graphic without one). */
    @Override
    protected double computePrefHeight(double width) {
        double available = width > 0 ? width : getWidth();
        if (getGraphic() == null || available <= 0) {
            return super.computePrefHeight(width);
        }
        return snappedTopInset() + getGraphic().prefHeight(available - snappedLeftInset() - snappedRightInset())
                + snappedBottomInset();
    }

    @Override
    protected void updateItem(MilestoneStanding item, boolean empty) {
        super.updateItem(item, empty);
        setText(null);
        if (empty || item == null) {
            setGraphic(null);
            setAccessibleText(null);
            return;
        }
        Messages messages = Messages.current();
        title.setText(item.milestone().title());
        // A milestone without items has nothing done: "Done" beside an empty bar read as a contradiction.
        boolean noItems = item.hasNoItems();
        String standingText = messages.text(noItems ? "timeline.noItemsStanding" : item.complete() ? "timeline.complete"
                : item.onTrack() ? "timeline.onTrack" : "timeline.behind");
        standing.setText(standingText);
        StyleClasses.choose(standing.getStyleClass(), noItems ? "no-items" : item.complete() ? "complete" : item.onTrack() ? "on-track"
                : "behind", "no-items", "complete", "on-track", "behind");
        int studied = viewModel.minutesStudied(item);
        String due = messages.text("timeline.due", messages.date(item.milestone().due()), distance(item));
        date.setText(studied == 0 ? due : messages.text("timeline.dueAndStudied", due, messages.minutes(studied)));
        StyleClasses.choose(date.getStyleClass(), item.due() == DueState.OVERDUE ? "due-overdue"
                : item.due() == DueState.DUE_SOON ? "due-soon" : null, "due-soon", "due-overdue");
        bar.setProgress(item.counted() == 0 ? 0 : item.doneShare());
        counts.setText(messages.text("timeline.counts", item.done(), item.counted()));
        left.setText(leftText(item));
        setGraphic(box);
        setAccessibleText(String.join(". ", title.getText(), standingText, date.getText(), counts.getText(), left.getText()));
        setId("milestone-" + item.milestone().id());
    }

    /** "in 5 days", "today", "3 days overdue"; for a finished milestone, "5 days ago" rather than overdue. */
    static String distance(MilestoneStanding item) {
        long days = item.daysLeft();
        if (days == 0) {
            return Messages.tr("timeline.today");
        }
        if (days > 0) {
            return Messages.tr("timeline.inDays", days);
        }
        return Messages.tr(item.complete() ? "timeline.daysAgo" : "timeline.daysOverdue", -days);
    }

    private String leftText(MilestoneStanding item) {
        if (item.left().isEmpty()) {
            return Messages.tr(item.counted() == 0 ? "timeline.noItems" : "timeline.nothingLeft");
        }
        List<String> named = new ArrayList<>();
        item.left().stream().limit(LEFT_NAMED).forEach(itemId -> named.add(Messages.tr("text.quoted", viewModel.itemTitle(itemId))));
        int more = item.left().size() - named.size();
        String list = String.join(", ", named);
        return more > 0 ? Messages.tr("timeline.leftMore", list, more) : Messages.tr("timeline.left", list);
    }
}

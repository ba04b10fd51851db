package dev.stepwise.ui.overview;

import dev.stepwise.domain.Deadlines;
import dev.stepwise.domain.DueSoon;
import dev.stepwise.domain.DueState;
import dev.stepwise.ui.common.Messages;
import dev.stepwise.ui.common.StyleClasses;
import dev.stepwise.ui.common.Visibility;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;

/**
 * What is overdue or due within a week, milestones and items, earliest first; each opens where it can be worked on
 * (an item in the checklist, a milestone on the timeline). Its lines are rebuilt only when the lines shown changed: a
 * tick elsewhere, or past the last line, leaves them, and the keyboard focus on them, alone.
 */
final class DueSoonCard extends Card {
    private final OverviewViewModel viewModel;
    private final Label none = new Label();
    private final VBox lines = new VBox();
    private final Label more = new Label();
    private List<DueSoon.Entry> shown;
    /** The day they were shown for: "due in 2 days" is "due tomorrow" the next day. */
    private LocalDate shownOn;

    DueSoonCard(OverviewViewModel viewModel) {
        super(Messages.tr("overview.due.title"));
        this.viewModel = viewModel;
        setId("due-soon-card");
        none.setWrapText(true);
        none.getStyleClass().add(StyleClasses.MUTED);
        none.setId("due-soon-none");
        lines.getStyleClass().add("due-lines");
        more.getStyleClass().add(StyleClasses.MUTED);
        body(none, lines, more);
    }

    @Override
    void update(OverviewSummary summary) {
        DueSoon due = summary.dueSoon();
        LocalDate today = summary.today();
        if (!due.first().equals(shown) || !today.equals(shownOn)) {
            shown = due.first();
            shownOn = today;
            List<Node> made = new ArrayList<>();
            shown.forEach(entry -> made.add(line(entry, today)));
            lines.getChildren().setAll(made);
        }
        // The counts may move without the lines (a tick past the last one); a label set to its own text stays quiet.
        int overdue = due.overdue();
        none.setText(Messages.tr("overview.due.none", Deadlines.SOON_DAYS));
        Visibility.show(due.isEmpty(), none);
        more.setText(Messages.tr("overview.due.more", due.count() - shown.size()));
        Visibility.show(due.count() > shown.size(), more);
        retitle(overdue > 0 ? Messages.tr("overview.due.titleOverdue", overdue) : Messages.tr("overview.due.title"));
    }

    private HBox line(DueSoon.Entry entry, LocalDate today) {
        Messages messages = Messages.current();
        Hyperlink link = new Hyperlink(entry.title(),
                new FontIcon(entry.milestone() ? MaterialDesignF.FLAG_CHECKERED : MaterialDesignC.CHECKBOX_BLANK_OUTLINE));
        link.setId("due-" + (entry.milestone() ? "milestone-" : "item-") + entry.id());
        link.setWrapText(true);
        link.setMinWidth(0);
        // The whole line's width, so every date lines up on the right whatever the title's length.
        link.setMaxWidth(Double.MAX_VALUE);
        link.setOnAction(event -> viewModel.openDue(entry));
        long days = Deadlines.daysUntil(today, entry.due());
        boolean overdue = entry.state() == DueState.OVERDUE;
        String distance = overdue ? messages.text("overview.due.overdue", -days)
                : days == 0 ? messages.text("overview.due.today") : messages.text("overview.due.inDays", days);
        String whenText = messages.text("overview.due.when", distance, messages.date(entry.due()));
        Label when = new Label(entry.milestone() ? messages.text("overview.due.left", whenText, entry.left()) : whenText);
        when.getStyleClass().add(overdue ? "due-overdue" : "due-soon");
        when.setMinWidth(Region.USE_PREF_SIZE);
        link.setAccessibleText(messages.text(entry.milestone() ? "overview.due.milestoneName" : "overview.due.itemName",
                entry.title(), when.getText()));
        HBox.setHgrow(link, Priority.ALWAYS);
        HBox line = new HBox(8, link, when);
        line.getStyleClass().add("due-line");
        line.setAlignment(Pos.CENTER_LEFT);
        return line;
    }
}

package dev.stepwise.ui.checklist;

import dev.stepwise.ui.checklist.ChecklistRow.SectionRow;
import dev.stepwise.ui.common.Messages;
import dev.stepwise.ui.common.StyleClasses;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/** A section's heading in the checklist (title, counts, bar), made once per cell and filled for each section it shows. */
final class SectionHeaderGraphic {
    private final Label title = new Label();
    private final Label counts = new Label();
    private final ProgressBar bar = new ProgressBar();
    private final HBox header;

    SectionHeaderGraphic() {
        title.getStyleClass().add("section-title");
        counts.getStyleClass().add(StyleClasses.MUTED);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        header = new HBox(title, spacer, counts, bar);
        header.getStyleClass().add(StyleClasses.SECTION_HEADER);
    }

    /** The heading's nodes, now showing {@code row}. */
    Node show(SectionRow row) {
        String id = row.section().id();
        title.setText(row.section().title());
        counts.setText(Messages.current().summary(row.progress()));
        counts.setId("section-counts-" + id);
        bar.setProgress(row.progress().fraction());
        header.setId("section-header-" + id);
        return header;
    }
}

package dev.stepwise.ui.overview;

import dev.stepwise.domain.Progress;
import dev.stepwise.domain.Section;
import dev.stepwise.ui.common.Messages;
import dev.stepwise.ui.common.StyleClasses;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * Overall progress as a percentage, counts and a bar, then one line per section. A path of many sections (instructors
 * build paths of fifty) shows its first {@link #FOLDED_LINES} until the learner asks for all of them, so the card does
 * not push the rest of the overview a screen down.
 */
final class ProgressCard extends Card {
    private static final double SECTION_BAR_WIDTH = 120;
    private static final double SECTION_BAR_MIN = 48;
    /** Section lines shown while folded; a path with more shows a link to unfold them. */
    private static final int FOLDED_LINES = 8;
    private final Label percent = new Label();
    private final Label counts = new Label();
    private final ProgressBar bar = new ProgressBar();
    private final GridPane sections = new GridPane();
    /** The sections the grid has lines for (ids and titles): it is laid out again only when they change. */
    private List<String> sectionLines = List.of();
    /** Every section's progress, as the last summary gave it: the lines shown are the first of these. */
    private List<OverviewSummary.SectionProgress> sectionProgress = List.of();
    private final List<ProgressBar> sectionBars = new ArrayList<>();
    private final List<Label> sectionCounts = new ArrayList<>();
    private final Hyperlink fold = new Hyperlink();
    private boolean folded = true;

    ProgressCard() {
        super(Messages.tr("overview.progress.title"));
        percent.getStyleClass().add(StyleClasses.PAGE_TITLE);
        percent.setId("overall-percent");
        counts.setId("overall-counts");
        counts.getStyleClass().add(StyleClasses.MUTED);
        bar.setMaxWidth(Double.MAX_VALUE);
        sections.setHgap(12);
        sections.setVgap(6);
        // When a line is short of room, the section's title wraps and the bar narrows; the count ("12 of 200 done")
        // is never cut.
        ColumnConstraints title = new ColumnConstraints();
        title.setHgrow(Priority.ALWAYS);
        title.setMinWidth(0);
        ColumnConstraints bars = new ColumnConstraints(SECTION_BAR_MIN, SECTION_BAR_WIDTH, SECTION_BAR_WIDTH);
        ColumnConstraints count = new ColumnConstraints();
        count.setMinWidth(Region.USE_PREF_SIZE);
        sections.getColumnConstraints().setAll(title, bars, count);
        VBox countsAndBar = new VBox(6, counts, bar);
        HBox.setHgrow(countsAndBar, Priority.ALWAYS);
        HBox headline = new HBox(12, percent, countsAndBar);
        headline.setAlignment(Pos.CENTER_LEFT);
        fold.setId("overview-sections-fold");
        fold.setOnAction(event -> {
            folded = !folded;
            layOutSections();
            fillSections();
        });
        body(headline, sections, fold);
        showFold();
    }

    @Override
    void update(OverviewSummary summary) {
        Progress overall = summary.overall();
        percent.setText(Messages.tr("overview.progress.percent", overall.percent()));
        counts.setText(Messages.current().summary(overall));
        bar.setProgress(overall.fraction());
        sectionProgress = summary.sections();
        List<String> lines = sectionProgress.stream().map(line -> line.section().id() + "\n" + line.section().title()).toList();
        if (!lines.equals(sectionLines)) {
            sectionLines = lines;
            layOutSections();
        }
        fillSections();
    }

    /**
     * Makes the lines shown and only those: while folded, a path of fifty sections has eight lines, not fifty hidden
     * ones (each a bar and two labels that the first CSS pass would style all the same, before the first frame).
     */
    private void layOutSections() {
        sections.getChildren().clear();
        sectionBars.clear();
        sectionCounts.clear();
        int shown = folded ? Math.min(FOLDED_LINES, sectionProgress.size()) : sectionProgress.size();
        for (int row = 0; row < shown; row++) {
            Section section = sectionProgress.get(row).section();
            ProgressBar sectionBar = new ProgressBar();
            sectionBar.setMinWidth(SECTION_BAR_MIN);
            sectionBar.setPrefWidth(SECTION_BAR_WIDTH);
            Label sectionCount = new Label();
            sectionCount.setId("overview-section-" + section.id());
            sectionCount.getStyleClass().add(StyleClasses.MUTED);
            sectionCount.setMinWidth(Region.USE_PREF_SIZE);
            Label title = new Label(section.title());
            title.setWrapText(true);
            title.setMinWidth(0);
            sections.addRow(row, title, sectionBar, sectionCount);
            sectionBars.add(sectionBar);
            sectionCounts.add(sectionCount);
        }
        showFold();
    }

    private void fillSections() {
        for (int i = 0; i < sectionBars.size(); i++) {
            Progress progress = sectionProgress.get(i).progress();
            sectionBars.get(i).setProgress(progress.fraction());
            sectionCounts.get(i).setText(Messages.current().summary(progress));
        }
    }

    /** Offers the link when there are more lines than the folded few, and says on it what it will do. */
    private void showFold() {
        int lines = sectionProgress.size();
        boolean foldable = lines > FOLDED_LINES;
        fold.setVisible(foldable);
        fold.setManaged(foldable);
        fold.setText(folded ? Messages.tr("overview.progress.showAll", lines) : Messages.tr("overview.progress.showFewer", FOLDED_LINES));
    }
}

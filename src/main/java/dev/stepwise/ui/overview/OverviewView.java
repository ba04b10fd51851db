package dev.stepwise.ui.overview;

import atlantafx.base.theme.Styles;
import dev.stepwise.domain.Item;
import dev.stepwise.domain.Progress;
import dev.stepwise.domain.SkillStanding;
import dev.stepwise.ui.common.StyleClasses;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;

/**
 * The overview: the path's text, overall and per-section progress, what to continue with, the largest skill gaps
 * and where the role is in demand. Rebuilt from the summary whenever progress changes.
 */
public final class OverviewView extends ScrollPane {
    private final OverviewViewModel viewModel;
    private final VBox page = new VBox();
    private OverviewSummary rendered;
    private final Consumer<Window> editDetails;

    /** @param editDetails opens the editor of the path's title, tagline and overview, owned by the given window */
    public OverviewView(OverviewViewModel viewModel, Consumer<Window> editDetails) {
        this.viewModel = viewModel;
        this.editDetails = editDetails;
        // How wide the page may grow is in app.css (.overview-page): it follows the window up to a readable limit.
        page.getStyleClass().addAll(StyleClasses.PAGE, "overview-page");
        setContent(page);
        setFitToWidth(true);
        getStyleClass().add("edge-to-edge");
        // Built while on screen only: a tick in the checklist changes the summary, and rebuilding a page nobody sees
        // would spend the FX thread's frame on nodes that are replaced again before they are shown.
        viewModel.summaryProperty().addListener((obs, old, summary) -> renderIfShown());
        sceneProperty().addListener((obs, old, scene) -> renderIfShown());
        render(viewModel.summaryProperty().get());
    }

    private void renderIfShown() {
        OverviewSummary summary = viewModel.summaryProperty().get();
        if (getScene() != null && summary != rendered) {
            render(summary);
        }
    }

    private void render(OverviewSummary summary) {
        rendered = summary;
        Label title = new Label(summary.path().title());
        title.setId("overview-title");
        title.getStyleClass().add(StyleClasses.PAGE_TITLE);
        Label tagline = new Label(summary.path().tagline());
        tagline.getStyleClass().add(StyleClasses.MUTED);
        tagline.setWrapText(true);

        Button edit = new Button("Edit details…", new FontIcon(MaterialDesignP.PENCIL_OUTLINE));
        edit.setId("edit-path-details");
        edit.getStyleClass().add(Styles.SMALL);
        edit.setMinWidth(Region.USE_PREF_SIZE);
        edit.setOnAction(event -> editDetails.accept(getScene().getWindow()));
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox titleRow = new HBox(12, title, gap, edit);
        titleRow.setAlignment(Pos.CENTER_LEFT);

        HBox cards = evenRow(progressCard(summary), nextCard(summary));
        HBox lower = summary.path().industries().isEmpty() ? evenRow(gapsCard(summary))
                : evenRow(gapsCard(summary), industriesCard(summary.path().industries()));

        page.getChildren().setAll(new VBox(4, titleRow, tagline), cards, lower, aboutCard(summary));
        if (!summary.path().selfChecks().isEmpty()) {
            page.getChildren().add(card("Is this role right for you?", SelfCheckCard.lines(summary, viewModel)));
        }
    }

    /** Cards side by side sharing the width equally, whatever their text would prefer. */
    private static HBox evenRow(Node... cards) {
        HBox row = new HBox(16, cards);
        for (Node card : cards) {
            ((Region) card).setPrefWidth(360);
            ((Region) card).setMinWidth(300);
            HBox.setHgrow(card, Priority.ALWAYS);
        }
        return row;
    }

    private Node progressCard(OverviewSummary summary) {
        Progress overall = summary.overall();
        Label percent = new Label(overall.percent() + "%");
        percent.getStyleClass().add(StyleClasses.PAGE_TITLE);
        percent.setId("overall-percent");
        Label counts = new Label(overall.summary());
        counts.setId("overall-counts");
        counts.getStyleClass().add(StyleClasses.MUTED);
        ProgressBar bar = new ProgressBar(overall.fraction());
        bar.setMaxWidth(Double.MAX_VALUE);

        GridPane sections = new GridPane();
        sections.setHgap(12);
        sections.setVgap(6);
        int row = 0;
        for (OverviewSummary.SectionProgress section : summary.sections()) {
            ProgressBar sectionBar = new ProgressBar(section.progress().fraction());
            sectionBar.setPrefWidth(120);
            Label sectionCounts = new Label(section.progress().summary());
            sectionCounts.setId("overview-section-" + section.section().id());
            sectionCounts.getStyleClass().add(StyleClasses.MUTED);
            sections.addRow(row++, new Label(section.section().title()), sectionBar, sectionCounts);
        }
        VBox countsAndBar = new VBox(6, counts, bar);
        HBox.setHgrow(countsAndBar, Priority.ALWAYS);
        HBox headline = new HBox(12, percent, countsAndBar);
        headline.setAlignment(Pos.CENTER_LEFT);
        return card("Your progress", headline, sections);
    }

    private Node nextCard(OverviewSummary summary) {
        Optional<Item> next = summary.nextStep();
        if (next.isEmpty()) {
            Label done = new Label(summary.overall().total() == 0
                    ? "This path has no items yet. Add its steps in the checklist (Insert, or the + button)."
                    : "Every step is done or skipped. Rate your skills in the matrix to see where you stand.");
            done.setWrapText(true);
            return card("Continue with", done);
        }
        Label title = new Label(next.get().title());
        title.getStyleClass().add("card-title");
        title.setWrapText(true);
        Label detail = new Label(next.get().detail());
        detail.setWrapText(true);
        detail.getStyleClass().add(StyleClasses.MUTED);
        Button open = new Button("Open in checklist", new FontIcon(MaterialDesignA.ARROW_RIGHT));
        open.setId("continue-button");
        open.getStyleClass().add(Styles.ACCENT);
        open.setOnAction(event -> viewModel.continueWithNextStep());
        return card("Continue with", title, detail, open);
    }

    private Node gapsCard(OverviewSummary summary) {
        VBox lines = new VBox(6);
        if (summary.path().skills().isEmpty()) {
            Label none = new Label("No skills yet. Add the skills this path builds in the skills matrix.");
            none.setWrapText(true);
            lines.getChildren().add(none);
        } else if (summary.largestGaps().isEmpty()) {
            lines.getChildren().add(new Label("Every skill is at its target."));
        }
        for (SkillStanding gap : summary.largestGaps()) {
            Hyperlink name = new Hyperlink(gap.skill().name());
            name.setOnAction(event -> viewModel.openSkill(gap.skill().id()));
            // In a narrow card the skill's name wraps; the levels beside it never give way.
            name.setWrapText(true);
            Label levels = new Label("%d → %d (%s)".formatted(gap.current().value(), gap.target().value(),
                    gap.gap() == 1 ? "1 level to go" : gap.gap() + " levels to go"));
            levels.getStyleClass().add(StyleClasses.MUTED);
            levels.setMinWidth(Region.USE_PREF_SIZE);
            Region spacer = new Region();
            HBox.setHgrow(spacer, Priority.ALWAYS);
            HBox line = new HBox(8, name, spacer, levels);
            line.setAlignment(Pos.CENTER_LEFT);
            lines.getChildren().add(line);
        }
        Label met = new Label("%d of %d skills at target".formatted(summary.skillsAtTarget(), summary.path().skills().size()));
        met.getStyleClass().add(StyleClasses.MUTED);
        return card("Largest skill gaps", lines, met);
    }

    private static Node industriesCard(List<String> industries) {
        FlowPane chips = new FlowPane(6, 6);
        industries.forEach(industry -> {
            Label chip = new Label(industry);
            chip.getStyleClass().add(StyleClasses.CHIP);
            chips.getChildren().add(chip);
        });
        return card("Leading industries", chips);
    }

    private static Node aboutCard(OverviewSummary summary) {
        VBox paragraphs = new VBox(8);
        if (summary.path().overview().isBlank()) {
            Label none = new Label("No overview yet. “Edit details…” above lets you describe the path.");
            none.getStyleClass().add(StyleClasses.MUTED);
            paragraphs.getChildren().add(none);
        }
        for (String paragraph : summary.path().overview().split("\\n\\s*\\n")) {
            if (paragraph.isBlank()) {
                continue;
            }
            Label text = new Label(paragraph.strip());
            text.setWrapText(true);
            paragraphs.getChildren().add(text);
        }
        return card("About the role", paragraphs);
    }

    static VBox card(String title, Node... body) {
        Label heading = new Label(title);
        heading.getStyleClass().add(StyleClasses.CARD_TITLE);
        VBox card = new VBox(heading);
        card.getChildren().addAll(body);
        card.getStyleClass().add(StyleClasses.CARD);
        card.setMaxWidth(Double.MAX_VALUE);
        return card;
    }
}

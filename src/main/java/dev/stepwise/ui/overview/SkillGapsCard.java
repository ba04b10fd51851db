package dev.stepwise.ui.overview;

import dev.stepwise.domain.SkillStanding;
import dev.stepwise.ui.common.Messages;
import dev.stepwise.ui.common.StyleClasses;
import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** The skills furthest below their target, each a link to the skill, and how many are at target. */
final class SkillGapsCard extends Card {
    private final OverviewViewModel viewModel;
    private final VBox lines = new VBox(6);
    private final Label met = new Label();
    /** The gaps the lines show; they are made again only when these change. */
    private List<SkillStanding> shownGaps;
    private boolean shownNoSkills;

    SkillGapsCard(OverviewViewModel viewModel) {
        super(Messages.tr("overview.gaps.title"));
        this.viewModel = viewModel;
        met.getStyleClass().add(StyleClasses.MUTED);
        body(lines, met);
    }

    @Override
    void update(OverviewSummary summary) {
        boolean noSkills = summary.path().skills().isEmpty();
        if (!summary.largestGaps().equals(shownGaps) || noSkills != shownNoSkills) {
            lines.getChildren().setAll(lines(summary.largestGaps(), noSkills));
            shownGaps = summary.largestGaps();
            shownNoSkills = noSkills;
        }
        met.setText(Messages.tr("overview.gaps.atTarget", summary.skillsAtTarget(), summary.path().skills().size()));
    }

    private List<Node> lines(List<SkillStanding> gaps, boolean noSkills) {
        if (noSkills) {
            Label none = new Label(Messages.tr("overview.gaps.noSkills"));
            none.setWrapText(true);
            return List.of(none);
        }
        if (gaps.isEmpty()) {
            return List.of(new Label(Messages.tr("overview.gaps.allMet")));
        }
        return gaps.stream().<Node>map(this::line).toList();
    }

    private Node line(SkillStanding gap) {
        Hyperlink name = new Hyperlink(gap.skill().name());
        name.setOnAction(event -> viewModel.openSkill(gap.skill().id()));
        // In a narrow card the skill's name wraps; the levels beside it never give way.
        name.setWrapText(true);
        Label levels = new Label(Messages.tr("overview.gaps.line", gap.current().value(), gap.target().value(), gap.gap()));
        levels.getStyleClass().add(StyleClasses.MUTED);
        levels.setMinWidth(Region.USE_PREF_SIZE);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox line = new HBox(8, name, spacer, levels);
        line.setAlignment(Pos.CENTER_LEFT);
        return line;
    }
}

package dev.stepwise.ui.overview;

import dev.stepwise.ui.common.Messages;
import dev.stepwise.ui.common.StyleClasses;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;

/** The cards that show the path's own text: where the role is in demand, and what it is about. */
final class PathTextCards {
    private PathTextCards() {
    }

    /** The leading industries, as chips; made again only when the list changes. */
    static final class Industries extends Card {
        private final FlowPane chips = new FlowPane(6, 6);
        private List<String> shown;

        Industries() {
            super(Messages.tr("overview.industries.title"));
            body(chips);
        }

        @Override
        void update(OverviewSummary summary) {
            List<String> industries = summary.path().industries();
            if (industries.equals(shown)) {
                return;
            }
            shown = industries;
            chips.getChildren().setAll(industries.stream().map(industry -> {
                Label chip = new Label(industry);
                chip.getStyleClass().add(StyleClasses.CHIP);
                return chip;
            }).toList());
        }
    }

    /** The path's overview, one label per paragraph; made again only when the text changes. */
    static final class About extends Card {
        private final VBox paragraphs = new VBox(8);
        private String shown;

        About() {
            super(Messages.tr("overview.about.title"));
            body(paragraphs);
        }

        @Override
        void update(OverviewSummary summary) {
            String overview = summary.path().overview();
            if (overview.equals(shown)) {
                return;
            }
            shown = overview;
            paragraphs.getChildren().clear();
            if (overview.isBlank()) {
                Label none = new Label(Messages.tr("overview.about.none"));
                none.getStyleClass().add(StyleClasses.MUTED);
                paragraphs.getChildren().add(none);
            }
            for (String paragraph : overview.split("\\n\\s*\\n")) {
                if (!paragraph.isBlank()) {
                    Label text = new Label(paragraph.strip());
                    text.setWrapText(true);
                    paragraphs.getChildren().add(text);
                }
            }
        }
    }
}

package dev.stepwise.ui.common;

import dev.stepwise.domain.WebLinks;
import java.util.List;
import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

/**
 * A learner's own text (a rating's evidence) with its web links as links, which open through the app's one link
 * opener (http(s) only, a failure said in the status bar). Text without a link stays a plain wrapping label.
 */
public final class LinkedText {
    /** Past this many characters a link shows its start and end; the whole address is its tooltip. */
    static final int SHOWN_CHARACTERS = 40;

    private LinkedText() {
    }

    public static Node of(String text, Consumer<String> openLink) {
        List<WebLinks.Span> spans = WebLinks.split(text);
        if (spans.stream().noneMatch(WebLinks.Span::link)) {
            Label label = new Label(text);
            label.setWrapText(true);
            return label;
        }
        TextFlow flow = new TextFlow();
        flow.getStyleClass().add("linked-text");
        for (WebLinks.Span span : spans) {
            if (span.link()) {
                Hyperlink link = new FittedLink(shown(span.text()), flow);
                link.setTooltip(new Tooltip(span.text()));
                link.setOnAction(event -> openLink.accept(span.text()));
                flow.getChildren().add(link);
            } else {
                Text words = new Text(span.text());
                words.getStyleClass().add("linked-text-words");
                flow.getChildren().add(words);
            }
        }
        return flow;
    }

    /**
     * A link never wider than its paragraph: a text flow lays a link out at its preferred width, and a link does not
     * wrap, so in a narrow pane it ran past the edge and was cut. It is ended with an ellipsis instead.
     */
    private static final class FittedLink extends Hyperlink {
        private final TextFlow paragraph;

        FittedLink(String text, TextFlow paragraph) {
            super(text);
            this.paragraph = paragraph;
            setMinWidth(0);
            paragraph.widthProperty().addListener(observable -> requestLayout());
        }

        @Override
        protected double computePrefWidth(double height) {
            double natural = super.computePrefWidth(height);
            double room = paragraph.getWidth() - paragraph.getInsets().getLeft() - paragraph.getInsets().getRight();
            return room > 0 ? Math.min(natural, room) : natural;
        }
    }

    /**
     * The address as a reader takes it in: without "https://", and past {@value #SHOWN_CHARACTERS} characters its
     * start and end around an ellipsis, so that a long link fits a narrow pane (a link does not wrap).
     */
    static String shown(String url) {
        String bare = url.replaceFirst("(?i)^https?://", "");
        if (bare.length() <= SHOWN_CHARACTERS) {
            return bare;
        }
        int head = SHOWN_CHARACTERS * 2 / 3;
        int tail = SHOWN_CHARACTERS - head - 1;
        return bare.substring(0, head) + "…" + bare.substring(bare.length() - tail);
    }
}

package dev.stepwise.ui.overview;

import atlantafx.base.theme.Styles;
import dev.stepwise.ui.common.EditorForms;
import dev.stepwise.ui.common.Messages;
import dev.stepwise.ui.common.StyleClasses;
import dev.stepwise.ui.common.Visibility;
import java.util.List;
import java.util.function.Consumer;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;

/**
 * The overview: the path's text, overall and per-section progress, what to continue with, the reviews due, the
 * largest skill gaps, where the role is in demand and the self-check. Its cards are made once; each new summary updates them in place
 * (a tick changes a few labels and bars), so nothing the learner is on — the keyboard focus included — is replaced.
 * The cards below its first screen are made and join the page only once the window is on screen
 * ({@link #attachLowerCards}): the overview is the page a start opens on, and making, styling and laying out cards
 * nobody sees yet held up its first frame.
 */
public final class OverviewView extends ScrollPane {
    private final OverviewViewModel viewModel;
    private final Label title = new Label();
    private final Label tagline = new Label();
    private final ActivityViewModel activity;
    private final ReviewQueueViewModel reviewQueue;
    private final NextStepCard next;
    private final DueSoonCard dueSoon;
    private final List<Card> cards;
    private final VBox page;
    /** Progress and "continue with": cards added later go right under them. */
    private final HBox progressRow;
    /** Below the first screen: null until they join the page, after the window's first frames. */
    private LowerCards lowerCards;
    private OverviewSummary rendered;

    /** @param editDetails opens the editor of the path's title, tagline and overview, owned by the given window */
    public OverviewView(OverviewViewModel viewModel, ActivityViewModel activity, ReviewQueueViewModel reviewQueue,
                        Consumer<Window> editDetails) {
        this.viewModel = viewModel;
        this.activity = activity;
        this.reviewQueue = reviewQueue;
        ProgressCard progress = new ProgressCard();
        this.next = new NextStepCard(viewModel);
        dueSoon = new DueSoonCard(viewModel);
        cards = List.of(progress, next, dueSoon);

        title.setId("overview-title");
        title.getStyleClass().add(StyleClasses.PAGE_TITLE);
        // A title may be 300 characters: it wraps in the room beside the Edit button rather than being cut.
        title.setWrapText(true);
        title.setMinWidth(0);
        title.setMinHeight(Region.USE_PREF_SIZE);
        title.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(title, Priority.ALWAYS);
        tagline.getStyleClass().add(StyleClasses.MUTED);
        tagline.setWrapText(true);
        Button edit = new Button(Messages.tr("overview.editDetails"), new FontIcon(MaterialDesignP.PENCIL_OUTLINE));
        edit.setId("edit-path-details");
        edit.getStyleClass().add(Styles.SMALL);
        edit.setMinWidth(Region.USE_PREF_SIZE);
        edit.setOnAction(event -> editDetails.accept(getScene().getWindow()));
        HBox titleRow = new HBox(12, title, edit);
        titleRow.setAlignment(Pos.CENTER_LEFT);

        progressRow = evenRow(progress, next);
        page = new VBox(new VBox(4, titleRow, tagline), dueSoon, progressRow);
        // How wide the page may grow is in app.css (.overview-page): it follows the window up to a readable limit.
        page.getStyleClass().addAll(StyleClasses.PAGE, "overview-page");
        setContent(page);
        setFitToWidth(true);
        getStyleClass().add("edge-to-edge");
        // Tabbing to an answer or a link below the fold brings it into view.
        EditorForms.scrollToFocused(this);
        // Updated while on screen only: a tick in the checklist changes the summary, and updating a page nobody
        // sees would spend the FX thread's frame on it; it catches up when it is shown.
        viewModel.summaryProperty().addListener((obs, old, summary) -> renderIfShown());
        sceneProperty().addListener((obs, old, scene) -> {
            renderIfShown();
            if (scene != null) {
                reviewQueue.refresh();
            }
        });
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
        title.setText(summary.path().title());
        tagline.setText(summary.path().tagline());
        cards.forEach(card -> card.update(summary));
        if (lowerCards != null) {
            lowerCards.update(summary);
        }
        Visibility.show(summary.dated(), dueSoon);
    }

    /**
     * Puts the keyboard on the page's main action, "Open in checklist", so the page does not open with the focus on
     * whatever the scene picks first (the sidebar's ⋯ button); with no step to continue with, on the page itself.
     */
    public void focusMainAction() {
        if (!next.focusAction()) {
            requestFocus();
        }
    }

    /**
     * Makes the cards below the first screen and puts them on the page, after those above it, showing what the rest
     * of the page shows; once only.
     */
    public void attachLowerCards() {
        if (lowerCards == null) {
            lowerCards = new LowerCards(viewModel, activity, reviewQueue);
            lowerCards.update(rendered);
            page.getChildren().addAll(lowerCards.inPageOrder());
        }
    }

    /** Whether {@link #attachLowerCards} has run: until then the page holds only its first screen. */
    public boolean lowerCardsAttached() {
        return lowerCards != null;
    }

    /**
     * Adds a card of the page's full width below the progress and "continue with" (the burn-up): a node that follows
     * its own view model, not the summary.
     */
    public void addCard(String heading, Node body) {
        Label title = new Label(heading);
        title.getStyleClass().add(StyleClasses.CARD_TITLE);
        VBox card = new VBox(title, body);
        card.getStyleClass().add(StyleClasses.CARD);
        page.getChildren().add(page.getChildren().indexOf(progressRow) + 1, card);
    }

    /** Cards side by side sharing the width equally, whatever their text would prefer. */
    static HBox evenRow(Region... cards) {
        HBox row = new HBox(16, cards);
        for (Region card : cards) {
            card.setPrefWidth(360);
            card.setMinWidth(300);
            HBox.setHgrow(card, Priority.ALWAYS);
        }
        return row;
    }
}

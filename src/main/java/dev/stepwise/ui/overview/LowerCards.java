package dev.stepwise.ui.overview;

import dev.stepwise.ui.common.Visibility;
import java.util.List;
import javafx.scene.Node;

/**
 * The overview's cards below its first screen: the reviews due, the activity, the skill gaps beside where the role is
 * in demand, the path's own text and the self-check. Made when they join the page, after the window's first frames
 * ({@link OverviewView#attachLowerCards}).
 */
final class LowerCards {
    private final PathTextCards.Industries industries = new PathTextCards.Industries();
    private final SelfCheckCard selfCheck;
    private final List<Card> cards;
    private final List<Node> inPageOrder;

    LowerCards(OverviewViewModel viewModel, ActivityViewModel activity, ReviewQueueViewModel reviewQueue) {
        selfCheck = new SelfCheckCard(viewModel);
        SkillGapsCard gaps = new SkillGapsCard(viewModel);
        PathTextCards.About about = new PathTextCards.About();
        ActivityCard history = new ActivityCard(activity);
        cards = List.of(history, gaps, industries, about, selfCheck);
        inPageOrder = List.of(new ReviewsCard(reviewQueue), history, OverviewView.evenRow(gaps, industries), about, selfCheck);
    }

    List<Node> inPageOrder() {
        return inPageOrder;
    }

    /** Shows the summary; the industries and the self-check only when the path has any. */
    void update(OverviewSummary summary) {
        cards.forEach(card -> card.update(summary));
        Visibility.show(!summary.path().industries().isEmpty(), industries);
        Visibility.show(!summary.path().selfChecks().isEmpty(), selfCheck);
    }
}

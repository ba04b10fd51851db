package dev.stepwise.ui.overview;

import dev.stepwise.domain.ActivityKind;
import dev.stepwise.domain.Deadlines;
import dev.stepwise.domain.DueSoon;
import dev.stepwise.domain.PathChange;
import dev.stepwise.domain.PathEdits;
import dev.stepwise.domain.SelfCheck;
import dev.stepwise.domain.PathState;
import dev.stepwise.domain.SelfCheckAnswer;
import dev.stepwise.domain.StateChange;
import dev.stepwise.ui.common.Messages;
import dev.stepwise.ui.common.PathSession;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.util.Subscription;

/** The overview: where the learner stands on the path and what to do next. */
public final class OverviewViewModel {
    static final int GAPS_SHOWN = 3;
    /** Due-soon lines spelt out; the rest are only counted ("and 4 more"), however many there are. */
    static final int DUE_SHOWN = 6;

    private final ReadOnlyObjectWrapper<OverviewSummary> summary = new ReadOnlyObjectWrapper<>(this, "summary");
    private final PathSession session;
    private final Consumer<String> openItem;
    private final Consumer<String> openSkill;
    private final Consumer<String> openMilestone;
    private final Subscription subscriptions;
    private final SkillGaps gaps = new SkillGaps();

    /**
     * @param openItem  shows an item in the checklist (the "continue with" link)
     * @param openSkill shows a skill in the matrix (a gap link)
     */
    public OverviewViewModel(PathSession session, Consumer<String> openItem, Consumer<String> openSkill) {
        this(session, openItem, openSkill, milestoneId -> { });
    }

    /** @param openMilestone shows a milestone on the timeline (a due-soon link) */
    public OverviewViewModel(PathSession session, Consumer<String> openItem, Consumer<String> openSkill,
                             Consumer<String> openMilestone) {
        this.session = session;
        this.openItem = openItem;
        this.openSkill = openSkill;
        this.openMilestone = openMilestone;
        gaps.reset(session.state());
        summary.set(summarise(session.state(), gaps, session.today(), null));
        Subscription stateSubscription = session.stateProperty().subscribe((old, state) -> {
            Optional<StateChange> change = state.changeSince(old).filter(found -> !found.content());
            if (change.isPresent()) {
                gaps.update(state, change.get().skillIds());
            } else {
                gaps.reset(state);
            }
            LocalDate today = session.today();
            summary.set(summarise(state, gaps, today, keptDueSoon(change, state, today)));
        });
        // A new day moves what is due soon and how far off it is, nothing else.
        this.subscriptions = stateSubscription.and(session.dayProperty().subscribe((before, day) -> {
            summary.set(summarise(session.state(), gaps, day, null));
        }));
    }

    /** Stops following the shared state. */
    public void dispose() {
        subscriptions.unsubscribe();
    }

    public ReadOnlyObjectProperty<OverviewSummary> summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public void continueWithNextStep() {
        summary.get().nextStep().ifPresent(item -> openItem.accept(item.id()));
    }

    public void answerSelfCheck(String checkId, SelfCheckAnswer answer) {
        session.answerSelfCheck(checkId, answer);
    }

    /** Takes back the answer: the statement counts as unanswered again. */
    public void clearSelfCheck(String checkId) {
        session.clearSelfCheck(checkId);
    }

    /** Saves the path's title, tagline, overview, leading industries and self-check statements, as one edit. */
    public void editDetails(String title, String tagline, String overview, List<String> industries, List<SelfCheck> selfChecks) {
        session.edit(new PathChange(ActivityKind.PATH_EDITED, session.pathId(), Messages.tr("overview.done.detailsEdited"),
                path -> PathEdits.withSelfChecks(PathEdits.withDetails(path, title, tagline, overview, industries), selfChecks)));
    }

    public void openSkill(String skillId) {
        openSkill.accept(skillId);
    }

    /** The learner's day, for the due-soon card. */
    public LocalDate today() {
        return session.today();
    }

    /** A due-soon link: an item opens in the checklist, a milestone on the timeline. */
    public void openDue(DueSoon.Entry entry) {
        (entry.milestone() ? openMilestone : openItem).accept(entry.id());
    }

    /** Everything the overview shows from scratch: the reference the maintained summary must equal. */
    static OverviewSummary summarise(PathState state) {
        SkillGaps fresh = new SkillGaps();
        fresh.reset(state);
        return summarise(state, fresh, Deadlines.today(Clock.systemDefaultZone()), null);
    }

    /**
     * The due-soon list shown now, when the change cannot have moved it: the same day as the summary shown (a new day
     * makes it again), no content change, and no dated item touched (a tick elsewhere). Making it costs little
     * ({@link DueSoon} costs what it spells out), but the very same list tells the card at once that nothing moved;
     * null: make it.
     */
    private DueSoon keptDueSoon(Optional<StateChange> change, PathState state, LocalDate today) {
        if (change.isEmpty() || summary.get() == null || !today.equals(summary.get().today())) {
            return null;
        }
        Set<String> dated = state.shape().deadlines().dated().keySet();
        return change.get().itemIds().stream().anyMatch(dated::contains) ? null : summary.get().dueSoon();
    }

    private static OverviewSummary summarise(PathState state, SkillGaps gaps, LocalDate today, DueSoon dueSoon) {
        return new OverviewSummary(
                today,
                state.path(),
                state.overallProgress(),
                state.path().sections().stream()
                        .map(section -> new OverviewSummary.SectionProgress(section, state.progressOf(section)))
                        .toList(),
                state.nextStep(),
                gaps.largest(GAPS_SHOWN),
                gaps.atTarget(),
                state.selfCheckAnswers(),
                dueSoon != null ? dueSoon : DueSoon.of(state, today, DUE_SHOWN));
    }
}

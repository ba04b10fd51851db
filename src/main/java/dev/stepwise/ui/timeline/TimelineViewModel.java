package dev.stepwise.ui.timeline;

import dev.stepwise.domain.ActivityKind;
import dev.stepwise.domain.Item;
import dev.stepwise.domain.Section;
import dev.stepwise.domain.LearningPath;
import dev.stepwise.domain.Milestone;
import dev.stepwise.domain.MilestoneEdits;
import dev.stepwise.domain.MilestoneStanding;
import dev.stepwise.domain.PathChange;
import dev.stepwise.domain.PathState;
import dev.stepwise.domain.StudyLog;
import dev.stepwise.domain.Timeline;
import dev.stepwise.ui.common.Background;
import dev.stepwise.ui.common.Messages;
import dev.stepwise.ui.common.PathSession;
import dev.stepwise.ui.common.PathStartDay;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.util.Subscription;

/**
 * The timeline: the path's milestones by date, each with its standing today, and the commands that add, change and
 * remove them. A path has a handful of milestones, so each new state recomputes their standings (walking only the
 * milestones' items); the list is replaced only when a standing changed, so a tick elsewhere leaves it alone.
 */
public final class TimelineViewModel {
    private final PathSession session;
    private final Consumer<String> openItem;
    private final ObservableList<MilestoneStanding> milestones = FXCollections.observableArrayList();
    private final ObjectProperty<String> selectedId = new SimpleObjectProperty<>(this, "selectedId");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
    private final Subscription subscription;
    /** The day the shown path began, once read; until then the first span starts at its own milestone's date. */
    private final PathStartDay pathStart;

    /** The path's study log: each milestone says the time studied on its items. */
    private final ObservableValue<StudyLog> studyLog;

    /**
     * @param openItem shows an item in the checklist
     * @param studyLog the shown path's study log, as it changes
     */
    public TimelineViewModel(PathSession session, Consumer<String> openItem, ObservableValue<StudyLog> studyLog) {
        this.session = session;
        this.openItem = openItem;
        this.studyLog = studyLog;
        pathStart = new PathStartDay(session, this::refresh);
        subscription = session.stateProperty().subscribe(this::follow)
                .and(session.dayProperty().subscribe((before, day) -> refresh()));
    }

    /** The study log the rows' minutes come from; a row shows it again when it changes. */
    public ObservableValue<StudyLog> studyLogProperty() {
        return studyLog;
    }

    /** Minutes studied on a milestone's items, summed: its part of the study time. */
    public int minutesStudied(MilestoneStanding standing) {
        StudyLog log = studyLog.getValue();
        return log == null ? 0 : log.minutesOf(standing.milestone().itemIds());
    }

    private void follow(PathState state) {
        pathStart.follow(state);
        refresh();
    }

    /** Recomputes the standings for today; the list changes only if one of them did. */
    public void refresh() {
        PathState state = session.state();
        LocalDate today = session.today();
        LocalDate start = pathStart.day().orElseGet(() -> Timeline.byDate(state.path()).stream()
                .map(Milestone::due).findFirst().orElse(today));
        List<MilestoneStanding> standings = Timeline.of(state, start, today);
        if (!standings.equals(milestones)) {
            milestones.setAll(standings);
        }
        summary.set(summaryOf(standings));
    }

    /**
     * "3 milestones · 1 behind", "· all on track", "· 1 done, the rest on track" or "· all done": a milestone with
     * nothing left is done, not on track (it always counted as on track, so one done milestone said "all on track").
     */
    static String summaryOf(List<MilestoneStanding> standings) {
        if (standings.isEmpty()) {
            return "";
        }
        // Milestones without items have nothing done or left: they count in the number, not in the standing.
        List<MilestoneStanding> planned = standings.stream().filter(standing -> !standing.hasNoItems()).toList();
        if (planned.isEmpty()) {
            return Messages.tr("timeline.summary", standings.size(), Messages.tr("timeline.summary.noItems"));
        }
        long done = planned.stream().filter(MilestoneStanding::complete).count();
        long behind = planned.stream().filter(standing -> !standing.onTrack()).count();
        String standing = behind > 0 ? Messages.tr("timeline.summary.behind", behind)
                : done == planned.size() ? Messages.tr("timeline.summary.allDone", done)
                : done > 0 ? Messages.tr("timeline.summary.someDone", done)
                : Messages.tr("timeline.summary.onTrack");
        return Messages.tr("timeline.summary", standings.size(), standing);
    }

    public void dispose() {
        subscription.unsubscribe();
    }

    /** The milestones by date with their standing today. FX thread only. */
    public ObservableList<MilestoneStanding> milestones() {
        return milestones;
    }

    /** "4 milestones · 1 behind". */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public ObjectProperty<String> selectedIdProperty() {
        return selectedId;
    }

    public LocalDate today() {
        return session.today();
    }

    /** The item's title, or its id when the path no longer has it. */
    public String itemTitle(String itemId) {
        return session.state().shape().item(itemId).map(Item::title).orElse(itemId);
    }

    /** The checklist's sections with their items, in order: what a milestone can hold. */
    public List<Section> checklistSections() {
        return session.state().path().sections();
    }

    public LearningPath path() {
        return session.state().path();
    }

    public void openItem(String itemId) {
        openItem.accept(itemId);
    }

    /** Adds a milestone; it is selected once saved. */
    public Background.Job<LearningPath> add(String title, LocalDate due, List<String> itemIds) {
        Milestone milestone = MilestoneEdits.newMilestone(path(), title, due, itemIds);
        return edit(ActivityKind.MILESTONE_ADDED, milestone.id(), Messages.tr("timeline.done.added", milestone.title()),
                path -> MilestoneEdits.addMilestone(path, milestone))
                .onSuccess(path -> selectedId.set(milestone.id()));
    }

    public Background.Job<LearningPath> edit(String milestoneId, String title, LocalDate due, List<String> itemIds) {
        return edit(ActivityKind.MILESTONE_EDITED, milestoneId, Messages.tr("timeline.done.edited", title.strip()),
                path -> MilestoneEdits.editMilestone(path, milestoneId, title, due, itemIds));
    }

    public Background.Job<LearningPath> delete(String milestoneId) {
        String title = path().milestone(milestoneId).map(Milestone::title).orElse(milestoneId);
        if (Objects.equals(selectedId.get(), milestoneId)) {
            selectedId.set(null);
        }
        return edit(ActivityKind.MILESTONE_DELETED, milestoneId, Messages.tr("timeline.done.deleted", title),
                path -> MilestoneEdits.removeMilestone(path, milestoneId));
    }

    private Background.Job<LearningPath> edit(ActivityKind kind, String subject, String description,
                                              UnaryOperator<LearningPath> change) {
        return session.edit(new PathChange(kind, subject, description, change));
    }
}

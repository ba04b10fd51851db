package dev.stepwise.ui.matrix;

import dev.stepwise.domain.Level;
import dev.stepwise.domain.PathState;
import dev.stepwise.domain.Rating;
import dev.stepwise.domain.Skill;
import dev.stepwise.domain.SkillStanding;
import dev.stepwise.domain.StateChange;
import dev.stepwise.ui.common.HiddenSelection;
import dev.stepwise.ui.common.Lazy;
import dev.stepwise.ui.common.Messages;
import dev.stepwise.ui.common.PathSession;
import dev.stepwise.ui.common.Scheduler;
import dev.stepwise.ui.common.TextFilter;
import dev.stepwise.ui.matrix.MatrixRow.CategoryRow;
import dev.stepwise.ui.matrix.MatrixRow.SkillRow;
import dev.stepwise.ui.matrix.SkillDetail.LinkedItem;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.util.Subscription;

/**
 * The skills matrix: rows grouped by category, each derived from the shared path state, so a tick in the
 * checklist changes "linked items done" and the suggestion here without a reload. Ratings and targets are saved
 * through the session.
 */
public final class SkillsMatrixViewModel {
    private final PathSession session;
    private final ObservableList<MatrixRow> rows = FXCollections.observableArrayList();
    private final ObjectProperty<String> selectedSkillId = new SimpleObjectProperty<>(this, "selectedSkillId");
    private final ReadOnlyObjectWrapper<SkillDetail> detail = new ReadOnlyObjectWrapper<>(this, "detail");
    private final StringProperty ratingNote = new SimpleStringProperty(this, "ratingNote", "");
    /** The skill last selected, whose rating the evidence being typed is for. */
    private String noteSkillId;
    private final StringProperty search = new SimpleStringProperty(this, "search", "");
    private final ReadOnlyStringWrapper shownSummary = new ReadOnlyStringWrapper(this, "shownSummary", "");
    private final Subscription stateSubscription;
    private final SkillEditor editor;
    /** Where each row is, by skill id (and "category:" + name for headings); rebuilt with the rows. */
    private final Map<String, Integer> rowIndex = new HashMap<>();
    /** Current against target as a chart: made the first time the learner asks for it. */
    private final Lazy<SkillGlanceViewModel> glance;
    /** The skill the search hid, selected again once it shows it (as in the checklist). */
    private final HiddenSelection hiddenSelection = new HiddenSelection();

    /** For tests without a toolkit: the chart's ranking is made on the calling thread. */
    public SkillsMatrixViewModel(PathSession session) {
        this(session, (delay, action) -> {
            throw new UnsupportedOperationException("the matrix schedules nothing for later");
        });
    }

    public SkillsMatrixViewModel(PathSession session, Scheduler scheduler) {
        this.session = session;
        this.glance = new Lazy<>(() -> new SkillGlanceViewModel(session, scheduler));
        this.editor = new SkillEditor(session, selectedSkillId);
        this.stateSubscription = session.stateProperty().subscribe((old, state) -> {
            boolean otherPath = !old.path().id().equals(state.path().id());
            if (otherPath) {
                hiddenSelection.forget();
                selectedSkillId.set(null);
                ratingNote.set("");
                search.set("");
            }
            Optional<StateChange> change = state.changeSince(old).filter(found -> !found.content());
            if (change.isPresent()) {
                updateRows(old, state, change.get().skillIds());
            } else {
                refresh();
            }
            if (otherPath) {
                // As when the page is opened: the new path's first skill is selected, not "Select a skill".
                skillRows().stream().findFirst().ifPresent(row -> selectedSkillId.set(row.skillId()));
            }
        });
        selectedSkillId.addListener((obs, old, id) -> {
            // Evidence typed is for the skill it was typed beside: another skill does not get it with its next rating
            // (a search that hides the skill for a moment keeps it).
            if (id != null) {
                if (noteSkillId != null && !noteSkillId.equals(id)) {
                    ratingNote.set("");
                }
                noteSkillId = id;
            }
            refreshDetail();
        });
        search.addListener((obs, old, typed) -> refresh());
        refresh();
    }

    /**
     * What is typed to narrow the rows to the skills whose name or description holds it; the categories keep their
     * counts of all their skills, as the checklist's sections do.
     */
    public StringProperty searchProperty() {
        return search;
    }

    /** "12 skills", or "3 of 12 skills" while the search hides some. */
    public ReadOnlyStringProperty shownSummaryProperty() {
        return shownSummary.getReadOnlyProperty();
    }

    /** Selects a skill with the search cleared, so that it has a row (the overview's and the checklist's links). */
    public void showSkill(String skillId) {
        search.set("");
        selectedSkillId.set(skillId);
    }

    /** Adding, editing and deleting skills. */
    public SkillEditor editor() {
        return editor;
    }

    /** Stops following the shared state. */
    public void dispose() {
        stateSubscription.unsubscribe();
        glance.ifBuilt(SkillGlanceViewModel::dispose);
    }

    /** Every skill's current level against its target, for the chart the matrix page can show instead of the grid. */
    public SkillGlanceViewModel glance() {
        return glance.get();
    }

    public ObservableList<MatrixRow> rows() {
        return rows;
    }

    public ObjectProperty<String> selectedSkillIdProperty() {
        return selectedSkillId;
    }

    public ReadOnlyObjectProperty<SkillDetail> detailProperty() {
        return detail.getReadOnlyProperty();
    }

    /** An optional note that goes with the next rating ("built the orders API alone"), cleared once saved. */
    public StringProperty ratingNoteProperty() {
        return ratingNote;
    }

    /** Where the skill's row is in {@link #rows()}, or -1 when it has none. */
    public int rowIndexOf(String skillId) {
        return rowIndex.getOrDefault(skillId, -1);
    }

    public List<SkillRow> skillRows() {
        return rows.stream().filter(SkillRow.class::isInstance).map(SkillRow.class::cast).toList();
    }

    public Optional<SkillStanding> standingOf(String skillId) {
        return session.state().shape().skill(skillId).map(session.state()::standingOf);
    }

    /** Rates a skill; a rating equal to the current level is still recorded, as a re-confirmation with its note. */
    public void rate(String skillId, Level level) {
        String note = skillId.equals(selectedSkillId.get()) ? ratingNote.get() : "";
        session.rate(skillId, level, note).onSuccess(saved -> {
            // Cleared once it is on disk, wherever the selection went meanwhile; a newer note is kept.
            if (!note.isEmpty() && note.equals(ratingNote.get())) {
                ratingNote.set("");
            }
        });
    }

    /** Moves the selected skill's rating up or down one level (arrow keys); stays within 0–4. */
    public void stepSelected(int delta) {
        standingOf(selectedSkillId.get() == null ? "" : selectedSkillId.get()).ifPresent(standing -> {
            Level next = standing.current().raisedBy(delta);
            if (next != standing.current()) {
                rate(standing.skill().id(), next);
            }
        });
    }

    public void rateSelected(Level level) {
        if (selectedSkillId.get() != null) {
            rate(selectedSkillId.get(), level);
        }
    }

    public void setTarget(String skillId, Level target) {
        standingOf(skillId).filter(standing -> standing.target() != target)
                .ifPresent(standing -> session.setTarget(skillId, target));
    }

    /** Confirms the checklist's suggestion as a rating; the suggestion itself never changes a rating. */
    public void acceptSuggestion(String skillId) {
        standingOf(skillId).flatMap(SkillStanding::suggestedRaise).ifPresent(level -> session.rate(skillId, level,
                Messages.tr("matrix.suggestion.confirmedNote")));
    }

    /**
     * After a change of progress only: replaces the rows of the skills it touched, and their categories' counts,
     * in place; the detail follows only when its skill is one of them. A skill the search hides has no row, but
     * still counts in its category's heading: its standing before is read from the state before.
     */
    private void updateRows(PathState old, PathState state, Set<String> skillIds) {
        Map<Integer, MatrixRow> replacements = new TreeMap<>();
        for (String skillId : skillIds) {
            Optional<Skill> skill = state.shape().skill(skillId);
            if (skill.isEmpty()) {
                continue;
            }
            SkillStanding now = state.standingOf(skill.get());
            SkillStanding before = old.standingOf(skill.get());
            if (now.equals(before)) {
                continue;
            }
            Integer index = rowIndex.get(skillId);
            if (index != null) {
                replacements.put(index, new SkillRow(now));
            }
            Integer categoryIndex = rowIndex.get("category:" + skill.get().category());
            if (now.targetMet() != before.targetMet() && categoryIndex != null) {
                CategoryRow category = (CategoryRow) replacements.getOrDefault(categoryIndex, rows.get(categoryIndex));
                replacements.put(categoryIndex, new CategoryRow(category.category(), category.skillCount(),
                        category.targetsMet() + (now.targetMet() ? 1 : -1)));
            }
        }
        replacements.forEach(rows::set);
        if (selectedSkillId.get() != null && skillIds.contains(selectedSkillId.get())) {
            refreshDetail();
        }
    }

    private void refresh() {
        PathState state = session.state();
        String query = TextFilter.query(search.get());
        List<MatrixRow> result = new ArrayList<>();
        int shown = 0;
        for (String category : state.path().categories()) {
            List<SkillStanding> standings = state.path().skills().stream()
                    .filter(skill -> skill.category().equals(category))
                    .map(state::standingOf)
                    .toList();
            List<SkillStanding> matching = standings.stream().filter(standing -> matches(standing.skill(), query)).toList();
            if (matching.isEmpty() && !query.isEmpty()) {
                continue;
            }
            int met = (int) standings.stream().filter(SkillStanding::targetMet).count();
            result.add(new CategoryRow(category, standings.size(), met));
            matching.forEach(standing -> result.add(new SkillRow(standing)));
            shown += matching.size();
        }
        rowIndex.clear();
        for (int i = 0; i < result.size(); i++) {
            MatrixRow row = result.get(i);
            rowIndex.put(row instanceof SkillRow skill ? skill.skillId() : "category:" + ((CategoryRow) row).category(), i);
        }
        rows.setAll(result);
        int total = state.path().skills().size();
        shownSummary.set(shown == total ? Messages.tr("matrix.shown.all", total) : Messages.tr("matrix.shown.some", shown, total));
        // The keys rate the selected skill: one the search hides is no longer selected until it shows it again, as in
        // the checklist.
        String selected = hiddenSelection.afterRowsChanged(selectedSkillId.get(), rowIndex::containsKey);
        if (!Objects.equals(selected, selectedSkillId.get())) {
            selectedSkillId.set(selected);
        }
        refreshDetail();
    }

    private static boolean matches(Skill skill, String query) {
        return TextFilter.matches(skill.name(), query) || TextFilter.matches(skill.description(), query);
    }

    private void refreshDetail() {
        PathState state = session.state();
        String skillId = selectedSkillId.get();
        Optional<Skill> skill = skillId == null ? Optional.empty() : state.shape().skill(skillId);
        detail.set(skill.map(found -> {
            List<Rating> history = new ArrayList<>(state.skillProgressOf(found.id()).history());
            Collections.reverse(history);
            List<LinkedItem> linked = state.shape().itemsBuilding(found.id()).stream()
                    .map(item -> new LinkedItem(item, state.statusOf(item.id())))
                    .toList();
            return new SkillDetail(state.standingOf(found), history, linked);
        }).orElse(null));
    }
}

package dev.stepwise.ui.checklist;

import dev.stepwise.domain.ActivityKind;
import dev.stepwise.domain.Ids;
import dev.stepwise.domain.InvalidEditException;
import dev.stepwise.domain.Item;
import dev.stepwise.domain.ItemEdits;
import dev.stepwise.domain.LearningPath;
import dev.stepwise.domain.MilestoneEdits;
import dev.stepwise.domain.PathChange;
import dev.stepwise.domain.PathEdits;
import dev.stepwise.domain.Phrase;
import dev.stepwise.domain.Section;
import dev.stepwise.domain.SectionKind;
import dev.stepwise.domain.Texts;
import dev.stepwise.ui.common.Background;
import dev.stepwise.ui.common.Messages;
import dev.stepwise.ui.common.PathSession;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import javafx.beans.property.ObjectProperty;

/**
 * The checklist's editing commands: add, rename, move and delete items and sections, edit an item's content, and
 * restore or delete archived items. Each is one {@link PathChange}, saved as one transaction with its activity event;
 * the list follows once it is committed. Which deletes need the learner's yes first is decided here too.
 */
public final class ChecklistEditor {
    private final PathSession session;
    private final ObjectProperty<String> selectedItemId;
    /** The item shown beside a given one (after it, else before it), or null: where a deleted row's selection goes. */
    private final UnaryOperator<String> shownNeighbour;
    private String chosenSectionId;

    ChecklistEditor(PathSession session, ObjectProperty<String> selectedItemId, UnaryOperator<String> shownNeighbour) {
        this.session = session;
        this.selectedItemId = selectedItemId;
        this.shownNeighbour = shownNeighbour;
        selectedItemId.addListener((obs, old, id) -> chosenSectionId = null);
    }

    /**
     * The section the next item added goes to the end of, instead of below the selected item: one whose heading was
     * clicked while it showed no item. Forgotten when another item is selected.
     */
    public void chooseSection(String sectionId) {
        chosenSectionId = sectionId;
    }

    private LearningPath path() {
        return session.state().path();
    }

    /**
     * Adds an item after the selected one (or at the end of a section chosen by its heading, else of the first
     * section) and selects it once saved.
     */
    public Background.Job<LearningPath> addItem(String title) {
        String chosen = chosenSectionId;
        if (chosen != null && path().sections().stream().anyMatch(section -> section.id().equals(chosen))) {
            return addItem(chosen, Integer.MAX_VALUE, title);
        }
        String selected = selectedItemId.get();
        Optional<Section> section = selected == null ? Optional.empty() : session.state().shape().sectionOf(selected);
        if (section.isPresent()) {
            int index = indexOf(section.get(), selected) + 1;
            return addItem(section.get().id(), index, title);
        }
        return addItem(path().sections().get(0).id(), Integer.MAX_VALUE, title);
    }

    public Background.Job<LearningPath> addItem(String sectionId, int index, String title) {
        Item item = ItemEdits.newItem(session.state().shape(), title);
        return edit(ActivityKind.ITEM_ADDED, item.id(), Messages.tr("checklist.done.itemAdded", item.title()),
                path -> PathEdits.addItem(path, sectionId, index, item))
                .onSuccess(path -> selectedItemId.set(item.id()));
    }

    public Background.Job<LearningPath> renameItem(String itemId, String title) {
        String checked = Texts.title(Texts.Field.ITEM_TITLE, title);
        return edit(ActivityKind.ITEM_EDITED, itemId, Messages.tr("checklist.done.itemRenamed", checked),
                path -> PathEdits.updateItem(path, itemId, item -> item.withTitle(checked)));
    }

    /** Saves the item editor's result: title, detail, estimate, sub-steps, resources and skill links at once. */
    public Background.Job<LearningPath> saveItem(Item edited) {
        Optional<Item> current = path().item(edited.id()).or(() -> path().archivedItem(edited.id()).map(entry -> entry.item()));
        if (current.isPresent() && !Objects.equals(current.get().targetDate(), edited.targetDate())
                && current.get().withTargetDate(edited.targetDate()).equals(edited)) {
            // Only the date changed: the history and the Edit menu say so.
            return edit(ActivityKind.ITEM_DUE_CHANGED, edited.id(), edited.targetDate() == null
                            ? Messages.tr("checklist.done.dueCleared", edited.title())
                            : Messages.tr("checklist.done.dueSet", edited.title(), Messages.current().date(edited.targetDate())),
                    path -> MilestoneEdits.setItemDue(path, edited.id(), edited.targetDate()));
        }
        return edit(ActivityKind.ITEM_EDITED, edited.id(), Messages.tr("checklist.done.itemEdited", edited.title()),
                path -> PathEdits.updateItem(path, edited.id(), item -> edited));
    }

    /** Moves an item one place up ({@code -1}) or down ({@code +1}), across section borders at the edges. */
    public void nudgeItem(String itemId, int direction) {
        if (itemId != null && path().item(itemId).isPresent()) {
            edit(ActivityKind.ITEM_MOVED, itemId, Messages.tr(direction < 0 ? "checklist.done.movedUp" : "checklist.done.movedDown"),
                    path -> PathEdits.nudgeItem(path, itemId, direction));
        }
    }

    /** Drag and drop: puts the dragged item just before (or after) the item it was dropped on. */
    public void moveNextTo(String draggedId, String targetId, boolean after) {
        if (draggedId.equals(targetId)) {
            return;
        }
        edit(ActivityKind.ITEM_MOVED, draggedId, Messages.tr("checklist.done.moved"), path -> {
            Section section = path.sectionOf(targetId).orElseThrow(() -> new InvalidEditException(Phrase.of("edit.placeGone")));
            List<String> others = section.items().stream().map(Item::id).filter(id -> !id.equals(draggedId)).toList();
            int index = others.indexOf(targetId) + (after ? 1 : 0);
            return PathEdits.moveItem(path, draggedId, section.id(), index);
        });
    }

    /** Drag and drop onto a section's heading: the item becomes that section's first. */
    public void moveToSectionStart(String itemId, String sectionId) {
        edit(ActivityKind.ITEM_MOVED, itemId, Messages.tr("checklist.done.moved"), path -> PathEdits.moveItem(path, itemId, sectionId, 0));
    }

    /** Whether deleting the item loses something of the learner's, so they must be asked first. */
    public boolean deletingLosesProgress(String itemId) {
        return session.state().carriesProgress(itemId);
    }

    public Background.Job<LearningPath> deleteItem(String itemId) {
        String title = path().item(itemId).or(() -> path().archivedItem(itemId).map(entry -> entry.item()))
                .map(Item::title).orElse(itemId);
        // The row that takes the deleted one's place is selected, so the keyboard carries on down the list (Delete
        // again deletes the next), as in a mail client; the detail pane never shows the deleted item meanwhile.
        if (itemId.equals(selectedItemId.get())) {
            selectedItemId.set(shownNeighbour.apply(itemId));
        }
        return edit(ActivityKind.ITEM_DELETED, itemId, Messages.tr("checklist.done.itemDeleted", title),
                path -> PathEdits.removeItem(path, itemId));
    }

    public Background.Job<LearningPath> restoreItem(String itemId) {
        return edit(ActivityKind.ITEM_RESTORED, itemId, Messages.tr("checklist.done.itemRestored"),
                path -> PathEdits.restoreItem(path, itemId))
                .onSuccess(path -> selectedItemId.set(itemId));
    }

    public Background.Job<LearningPath> addSection(String title, String afterSectionId) {
        String checked = Texts.title(Texts.Field.SECTION_TITLE, title);
        String id = Ids.unique(checked, "section",
                path().sections().stream().map(Section::id).collect(Collectors.toSet()));
        int index = afterSectionId == null ? Integer.MAX_VALUE : sectionIndex(afterSectionId) + 1;
        return edit(ActivityKind.SECTION_ADDED, id, Messages.tr("checklist.done.sectionAdded", checked),
                path -> PathEdits.addSection(path, index, new Section(id, SectionKind.STEPS, checked, "", List.of())));
    }

    public Background.Job<LearningPath> renameSection(String sectionId, String title) {
        String checked = Texts.title(Texts.Field.SECTION_TITLE, title);
        return edit(ActivityKind.SECTION_EDITED, sectionId, Messages.tr("checklist.done.sectionRenamed", checked),
                path -> PathEdits.editSection(path, sectionId, checked,
                        path.section(sectionId).map(Section::description).orElse("")));
    }

    public void moveSection(String sectionId, int direction) {
        int index = sectionIndex(sectionId);
        int target = index + Integer.signum(direction);
        if (index >= 0 && target >= 0 && target < path().sections().size()) {
            edit(ActivityKind.SECTION_MOVED, sectionId,
                    Messages.tr(direction < 0 ? "checklist.done.sectionMovedUp" : "checklist.done.sectionMovedDown"),
                    path -> PathEdits.moveSection(path, sectionId, target));
        }
    }

    /** Drag and drop of a section heading onto another: the section goes just before it. */
    public void moveSectionBefore(String sectionId, String targetId) {
        if (sectionId.equals(targetId)) {
            return;
        }
        edit(ActivityKind.SECTION_MOVED, sectionId, Messages.tr("checklist.done.sectionMoved"), path -> {
            List<String> others = path.sections().stream().map(Section::id).filter(id -> !id.equals(sectionId)).toList();
            return PathEdits.moveSection(path, sectionId, others.indexOf(targetId));
        });
    }

    /** Moves the section of the selected item one place up or down (Alt+Shift+↑/↓). */
    public void moveSelectedSection(int direction) {
        String selected = selectedItemId.get();
        if (selected != null) {
            path().sectionOf(selected).ifPresent(section -> moveSection(section.id(), direction));
        }
    }

    /** Whether any item of the section carries the learner's progress. */
    public boolean deletingSectionLosesProgress(String sectionId) {
        return path().section(sectionId).map(section -> section.items().stream()
                .anyMatch(item -> session.state().carriesProgress(item.id()))).orElse(false);
    }

    public boolean canDeleteSection() {
        return path().sections().size() > 1;
    }

    public Background.Job<LearningPath> deleteSection(String sectionId) {
        String title = path().section(sectionId).map(Section::title).orElse(sectionId);
        String selected = selectedItemId.get();
        if (selected != null && path().sectionOf(selected).map(Section::id).filter(sectionId::equals).isPresent()) {
            selectedItemId.set(null);
        }
        return edit(ActivityKind.SECTION_DELETED, sectionId, Messages.tr("checklist.done.sectionDeleted", title),
                path -> PathEdits.removeSection(path, sectionId));
    }

    private Background.Job<LearningPath> edit(ActivityKind kind, String subject, String description,
                                              UnaryOperator<LearningPath> change) {
        return session.edit(new PathChange(kind, subject, description, change));
    }

    private int sectionIndex(String sectionId) {
        List<Section> sections = path().sections();
        for (int i = 0; i < sections.size(); i++) {
            if (sections.get(i).id().equals(sectionId)) {
                return i;
            }
        }
        return -1;
    }

    private static int indexOf(Section section, String itemId) {
        for (int i = 0; i < section.items().size(); i++) {
            if (section.items().get(i).id().equals(itemId)) {
                return i;
            }
        }
        return -1;
    }
}

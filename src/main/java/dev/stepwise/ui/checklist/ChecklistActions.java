package dev.stepwise.ui.checklist;

import dev.stepwise.domain.Item;
import dev.stepwise.domain.Section;
import dev.stepwise.domain.SubItem;
import dev.stepwise.ui.common.Messages;
import dev.stepwise.ui.common.TextPrompts;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import javafx.stage.Window;

/**
 * The checklist's editing commands as the learner meets them — from keys, context menus and the Edit menu: they ask
 * what they need (a title, a yes before losing progress) and hand the answer to the {@link ChecklistEditor}.
 */
public final class ChecklistActions {
    private final ChecklistViewModel viewModel;
    private final Supplier<Window> owner;

    ChecklistActions(ChecklistViewModel viewModel, Supplier<Window> owner) {
        this.viewModel = viewModel;
        this.owner = owner;
    }

    private ChecklistEditor editor() {
        return viewModel.editor();
    }

    private Optional<String> selected() {
        return Optional.ofNullable(viewModel.selectedItemIdProperty().get());
    }

    private Optional<Item> item(String itemId) {
        var path = viewModel.state().path();
        return path.item(itemId).or(() -> path.archivedItem(itemId).map(entry -> entry.item()));
    }

    /** Adds an item after the selected one. */
    public void addItem() {
        TextPrompts.title(owner.get(), new TextPrompts.Question(Messages.tr("checklist.addItem.header"),
                Messages.tr("checklist.addItem.prompt"), "", Messages.tr("button.add"))).ifPresent(editor()::addItem);
    }

    public void addItemTo(Section section) {
        TextPrompts.title(owner.get(), new TextPrompts.Question(Messages.tr("checklist.addItemTo.header", section.title()),
                        Messages.tr("checklist.addItem.prompt"), "", Messages.tr("button.add")))
                .ifPresent(title -> editor().addItem(section.id(), Integer.MAX_VALUE, title));
    }

    /**
     * Opens the item editor on the selected item (not on an archived one: restore it first). Removing sub-steps the
     * learner ticked asks first: their ticks go with them.
     */
    public void editSelected() {
        selected().flatMap(itemId -> viewModel.state().path().item(itemId)).ifPresent(item ->
                new ItemEditorDialog(owner.get(), item, viewModel.state().path().skills(), viewModel.today()).showAndWait()
                        .filter(edited -> !edited.equals(item))
                        .filter(edited -> keepsTicksOrConfirmed(item, edited))
                        .ifPresent(editor()::saveItem));
    }

    private boolean keepsTicksOrConfirmed(Item before, Item after) {
        Set<String> kept = after.subItems().stream().map(SubItem::id).collect(Collectors.toSet());
        long lostTicks = before.subItems().stream().map(SubItem::id)
                .filter(subId -> !kept.contains(subId))
                .filter(subId -> viewModel.state().progressOf(before.id()).isSubItemDone(subId))
                .count();
        return lostTicks == 0 || TextPrompts.confirm(owner.get(), Messages.tr("checklist.removeTicks.header"),
                Messages.tr("checklist.removeTicks.message", lostTicks), Messages.tr("checklist.removeTicks.confirm"));
    }

    public void renameSelected() {
        selected().ifPresent(this::rename);
    }

    public void rename(String itemId) {
        item(itemId).ifPresent(item -> TextPrompts.title(owner.get(), new TextPrompts.Question(
                        Messages.tr("checklist.renameItem.header"), Messages.tr("checklist.rename.prompt"), item.title(),
                        Messages.tr("button.rename")))
                .filter(title -> !title.equals(item.title()))
                .ifPresent(title -> editor().renameItem(itemId, title)));
    }

    public void moveSelected(int direction) {
        selected().ifPresent(itemId -> editor().nudgeItem(itemId, direction));
    }

    public void deleteSelected() {
        selected().ifPresent(this::delete);
    }

    /** Deletes an item; asks first when the learner has put anything into it. */
    public void delete(String itemId) {
        item(itemId).ifPresent(item -> {
            if (!editor().deletingLosesProgress(itemId) || TextPrompts.confirm(owner.get(),
                    Messages.tr("checklist.deleteItem.header", item.title()), Messages.tr("checklist.deleteItem.message"),
                    Messages.tr("checklist.deleteItem.confirm"))) {
                editor().deleteItem(itemId);
            }
        });
    }

    /** The section of the selected item: what the Edit menu's section commands act on. */
    private Optional<Section> selectedSection() {
        return selected().flatMap(itemId -> viewModel.state().path().sectionOf(itemId));
    }

    public void renameSelectedSection() {
        selectedSection().ifPresent(this::renameSection);
    }

    public void addSectionAfterSelected() {
        addSectionAfter(selectedSection().orElse(null));
    }

    public void moveSelectedSection(int direction) {
        editor().moveSelectedSection(direction);
    }

    public void deleteSelectedSection() {
        selectedSection().ifPresent(this::deleteSection);
    }

    public void addSectionAfter(Section section) {
        TextPrompts.title(owner.get(), new TextPrompts.Question(Messages.tr("checklist.addSection.header"),
                        Messages.tr("checklist.addSection.prompt"), "", Messages.tr("button.add")))
                .ifPresent(title -> editor().addSection(title, section == null ? null : section.id()));
    }

    public void renameSection(Section section) {
        TextPrompts.title(owner.get(), new TextPrompts.Question(Messages.tr("checklist.renameSection.header"),
                        Messages.tr("checklist.rename.prompt"), section.title(), Messages.tr("button.rename")))
                .filter(title -> !title.equals(section.title()))
                .ifPresent(title -> editor().renameSection(section.id(), title));
    }

    /** Deletes a section with its items; asks first, and names the loss when any item carries progress. */
    public void deleteSection(Section section) {
        if (!editor().canDeleteSection()) {
            return;
        }
        int count = section.items().size();
        String message = count == 0 ? Messages.tr("checklist.deleteSection.empty")
                : Messages.tr(editor().deletingSectionLosesProgress(section.id()) ? "checklist.deleteSection.withProgress"
                        : "checklist.deleteSection.plain", Messages.tr("checklist.deleteSection.items", count));
        if (TextPrompts.confirm(owner.get(), Messages.tr("checklist.deleteSection.header", section.title()), message,
                Messages.tr("checklist.deleteSection.confirm"))) {
            editor().deleteSection(section.id());
        }
    }
}

package dev.stepwise.ui.timeline;

import dev.stepwise.domain.Item;
import dev.stepwise.domain.Milestone;
import dev.stepwise.domain.MilestoneEdits;
import dev.stepwise.domain.Section;
import dev.stepwise.domain.Texts;
import dev.stepwise.ui.common.DateFields;
import dev.stepwise.ui.common.EditorForms;
import dev.stepwise.ui.common.Messages;
import dev.stepwise.ui.common.TickList;
import dev.stepwise.ui.common.UiScale;
import dev.stepwise.ui.common.Validation;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.application.Platform;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * Creates or edits a milestone: its title, its date and the checklist items it holds (ticked in a list in checklist
 * order, with a filter above it: {@link TickList}). A view only: it returns what was entered, checked as it is typed by
 * the rules the edit applies, or null when cancelled.
 */
final class MilestoneDialog extends Dialog<MilestoneDialog.Entered> {
    /** What the learner entered: the items in checklist order. */
    record Entered(String title, LocalDate due, List<String> itemIds) {
    }

    private static final double LIST_HEIGHT_EM = 20;

    private final TextField title = new TextField();
    private final TickList<Item> items;

    /**
     * @param milestone the milestone to edit, or null for a new one (dated a week from today)
     * @param sections  the checklist, whose items the milestone may hold
     */
    MilestoneDialog(Window owner, Milestone milestone, List<Section> sections, LocalDate today) {
        EditorForms.prepare(this, owner, milestone == null ? Messages.tr("timeline.editor.newHeader")
                : Messages.tr("timeline.editor.header", milestone.title()), "milestone-editor");
        title.setId("milestone-title-field");
        title.setText(milestone == null ? "" : milestone.title());
        title.setPromptText(Messages.tr("timeline.editor.title.prompt"));
        DatePicker due = DateFields.picker("milestone-due", milestone == null ? today.plusWeeks(1) : milestone.due(),
                today);
        Set<String> held = milestone == null ? Set.of() : new HashSet<>(milestone.itemIds());
        List<Item> checklist = sections.stream().flatMap(section -> section.items().stream()).toList();
        items = new TickList<>(itemsOf(sections), checklist, held, Messages.tr("timeline.editor.items.filter"),
                Messages.tr("timeline.editor.items.noMatch"));
        // A milestone is often a stretch of the checklist: found by the filter, ticked in one click.
        items.offerTickAllShown("milestone-items-all");
        Label chosen = new Label();
        chosen.getStyleClass().add(EditorForms.HINT);
        items.tickedCountProperty().subscribe(count -> chosen.setText(Messages.tr("timeline.editor.itemsChosen", count)));

        Validation validation = new Validation();
        VBox form = new VBox(
                EditorForms.field(Messages.tr("timeline.editor.title"), title,
                        validation.watch(title, EditorForms.titleProblem(Texts.Field.MILESTONE_TITLE, title), "milestone-title-problem")),
                EditorForms.field(Messages.tr("timeline.editor.due"), due,
                        validation.watch(due, DateFields.problem(due, true), "milestone-due-problem")),
                EditorForms.field(Messages.tr("timeline.editor.items"), items, chosen,
                        EditorForms.hint(Messages.tr("timeline.editor.items.hint"))));
        form.getStyleClass().addAll("editor-form", "milestone-form");
        // Tall enough to see ten items or so under the filter, in em so the zoom follows; how wide is in editors.css.
        items.list().setPrefHeight(UiScale.em(LIST_HEIGHT_EM));
        // The field's label names the picker; the list inside it is what a screen reader lands on.
        items.list().setAccessibleText(Messages.tr("timeline.editor.items"));
        getDialogPane().setContent(form);

        ButtonType ok = EditorForms.saveCancel(this, "milestone", validation);
        setResultConverter(button -> {
            if (button != ok) {
                return null;
            }
            Set<String> ticked = items.ticked();
            return new Entered(Texts.title(Texts.Field.MILESTONE_TITLE, title.getText()), DateFields.typed(due),
                    MilestoneEdits.afterTicking(milestone, checklist.stream().map(Item::id).toList(), ticked));
        });
        Platform.runLater(title::requestFocus);
    }

    /**
     * The checklist's items, ticked by id, each row its item's title (wrapped when long) with its section in the
     * tooltip. The filter looks in the section's title too, so a milestone that is a whole section is its name typed
     * and one click on "All shown".
     */
    private static TickList.Kind<Item> itemsOf(List<Section> sections) {
        Map<String, String> sectionOf = new HashMap<>();
        sections.forEach(section -> section.items().forEach(item -> sectionOf.put(item.id(), section.title())));
        // A line break between the two, so a query never matches across the end of one and the start of the other.
        return new TickList.Kind<>("milestone-items", "milestone-item-", Item::id, Item::title,
                item -> Messages.tr("timeline.editor.items.section", sectionOf.get(item.id())),
                item -> item.title() + "\n" + sectionOf.get(item.id()));
    }
}

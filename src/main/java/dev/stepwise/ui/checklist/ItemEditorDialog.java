package dev.stepwise.ui.checklist;

import dev.stepwise.domain.Item;
import dev.stepwise.domain.Skill;
import dev.stepwise.domain.SubItem;
import dev.stepwise.domain.Texts;
import dev.stepwise.ui.common.DateFields;
import dev.stepwise.ui.common.EditorForms;
import dev.stepwise.ui.common.Messages;
import dev.stepwise.ui.common.OrderedListEditor;
import dev.stepwise.ui.common.Validation;
import java.time.LocalDate;
import java.util.List;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * Edits one checklist item: title, detail, estimate, target date, sub-steps, resources and the skills it builds. A view
 * only: it returns the edited {@link Item} (same id) or null when cancelled, and the caller turns it
 * into a saved edit. Every field is checked as it is typed by the rules of {@link Texts} that the edit applies, with
 * the problem beside the field; Save is enabled only while there is none. Sized to fit a 1024×640 screen, the form
 * scrolls inside the dialog when it is taller than that.
 */
public final class ItemEditorDialog extends Dialog<Item> {
    private static final OrderedListEditor.Kind<SubItem> SUB_STEPS = new OrderedListEditor.Kind<>("substep", "checklist.subSteps",
            "sub-step", Texts.Field.SUB_STEP_TITLE, SubItem::id, SubItem::title, SubItem::new);

    private final TextField title = new TextField();
    private final TextArea detail = new TextArea();
    private final TextField estimate = new TextField();
    private final DatePicker due;

    /**
     * @param item       the item as it is now
     * @param pathSkills the path's skills in path order, offered as links
     * @param today      the learner's today, for the date field's example
     */
    public ItemEditorDialog(Window owner, Item item, List<Skill> pathSkills, LocalDate today) {
        EditorForms.prepare(this, owner, Messages.tr("checklist.editor.header", item.title()), "item-editor");
        title.setId("item-title");
        title.setText(item.title());
        detail.setId("item-detail");
        detail.setText(item.detail());
        detail.setWrapText(true);
        detail.setPromptText(Messages.tr("checklist.editor.detail.prompt"));
        estimate.setId("item-estimate");
        estimate.setText(item.estimate().isPresent() ? String.valueOf(item.estimateHours()) : "");
        estimate.setPromptText(Messages.tr("checklist.editor.estimate.prompt"));
        estimate.setTooltip(new Tooltip(Messages.tr("checklist.editor.estimate.tooltip")));
        estimate.getStyleClass().add("estimate-field");
        due = DateFields.picker("item-due", item.targetDate(), today);

        Validation validation = new Validation();
        OrderedListEditor<SubItem> subSteps = new OrderedListEditor<>(SUB_STEPS, item.subItems());
        ResourceRowsEditor resources = new ResourceRowsEditor(item.resources(), validation);
        SkillLinksEditor skills = new SkillLinksEditor(pathSkills, item.skillIds());
        ObservableValue<String> estimateProblem = Bindings.createStringBinding(
                () -> estimateProblem(estimate.getText()), estimate.textProperty());

        VBox left = column("item-editor-texts",
                EditorForms.field(Messages.tr("checklist.editor.title"), title,
                        validation.watch(title, EditorForms.titleProblem(Texts.Field.ITEM_TITLE, title), "item-title-problem")),
                EditorForms.field(Messages.tr("checklist.editor.detail"), detail,
                        validation.watch(detail, EditorForms.textProblem(Texts.Field.DETAIL, detail), "item-detail-problem")),
                EditorForms.field(Messages.tr("checklist.editor.estimate"), estimate,
                        validation.watch(estimate, estimateProblem, "item-estimate-problem")),
                EditorForms.field(Messages.tr("checklist.editor.due"), due,
                        validation.watch(due, DateFields.problem(due, false), "item-due-problem"),
                        EditorForms.hint(Messages.tr("checklist.editor.due.hint"))),
                EditorForms.field(Messages.tr("checklist.editor.skills"), skills));
        VBox right = column("item-editor-lists",
                EditorForms.field(Messages.tr("checklist.editor.subSteps"), subSteps),
                EditorForms.field(Messages.tr("checklist.editor.resources"), resources));
        ScrollPane scroll = EditorForms.columns(left, right);
        scroll.setId("item-editor-scroll");
        getDialogPane().setContent(scroll);

        ButtonType ok = EditorForms.saveCancel(this, "item", validation);
        setResultConverter(button -> button == ok
                ? new Item(item.id(), Texts.title(Texts.Field.ITEM_TITLE, title.getText()),
                        Texts.text(Texts.Field.DETAIL, detail.getText()), subSteps.entries(), resources.resources(),
                        skills.linked(), hours(estimate.getText()), DateFields.typed(due))
                : null);
        Platform.runLater(title::requestFocus);
    }

    private static VBox column(String styleClass, VBox... fields) {
        VBox column = EditorForms.column(fields);
        column.getStyleClass().add(styleClass);
        return column;
    }

    /** The estimate typed, or null for none (an empty field); only asked for once it has no problem. */
    static Integer hours(String text) {
        return Texts.isBlank(text) ? null : Integer.valueOf(text.strip());
    }

    /** What is wrong with the estimate typed: not a whole number, or a number the domain refuses. */
    static String estimateProblem(String text) {
        if (Texts.isBlank(text)) {
            return null;
        }
        String typed = text.strip();
        if (!typed.matches("[+-]?[0-9]+")) {
            return Messages.tr("checklist.editor.notWholeHours", typed);
        }
        try {
            return Messages.problem(Texts.estimateProblem(Integer.valueOf(typed)));
        } catch (NumberFormatException tooManyDigits) {
            return Messages.problem(Texts.estimateProblem(typed.startsWith("-") ? Integer.MIN_VALUE : Integer.MAX_VALUE));
        }
    }
}

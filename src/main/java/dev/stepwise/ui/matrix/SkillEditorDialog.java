package dev.stepwise.ui.matrix;

import dev.stepwise.domain.Level;
import dev.stepwise.domain.Skill;
import dev.stepwise.domain.SkillEdits;
import dev.stepwise.domain.Texts;
import dev.stepwise.ui.common.EditorForms;
import dev.stepwise.ui.common.Messages;
import dev.stepwise.ui.common.Validation;
import java.util.ArrayList;
import java.util.List;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.util.StringConverter;

/**
 * Creates or edits a skill: name, category (one of the path's or a new one the learner types), description and the
 * target level. A view only: it returns the learner's {@link Fields} (or null when cancelled) and the caller turns
 * them into a saved edit, new skill or changed one.
 */
public final class SkillEditorDialog extends Dialog<SkillEditorDialog.Fields> {

    /** The edited skill's fields, with invisible characters stripped from the ends of its texts. */
    public record Fields(String name, String category, String description, Level target) {
    }

    private final TextField name = new TextField();
    private final ComboBox<String> category = new ComboBox<>();
    private final TextArea description = new TextArea();
    private final ChoiceBox<Level> target = new ChoiceBox<>();

    /**
     * @param existingOrNull the skill to edit, or null for a new one (target "3 Independent" to start with)
     * @param categories     the path's categories in path order, offered in the category list
     * @param takenNames     the names of the path's other skills, which this one may not take
     */
    public SkillEditorDialog(Window owner, Skill existingOrNull, List<String> categories, List<String> takenNames) {
        EditorForms.prepare(this, owner, existingOrNull == null ? Messages.tr("matrix.editor.newHeader")
                : Messages.tr("matrix.editor.header", existingOrNull.name()),
                "skill-editor");
        List<String> offered = new ArrayList<>(categories);
        if (existingOrNull != null && !offered.contains(existingOrNull.category())) {
            offered.add(existingOrNull.category());
        }
        name.setId("skill-name");
        category.setId("skill-category");
        category.setEditable(true);
        category.getItems().setAll(offered);
        category.setPromptText(Messages.tr("matrix.editor.category.prompt"));
        category.setMaxWidth(Double.MAX_VALUE);
        description.setId("skill-description");
        description.setWrapText(true);
        description.setPromptText(Messages.tr("matrix.editor.description.prompt"));
        target.setId("skill-target");
        target.getItems().setAll(Level.values());
        target.setConverter(new StringConverter<>() {
            @Override
            public String toString(Level level) {
                return level == null ? "" : Messages.current().level(level);
            }

            @Override
            public Level fromString(String text) {
                throw new UnsupportedOperationException("the target is chosen, never typed");
            }
        });
        Label anchor = EditorForms.hint("");
        anchor.setId("skill-target-anchor");
        anchor.textProperty().bind(Bindings.createStringBinding(
                () -> target.getValue() == null ? "" : Messages.current().anchor(target.getValue()), target.valueProperty()));
        if (existingOrNull != null) {
            name.setText(existingOrNull.name());
            category.setValue(existingOrNull.category());
            description.setText(existingOrNull.description());
            target.setValue(existingOrNull.targetLevel());
        } else {
            target.setValue(Level.INDEPENDENT);
        }

        Validation validation = new Validation();
        TextField categoryText = category.getEditor();
        VBox content = new VBox(
                EditorForms.field(Messages.tr("matrix.editor.name"), name,
                        validation.watch(name, nameProblem(existingOrNull == null ? "" : existingOrNull.name(), takenNames),
                                "skill-name-problem")),
                EditorForms.field(Messages.tr("matrix.editor.category"), category,
                        validation.watch(category, EditorForms.titleProblem(Texts.Field.CATEGORY, categoryText), "skill-category-problem")),
                EditorForms.field(Messages.tr("matrix.editor.description"), description,
                        validation.watch(description, EditorForms.textProblem(Texts.Field.DESCRIPTION, description),
                                "skill-description-problem")),
                EditorForms.field(Messages.tr("matrix.editor.target"), target, anchor));
        content.getStyleClass().add("editor-form");
        getDialogPane().setContent(content);

        ButtonType ok = EditorForms.saveCancel(this, "skill", validation);
        setResultConverter(button -> button == ok
                ? new Fields(Texts.title(Texts.Field.SKILL_NAME, name.getText()), known(offered, categoryText.getText()),
                        Texts.text(Texts.Field.DESCRIPTION, description.getText()), target.getValue())
                : null);
        Platform.runLater(name::requestFocus);
    }

    /**
     * What is wrong with the name: what any title can have wrong, or that another skill of the path has it when it is
     * not the name the skill had (two skills named alike before this rule can still be edited otherwise).
     */
    private ObservableValue<String> nameProblem(String had, List<String> takenNames) {
        ObservableValue<String> asTitle = EditorForms.titleProblem(Texts.Field.SKILL_NAME, name);
        return Bindings.createStringBinding(() -> {
            if (asTitle.getValue() != null) {
                return asTitle.getValue();
            }
            String typed = name.getText();
            return !SkillEdits.sameName(typed, had) && takenNames.stream().anyMatch(taken -> SkillEdits.sameName(taken, typed))
                    ? Messages.tr("edit.skillNameTaken", typed.strip()) : null;
        }, asTitle, name.textProperty());
    }

    /**
     * The category as typed, spelt like an existing one when it differs only in case: "technical" joins "Technical"
     * rather than starting a second group in the matrix.
     */
    private static String known(List<String> categories, String typed) {
        String checked = Texts.title(Texts.Field.CATEGORY, typed);
        return categories.stream().filter(existing -> existing.equalsIgnoreCase(checked)).findFirst().orElse(checked);
    }
}

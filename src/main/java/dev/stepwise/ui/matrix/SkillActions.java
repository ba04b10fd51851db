package dev.stepwise.ui.matrix;

import dev.stepwise.domain.Skill;
import dev.stepwise.ui.common.TextPrompts;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.stage.Window;

/** Add, edit and delete skills as the learner meets them: the editor dialog, a question before losing ratings. */
final class SkillActions {
    private final SkillsMatrixViewModel viewModel;
    private final Supplier<Window> owner;

    SkillActions(SkillsMatrixViewModel viewModel, Supplier<Window> owner) {
        this.viewModel = viewModel;
        this.owner = owner;
    }

    private SkillEditor editor() {
        return viewModel.editor();
    }

    private Optional<Skill> selected() {
        String skillId = viewModel.selectedSkillIdProperty().get();
        return skillId == null ? Optional.empty() : viewModel.standingOf(skillId).map(standing -> standing.skill());
    }

    void add() {
        new SkillEditorDialog(owner.get(), null, editor().categories()).showAndWait().ifPresent(fields ->
                editor().addSkill(fields.name(), fields.category(), fields.description(), fields.target()));
    }

    void editSelected() {
        selected().ifPresent(skill -> new SkillEditorDialog(owner.get(), skill, editor().categories()).showAndWait()
                .ifPresent(fields -> editor().updateSkill(skill.id(), fields.name(), fields.category(),
                        fields.description(), fields.target())));
    }

    /** Deletes the selected skill; asks first, naming the ratings and links that go with it. */
    void deleteSelected() {
        selected().ifPresent(skill -> {
            int links = editor().linkedItems(skill.id());
            String linked = links == 0 ? "No checklist item links it."
                    : links + (links == 1 ? " checklist item loses its link" : " checklist items lose their link")
                    + " to it; the items stay.";
            String progress = editor().deletingLosesProgress(skill.id())
                    ? " Your ratings of it, with their history and notes, and your target are deleted too." : "";
            if (TextPrompts.confirm(owner.get(), "Delete skill “" + skill.name() + "”?", linked + progress, "Delete skill")) {
                editor().deleteSkill(skill.id());
            }
        });
    }
}

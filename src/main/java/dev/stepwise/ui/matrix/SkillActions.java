package dev.stepwise.ui.matrix;

import dev.stepwise.domain.Skill;
import dev.stepwise.ui.common.Messages;
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
        new SkillEditorDialog(owner.get(), null, editor().categories(), editor().skillNamesBut(null)).showAndWait().ifPresent(fields ->
                editor().addSkill(fields.name(), fields.category(), fields.description(), fields.target()));
    }

    void editSelected() {
        selected().ifPresent(skill -> new SkillEditorDialog(owner.get(), skill, editor().categories(),
                editor().skillNamesBut(skill.id())).showAndWait()
                .ifPresent(fields -> editor().updateSkill(skill.id(), fields.name(), fields.category(),
                        fields.description(), fields.target())));
    }

    /** Deletes the selected skill; asks first, naming the ratings and links that go with it. */
    void deleteSelected() {
        selected().ifPresent(skill -> {
            int links = editor().linkedItems(skill.id());
            String linked = links == 0 ? Messages.tr("matrix.delete.noLinks") : Messages.tr("matrix.delete.links", links);
            String message = editor().deletingLosesProgress(skill.id()) ? Messages.tr("matrix.delete.withProgress", linked) : linked;
            if (TextPrompts.confirm(owner.get(), Messages.tr("matrix.delete.header", skill.name()), message,
                    Messages.tr("matrix.delete.confirm"))) {
                editor().deleteSkill(skill.id());
            }
        });
    }
}

package dev.stepwise.ui.shell;

import dev.stepwise.domain.ActivityEvent;
import dev.stepwise.domain.LearningPath;
import java.util.function.Consumer;

/**
 * After an undo or redo, the page on screen selects what the change was about, when it shows such a thing: the item
 * in the checklist (if the filter lets it be seen), the skill in the matrix, the milestone on the timeline. A deleted item used to come back somewhere
 * in the list while the selection stayed where it was. The page is never switched for it: an undo from the overview
 * leaves the overview.
 */
final class UndoneChangeSelection implements Consumer<ActivityEvent> {
    private final MainViewModel viewModel;

    UndoneChangeSelection(MainViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @Override
    public void accept(ActivityEvent change) {
        LearningPath path = viewModel.workspace().session().state().path();
        if (!path.id().equals(change.pathId())) {
            return;
        }
        String subject = change.subjectId();
        switch (viewModel.pageProperty().get()) {
            case CHECKLIST -> viewModel.checklist().selectIfShown(subject);
            case SKILLS -> path.skill(subject).ifPresent(skill -> viewModel.matrix().selectedSkillIdProperty().set(subject));
            case TIMELINE -> path.milestone(subject).ifPresent(milestone -> viewModel.timeline().selectedIdProperty().set(subject));
            default -> {
            }
        }
    }
}

package dev.stepwise.ui.matrix;

import dev.stepwise.domain.ActivityKind;
import dev.stepwise.domain.LearningPath;
import dev.stepwise.domain.Level;
import dev.stepwise.domain.PathChange;
import dev.stepwise.domain.Skill;
import dev.stepwise.domain.SkillEdits;
import dev.stepwise.domain.Texts;
import dev.stepwise.ui.common.Background;
import dev.stepwise.ui.common.Messages;
import dev.stepwise.ui.common.PathSession;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javafx.beans.property.ObjectProperty;

/**
 * Adding, editing, recategorising and deleting the path's skills. A category is just a name, so a learner's own
 * category ("Cloud") needs nothing but typing it. Each change is one {@link PathChange} with its activity event.
 */
public final class SkillEditor {
    private final PathSession session;
    private final ObjectProperty<String> selectedSkillId;

    SkillEditor(PathSession session, ObjectProperty<String> selectedSkillId) {
        this.session = session;
        this.selectedSkillId = selectedSkillId;
    }

    /** What the category field offers: the path's categories in matrix order, and the two every role has. */
    /** The names of the path's skills but the one with id {@code except} (none when null), which another may not take. */
    public List<String> skillNamesBut(String except) {
        return session.state().path().skills().stream().filter(skill -> !skill.id().equals(except)).map(Skill::name).toList();
    }

    public List<String> categories() {
        Set<String> categories = new LinkedHashSet<>(session.state().path().categories());
        categories.add(Skill.TECHNICAL);
        categories.add(Skill.SOFT);
        return List.copyOf(categories);
    }

    /** Adds a skill (selected once saved); its id comes from its name. */
    public Background.Job<LearningPath> addSkill(String name, String category, String description, Level target) {
        Skill skill = SkillEdits.newSkill(session.state().path(), name, category, description, target);
        return session.edit(new PathChange(ActivityKind.SKILL_ADDED, skill.id(), Messages.tr("matrix.done.skillAdded", skill.name()),
                path -> SkillEdits.addSkill(path, skill))).onSuccess(path -> selectedSkillId.set(skill.id()));
    }

    public Background.Job<LearningPath> updateSkill(String skillId, String name, String category, String description,
                                                    Level target) {
        String checked = Texts.title(Texts.Field.SKILL_NAME, name);
        return session.edit(new PathChange(ActivityKind.SKILL_EDITED, skillId, Messages.tr("matrix.done.skillEdited", checked),
                path -> SkillEdits.updateSkill(path, skillId, checked, category, description, target)));
    }

    /** Whether the learner has rated the skill or set their own target: deleting it then asks first. */
    public boolean deletingLosesProgress(String skillId) {
        return session.state().skillCarriesProgress(skillId);
    }

    /** How many items link the skill; they lose the link, not themselves. */
    public int linkedItems(String skillId) {
        return session.state().shape().itemsBuilding(skillId).size();
    }

    public Background.Job<LearningPath> deleteSkill(String skillId) {
        String name = session.state().path().skill(skillId).map(Skill::name).orElse(skillId);
        if (skillId.equals(selectedSkillId.get())) {
            selectedSkillId.set(null);
        }
        return session.edit(new PathChange(ActivityKind.SKILL_DELETED, skillId, Messages.tr("matrix.done.skillDeleted", name),
                path -> SkillEdits.removeSkill(path, skillId)));
    }
}

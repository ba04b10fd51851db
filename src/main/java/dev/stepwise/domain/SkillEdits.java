package dev.stepwise.domain;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Edits of a path's skills. A skill's category is free text, so a learner's own category ("Cloud") is just a skill
 * with a new category name. Removing a skill unlinks it from every item, archived ones included.
 */
public final class SkillEdits {
    private SkillEdits() {
    }

    /** A new skill with a unique id derived from its name. */
    public static Skill newSkill(LearningPath path, String name, String category, String description, Level target) {
        String checkedName = Texts.title(Texts.Field.SKILL_NAME, name);
        var taken = path.skills().stream().map(Skill::id).collect(Collectors.toSet());
        return new Skill(Ids.unique(checkedName, "skill", taken), checkedName, Texts.title(Texts.Field.CATEGORY, category),
                Texts.text(Texts.Field.DESCRIPTION, description), target);
    }

    public static LearningPath addSkill(LearningPath path, Skill skill) {
        if (path.skill(skill.id()).isPresent()) {
            throw new InvalidEditException(Phrase.of("edit.skillIdTaken", skill.id()));
        }
        Skill checked = checked(skill);
        nameFree(path, checked.name(), null);
        return withSkills(path, Lists.inserted(path.skills(), path.skills().size(), checked));
    }

    public static LearningPath updateSkill(LearningPath path, String skillId, String name, String category,
                                           String description, Level target) {
        LearningPath updated = withSkills(path, Lists.replaced(path.skills(), skillIndex(path, skillId),
                skill -> checked(skill.with(name, category, description, target))));
        String renamed = updated.skill(skillId).orElseThrow().name();
        // Only a new name is checked: two skills named alike before this rule can still be edited otherwise.
        if (!sameName(renamed, path.skill(skillId).orElseThrow().name())) {
            nameFree(path, renamed, skillId);
        }
        return updated;
    }

    /**
     * The name another skill of the path has (case and surrounding spaces aside), if any: two skills of one name could
     * not be told apart in the matrix, in a link or in "Delete skill …?". {@code except} is the skill being renamed.
     */
    private static Optional<Skill> namedAlike(LearningPath path, String name, String except) {
        return path.skills().stream().filter(skill -> !skill.id().equals(except))
                .filter(skill -> sameName(skill.name(), name)).findFirst();
    }

    /** Two skill names that could not be told apart: equal but for case and surrounding spaces. */
    public static boolean sameName(String a, String b) {
        return a.strip().equalsIgnoreCase(b.strip());
    }

    private static void nameFree(LearningPath path, String name, String except) {
        if (namedAlike(path, name, except).isPresent()) {
            throw new InvalidEditException(Phrase.of("edit.skillNameTaken", name.strip()));
        }
    }

    public static LearningPath removeSkill(LearningPath path, String skillId) {
        LearningPath withoutSkill = withSkills(path, Lists.removed(path.skills(), skillIndex(path, skillId)));
        List<Section> sections = withoutSkill.sections().stream()
                .map(section -> section.items().stream().anyMatch(item -> item.buildsSkill(skillId))
                        ? section.withItems(section.items().stream().map(item -> unlinked(item, skillId)).toList())
                        : section)
                .toList();
        List<ArchivedItem> archived = withoutSkill.archived().stream()
                .map(entry -> entry.item().buildsSkill(skillId)
                        ? new ArchivedItem(unlinked(entry.item(), skillId), entry.sectionId(), entry.archivedAt())
                        : entry)
                .toList();
        return PathEdits.withArchived(PathEdits.withSections(withoutSkill, sections), archived);
    }

    private static Item unlinked(Item item, String skillId) {
        return item.buildsSkill(skillId) ? ItemEdits.linkSkill(item, skillId, false) : item;
    }

    private static Skill checked(Skill skill) {
        return new Skill(skill.id(), Texts.title(Texts.Field.SKILL_NAME, skill.name()), Texts.title(Texts.Field.CATEGORY, skill.category()),
                Texts.text(Texts.Field.DESCRIPTION, skill.description()), skill.targetLevel());
    }

    private static LearningPath withSkills(LearningPath path, List<Skill> skills) {
        return new LearningPath(path.id(), path.contentVersion(), path.title(), path.tagline(), path.overview(),
                path.industries(), skills, path.sections(), path.selfChecks(), path.archived(), path.milestones());
    }

    private static int skillIndex(LearningPath path, String skillId) {
        int index = Lists.indexOf(path.skills(), skill -> skill.id().equals(skillId));
        if (index < 0) {
            throw new InvalidEditException(Phrase.of("edit.noSkill", skillId));
        }
        return index;
    }
}

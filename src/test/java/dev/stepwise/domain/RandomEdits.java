package dev.stepwise.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Applies random, valid edits to a path through the real edit functions (rename, add, move, delete items, sections,
 * sub-steps and skills; optionally archive): the upstream author's or the learner's, for the merge's property tests.
 * New ids carry a prefix, so two sides edited with different prefixes add different ids, and with the same prefix
 * may add the same ones.
 */
final class RandomEdits {
    private static final int KINDS = 15;

    private final Random random;
    private final String prefix;
    private int counter;

    RandomEdits(long seed, String prefix) {
        this.random = new Random(seed);
        this.prefix = prefix;
    }

    LearningPath apply(LearningPath path, int count, boolean mayArchive) {
        LearningPath result = path;
        for (int i = 0; i < count; i++) {
            result = once(result, random.nextInt(mayArchive ? KINDS + 1 : KINDS));
        }
        return result;
    }

    private LearningPath once(LearningPath path, int kind) {
        List<Item> items = path.items().toList();
        Item item = items.isEmpty() ? null : pick(items);
        Section section = pick(path.sections());
        Skill skill = path.skills().isEmpty() ? null : pick(path.skills());
        String name = prefix + " " + (++counter);
        boolean needsItem = kind <= 5 && kind != 3 || kind >= 14;
        boolean needsSkill = kind >= 11 && kind <= 14;
        if (needsItem && item == null || needsSkill && skill == null) {
            return addItem(path, section, name);
        }
        return switch (kind) {
            case 0 -> PathEdits.updateItem(path, item.id(), it -> it.withTitle(name));
            case 1 -> PathEdits.updateItem(path, item.id(), it -> it.withDetail(name).withEstimate(random.nextInt(40)));
            case 2 -> PathEdits.updateItem(path, item.id(), it -> ItemEdits.addSubItem(it, 0, name));
            case 3 -> addItem(path, section, name);
            case 4 -> PathEdits.removeItem(path, item.id());
            case 5 -> PathEdits.moveItem(path, item.id(), section.id(), random.nextInt(section.items().size() + 1));
            case 6 -> PathEdits.addSection(path, random.nextInt(path.sections().size() + 1), new Section(
                    Ids.unique(name, "section", sectionIds(path)), pick(List.of(SectionKind.values())), name, "",
                    List.of()));
            case 7 -> path.sections().size() > 1 ? PathEdits.removeSection(path, section.id()) : path;
            case 8 -> PathEdits.moveSection(path, section.id(), random.nextInt(path.sections().size()));
            case 9 -> PathEdits.editSection(path, section.id(), name, "about " + name);
            case 10 -> SkillEdits.addSkill(path, SkillEdits.newSkill(path, name + " skill",
                    random.nextBoolean() ? Skill.TECHNICAL : Skill.SOFT, "", pick(List.of(Level.values()))));
            case 11 -> SkillEdits.removeSkill(path, skill.id());
            case 12 -> SkillEdits.updateSkill(path, skill.id(), name, skill.category(), skill.description(),
                    pick(List.of(Level.values())));
            case 13 -> moveSkill(path, skill);
            case 14 -> PathEdits.updateItem(path, item.id(),
                    it -> ItemEdits.linkSkill(it, skill.id(), !it.buildsSkill(skill.id())));
            default -> PathEdits.archiveItem(path, item.id(), Instant.parse("2025-01-01T00:00:00Z"));
        };
    }

    private LearningPath addItem(LearningPath path, Section section, String name) {
        Item item = ItemEdits.newItem(path, name + " item");
        if (!path.skills().isEmpty() && random.nextBoolean()) {
            item = ItemEdits.linkSkill(item, pick(path.skills()).id(), true);
        }
        return PathEdits.addItem(path, section.id(), random.nextInt(section.items().size() + 1), item);
    }

    private LearningPath moveSkill(LearningPath path, Skill skill) {
        List<Skill> skills = new ArrayList<>(path.skills());
        skills.remove(skill);
        skills.add(random.nextInt(skills.size() + 1), skill);
        return new LearningPath(path.id(), path.contentVersion(), path.title(), path.tagline(), path.overview(),
                path.industries(), skills, path.sections(), path.selfChecks(), path.archived());
    }

    private static Set<String> sectionIds(LearningPath path) {
        Set<String> ids = new HashSet<>();
        path.sections().forEach(section -> ids.add(section.id()));
        return ids;
    }

    private <T> T pick(List<T> list) {
        return list.get(random.nextInt(list.size()));
    }
}

package dev.stepwise.domain;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Lookups by id into one path's content, built once per content and shared by every state of that content, so a
 * tick never scans the path: which section an item is in, which items build a skill, which skills an item builds,
 * and where each step stands in the order of the Steps sections. Only the checklist counts here; the archive is
 * looked up separately. The first of two equal ids wins, as in {@link PathIndex}.
 */
public final class PathShape {
    private final Map<String, Item> items = new HashMap<>();
    private final Map<String, Section> sectionOf = new HashMap<>();
    private final Map<String, Section> sections = new HashMap<>();
    private final Map<String, Skill> skills = new HashMap<>();
    private final Map<String, List<Item>> itemsBuilding = new HashMap<>();
    private final Map<String, List<String>> skillsBuiltBy = new HashMap<>();
    private final Map<String, ArchivedItem> archived = new HashMap<>();
    private final Map<String, Integer> stepPosition = new HashMap<>();
    private final Map<String, Integer> skillPosition = new HashMap<>();
    private final List<Item> steps = new ArrayList<>();
    private final MilestoneIndex milestones;
    private final Deadlines deadlines;

    PathShape(LearningPath path) {
        for (Skill skill : path.skills()) {
            if (skills.putIfAbsent(skill.id(), skill) == null) {
                skillPosition.put(skill.id(), skillPosition.size());
            }
        }
        for (Section section : path.sections()) {
            sections.putIfAbsent(section.id(), section);
            for (Item item : section.items()) {
                if (items.putIfAbsent(item.id(), item) != null) {
                    continue;
                }
                sectionOf.put(item.id(), section);
                Set<String> built = new LinkedHashSet<>();
                for (String skillId : item.skillIds()) {
                    if (skills.containsKey(skillId) && built.add(skillId)) {
                        itemsBuilding.computeIfAbsent(skillId, key -> new ArrayList<>()).add(item);
                    }
                }
                skillsBuiltBy.put(item.id(), List.copyOf(built));
                if (section.kind() == SectionKind.STEPS) {
                    stepPosition.put(item.id(), steps.size());
                    steps.add(item);
                }
            }
        }
        path.archived().forEach(entry -> archived.putIfAbsent(entry.id(), entry));
        milestones = new MilestoneIndex(path.milestones());
        deadlines = Deadlines.of(path, milestones);
    }

    /** When the checklist's items are due, built once per content like the rest. */
    public Deadlines deadlines() {
        return deadlines;
    }

    /** Which milestones hold each item, built once per content like the rest. */
    MilestoneIndex milestones() {
        return milestones;
    }

    /** The earliest milestone holding the item (of two on one day, the first in the path's list); empty when none does. */
    public Optional<Milestone> earliestMilestoneHolding(String itemId) {
        return milestones.earliestHolding(itemId);
    }

    /** The checklist item (archived ones are not in the checklist). */
    public Optional<Item> item(String itemId) {
        return Optional.ofNullable(items.get(itemId));
    }

    /** The checklist item, or else the archived one. */
    public Optional<Item> anyItem(String itemId) {
        Item item = items.get(itemId);
        if (item != null) {
            return Optional.of(item);
        }
        ArchivedItem entry = archived.get(itemId);
        return entry == null ? Optional.empty() : Optional.of(entry.item());
    }

    public Optional<Section> sectionOf(String itemId) {
        return Optional.ofNullable(sectionOf.get(itemId));
    }

    public Optional<Section> section(String sectionId) {
        return Optional.ofNullable(sections.get(sectionId));
    }

    public Optional<Skill> skill(String skillId) {
        return Optional.ofNullable(skills.get(skillId));
    }

    /** The checklist items that build the skill, in path order. */
    public List<Item> itemsBuilding(String skillId) {
        return itemsBuilding.getOrDefault(skillId, List.of());
    }

    /** The path's skills the checklist item builds, each once, in the item's order. */
    public List<String> skillsBuiltBy(String itemId) {
        return skillsBuiltBy.getOrDefault(itemId, List.of());
    }

    /** The skill's place in the path's list of skills (the matrix order), or -1 when the path has no such skill. */
    int skillPosition(String skillId) {
        return skillPosition.getOrDefault(skillId, -1);
    }

    /** The items of the Steps sections, in order: the sequence "continue with" walks. */
    List<Item> steps() {
        return steps;
    }

    /** The item's place in {@link #steps()}, or -1 when it is not a step. */
    int stepPosition(String itemId) {
        return stepPosition.getOrDefault(itemId, -1);
    }
}

package dev.stepwise.domain;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Lookups by id into one path, built once, so that the merge costs about the same for each item of a large path.
 * Only the checklist counts as the path's items; its archive is looked up separately. The first of two equal ids
 * wins, so a malformed path cannot make the merge fail.
 */
final class PathIndex {
    private final LearningPath path;
    private final Map<String, Section> sections = new HashMap<>();
    private final Map<String, List<String>> itemIdsOf = new HashMap<>();
    private final Map<String, Item> items = new HashMap<>();
    private final Map<String, String> sectionOf = new HashMap<>();
    private final Map<String, String> previousItem = new HashMap<>();
    private final Map<String, ArchivedItem> archived = new HashMap<>();
    private final Map<String, Skill> skills = new HashMap<>();
    private final List<String> sectionIds = new ArrayList<>();
    private final List<String> skillIds = new ArrayList<>();

    PathIndex(LearningPath path) {
        this.path = path;
        for (Section section : path.sections()) {
            if (sections.putIfAbsent(section.id(), section) != null) {
                continue;
            }
            sectionIds.add(section.id());
            List<String> ids = new ArrayList<>();
            for (Item item : section.items()) {
                if (items.putIfAbsent(item.id(), item) == null) {
                    sectionOf.put(item.id(), section.id());
                    previousItem.put(item.id(), ids.isEmpty() ? null : ids.get(ids.size() - 1));
                    ids.add(item.id());
                }
            }
            itemIdsOf.put(section.id(), List.copyOf(ids));
        }
        path.archived().forEach(entry -> archived.putIfAbsent(entry.id(), entry));
        for (Skill skill : path.skills()) {
            if (skills.putIfAbsent(skill.id(), skill) == null) {
                skillIds.add(skill.id());
            }
        }
    }

    LearningPath path() {
        return path;
    }

    List<String> sectionIds() {
        return sectionIds;
    }

    /** The section, or {@code null} when the path has none with this id. */
    Section section(String sectionId) {
        return sections.get(sectionId);
    }

    /** The ids of the section's items in order; empty when there is no such section. */
    List<String> itemIds(String sectionId) {
        return itemIdsOf.getOrDefault(sectionId, List.of());
    }

    /** The checklist item, or {@code null} when the checklist has none with this id (archived ones are not in it). */
    Item item(String itemId) {
        return items.get(itemId);
    }

    String sectionOf(String itemId) {
        return sectionOf.get(itemId);
    }

    /** The item just before this one in its section, or {@code null} when it is the first. */
    String previousItem(String itemId) {
        return previousItem.get(itemId);
    }

    ArchivedItem archived(String itemId) {
        return archived.get(itemId);
    }

    /** Whether the path holds the item anywhere: in its checklist or in its archive. */
    boolean holdsItem(String itemId) {
        return items.containsKey(itemId) || archived.containsKey(itemId);
    }

    List<String> skillIds() {
        return skillIds;
    }

    Skill skill(String skillId) {
        return skills.get(skillId);
    }
}

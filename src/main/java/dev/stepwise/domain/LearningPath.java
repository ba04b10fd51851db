package dev.stepwise.domain;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * A career path: its text, its checklist sections, the skills they build, and the archive of items taken out of the
 * checklist with their progress kept. Identified by stable ids (the path's, its sections', items' and skills'), so the
 * learner's progress survives edits and a newer bundled version can be merged into the learner's own copy. Its
 * milestones date groups of its items; they are content too, and travel with it in path files.
 */
public record LearningPath(
        String id,
        int contentVersion,
        String title,
        String tagline,
        String overview,
        List<String> industries,
        List<Skill> skills,
        List<Section> sections,
        List<SelfCheck> selfChecks,
        List<ArchivedItem> archived,
        List<Milestone> milestones) {
    /**
     * The most items a path file may bring: ten times the largest path the benchmarks time, and few enough that its
     * export stays within the size a path file may have.
     */
    public static final int MAX_ITEMS = 100_000;

    public LearningPath {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        tagline = tagline == null ? "" : tagline;
        overview = overview == null ? "" : overview;
        industries = List.copyOf(industries);
        skills = List.copyOf(skills);
        sections = List.copyOf(sections);
        selfChecks = List.copyOf(selfChecks);
        archived = List.copyOf(archived);
        milestones = List.copyOf(milestones);
        if (!milestones.isEmpty()) {
            milestones = heldItemsOnly(milestones, sections, archived);
        }
    }

    /** A path without milestones: what a version 1 path file and most tests hold. */
    public LearningPath(String id, int contentVersion, String title, String tagline, String overview,
                        List<String> industries, List<Skill> skills, List<Section> sections, List<SelfCheck> selfChecks,
                        List<ArchivedItem> archived) {
        this(id, contentVersion, title, tagline, overview, industries, skills, sections, selfChecks, archived, List.of());
    }

    /** A path with nothing archived: how every path file and every new path starts. */
    public LearningPath(String id, int contentVersion, String title, String tagline, String overview,
                        List<String> industries, List<Skill> skills, List<Section> sections, List<SelfCheck> selfChecks) {
        this(id, contentVersion, title, tagline, overview, industries, skills, sections, selfChecks, List.of(), List.of());
    }

    /**
     * A milestone holds only items the path has (in the checklist or archived), as the store's foreign key does: an
     * item deleted by any edit leaves its milestones with it, whichever edit it was. Unchanged milestones stay the
     * same objects.
     */
    private static List<Milestone> heldItemsOnly(List<Milestone> milestones, List<Section> sections, List<ArchivedItem> archived) {
        Set<String> ids = new HashSet<>();
        sections.forEach(section -> section.items().forEach(item -> ids.add(item.id())));
        archived.forEach(entry -> ids.add(entry.id()));
        List<Milestone> kept = new ArrayList<>(milestones.size());
        boolean changed = false;
        for (Milestone milestone : milestones) {
            if (ids.containsAll(milestone.itemIds())) {
                kept.add(milestone);
            } else {
                changed = true;
                kept.add(new Milestone(milestone.id(), milestone.title(), milestone.due(),
                        milestone.itemIds().stream().filter(ids::contains).toList()));
            }
        }
        return changed ? List.copyOf(kept) : milestones;
    }

    public Optional<Milestone> milestone(String milestoneId) {
        return milestones.stream().filter(milestone -> milestone.id().equals(milestoneId)).findFirst();
    }

    /** The same path with other milestones; everything else stays the same objects. */
    public LearningPath withMilestones(List<Milestone> newMilestones) {
        return new LearningPath(id, contentVersion, title, tagline, overview, industries, skills, sections, selfChecks,
                archived, newMilestones);
    }

    /** The checklist's items, section by section; archived items are not among them. */
    public Stream<Item> items() {
        return sections.stream().flatMap(section -> section.items().stream());
    }

    public Optional<Item> item(String itemId) {
        return items().filter(item -> item.id().equals(itemId)).findFirst();
    }

    public Optional<Section> section(String sectionId) {
        return sections.stream().filter(section -> section.id().equals(sectionId)).findFirst();
    }

    public Optional<ArchivedItem> archivedItem(String itemId) {
        return archived.stream().filter(entry -> entry.id().equals(itemId)).findFirst();
    }

    /** Every item id in use, archived ones included: a new item must not take one of them. */
    public Set<String> itemIds() {
        Set<String> ids = new LinkedHashSet<>();
        items().forEach(item -> ids.add(item.id()));
        archived.forEach(entry -> ids.add(entry.id()));
        return ids;
    }

    public Optional<Skill> skill(String skillId) {
        return skills.stream().filter(skill -> skill.id().equals(skillId)).findFirst();
    }

    public Optional<Section> sectionOf(String itemId) {
        return sections.stream()
                .filter(section -> section.items().stream().anyMatch(item -> item.id().equals(itemId)))
                .findFirst();
    }

    /** Items that build the skill, in checklist order. */
    public List<Item> itemsBuilding(String skillId) {
        return items().filter(item -> item.buildsSkill(skillId)).toList();
    }

    /** Skill categories in the order their first skill appears, so the matrix groups follow the path file. */
    public List<String> categories() {
        Set<String> categories = new LinkedHashSet<>();
        skills.forEach(skill -> categories.add(skill.category()));
        return List.copyOf(categories);
    }
}

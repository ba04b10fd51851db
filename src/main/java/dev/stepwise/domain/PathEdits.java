package dev.stepwise.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * The learner's edits of a path's structure, as pure functions from one path to the next: the path's text,
 * sections, items and the archive. Each refuses an impossible edit with a message for the learner and leaves
 * everything it does not name as the very same objects, so the store can write only what changed.
 */
public final class PathEdits {
    private PathEdits() {
    }

    public static LearningPath withDetails(LearningPath path, String title, String tagline, String overview) {
        return withDetails(path, title, tagline, overview, path.industries());
    }

    /** The path's own texts and its leading industries (each a title, in the learner's order). */
    public static LearningPath withDetails(LearningPath path, String title, String tagline, String overview,
                                           List<String> industries) {
        List<String> checked = industries.stream().map(industry -> Texts.title(Texts.Field.INDUSTRY, industry)).toList();
        return new LearningPath(path.id(), path.contentVersion(), Texts.title(Texts.Field.PATH_TITLE, title),
                Texts.text(Texts.Field.TAGLINE, tagline), Texts.text(Texts.Field.OVERVIEW, overview),
                checked.equals(path.industries()) ? path.industries() : checked,
                path.skills(), path.sections(), path.selfChecks(), path.archived(), path.milestones());
    }

    /**
     * The path's self-check statements, in the learner's order. A statement keeps its id when its text changes, so its
     * answer stays; the ids must be unique, and each statement is a title.
     */
    public static LearningPath withSelfChecks(LearningPath path, List<SelfCheck> selfChecks) {
        Set<String> ids = new HashSet<>();
        List<SelfCheck> checked = new ArrayList<>();
        for (SelfCheck check : selfChecks) {
            if (!ids.add(check.id())) {
                throw new InvalidEditException(Phrase.of("edit.selfCheckIdTaken", check.id()));
            }
            checked.add(new SelfCheck(check.id(), Texts.title(Texts.Field.STATEMENT, check.statement())));
        }
        if (checked.equals(path.selfChecks())) {
            return path;
        }
        return new LearningPath(path.id(), path.contentVersion(), path.title(), path.tagline(), path.overview(),
                path.industries(), path.skills(), path.sections(), checked, path.archived(), path.milestones());
    }

    /** Inserts a section; items it brings along are checked as {@link #addItem} checks one, ids included. */
    public static LearningPath addSection(LearningPath path, int index, Section section) {
        if (path.section(section.id()).isPresent()) {
            throw new InvalidEditException(Phrase.of("edit.sectionIdTaken", section.id()));
        }
        String title = Texts.title(Texts.Field.SECTION_TITLE, section.title());
        String description = Texts.text(Texts.Field.DESCRIPTION, section.description());
        Set<String> taken = new HashSet<>(path.itemIds());
        List<Item> items = new ArrayList<>();
        for (Item item : section.items()) {
            if (!taken.add(item.id())) {
                throw new InvalidEditException(Phrase.of("edit.itemIdTaken", item.id()));
            }
            items.add(ItemEdits.checked(path, item));
        }
        Section checked = new Section(section.id(), section.kind(), title, description, items);
        return withSections(path, Lists.inserted(path.sections(), index, checked));
    }

    public static LearningPath editSection(LearningPath path, String sectionId, String title, String description) {
        String checkedTitle = Texts.title(Texts.Field.SECTION_TITLE, title);
        String checkedDescription = Texts.text(Texts.Field.DESCRIPTION, description);
        return withSections(path, Lists.replaced(path.sections(), sectionIndex(path, sectionId),
                section -> section.withText(checkedTitle, checkedDescription)));
    }

    public static LearningPath moveSection(LearningPath path, String sectionId, int toIndex) {
        return withSections(path, Lists.moved(path.sections(), sectionIndex(path, sectionId), toIndex));
    }

    /** Removes a section with its items; archived items that came from it move to the first remaining section. */
    public static LearningPath removeSection(LearningPath path, String sectionId) {
        int index = sectionIndex(path, sectionId);
        if (path.sections().size() == 1) {
            throw new InvalidEditException(Phrase.of("edit.lastSection"));
        }
        List<Section> sections = Lists.removed(path.sections(), index);
        String fallback = sections.get(0).id();
        List<ArchivedItem> archived = path.archived().stream()
                .map(entry -> entry.sectionId().equals(sectionId)
                        ? new ArchivedItem(entry.item(), fallback, entry.archivedAt()) : entry)
                .toList();
        return new LearningPath(path.id(), path.contentVersion(), path.title(), path.tagline(), path.overview(),
                path.industries(), path.skills(), sections, path.selfChecks(), archived, path.milestones());
    }

    public static LearningPath addItem(LearningPath path, String sectionId, int index, Item item) {
        requireNewItemId(path, item.id());
        Item checked = ItemEdits.checked(path, item);
        return withSections(path, Lists.replaced(path.sections(), sectionIndex(path, sectionId),
                section -> section.withItems(Lists.inserted(section.items(), index, checked))));
    }

    /** Changes one item (in the checklist or in the archive) and checks the result. */
    public static LearningPath updateItem(LearningPath path, String itemId, UnaryOperator<Item> change) {
        int archivedIndex = Lists.indexOf(path.archived(), entry -> entry.id().equals(itemId));
        if (archivedIndex >= 0) {
            return withArchived(path, Lists.replaced(path.archived(), archivedIndex, entry -> new ArchivedItem(
                    changed(path, entry.item(), change), entry.sectionId(), entry.archivedAt())));
        }
        int sectionIndex = sectionIndexOfItem(path, itemId);
        return withSections(path, Lists.replaced(path.sections(), sectionIndex, section -> section.withItems(
                Lists.replaced(section.items(), itemIndex(section, itemId), item -> changed(path, item, change)))));
    }

    /** The change applied and checked; an id is what progress and the store know an item by, so it cannot change. */
    private static Item changed(LearningPath path, Item item, UnaryOperator<Item> change) {
        Item result = change.apply(item);
        if (!result.id().equals(item.id())) {
            throw new InvalidEditException(Phrase.of("edit.itemIdChanged", item.id(), result.id()));
        }
        return ItemEdits.checked(path, result);
    }

    /** Moves an item to a position in a section (its own or another), as drag and drop or Alt+↑/↓ do. */
    public static LearningPath moveItem(LearningPath path, String itemId, String toSectionId, int toIndex) {
        int fromSection = sectionIndexOfItem(path, itemId);
        int targetSection = sectionIndex(path, toSectionId);
        Section source = path.sections().get(fromSection);
        int from = itemIndex(source, itemId);
        if (fromSection == targetSection) {
            return withSections(path, Lists.replaced(path.sections(), fromSection,
                    section -> section.withItems(Lists.moved(section.items(), from, toIndex))));
        }
        Item item = source.items().get(from);
        List<Section> sections = Lists.replaced(path.sections(), fromSection,
                section -> section.withItems(Lists.removed(section.items(), from)));
        sections = Lists.replaced(sections, targetSection,
                section -> section.withItems(Lists.inserted(section.items(), toIndex, item)));
        return withSections(path, sections);
    }

    /**
     * Moves an item one place up or down the checklist ({@code -1} / {@code +1}); at the edge of its section it
     * crosses into the neighbouring section. At the very top or bottom nothing moves.
     */
    public static LearningPath nudgeItem(LearningPath path, String itemId, int direction) {
        int sectionIndex = sectionIndexOfItem(path, itemId);
        Section section = path.sections().get(sectionIndex);
        int index = itemIndex(section, itemId);
        int target = index + Integer.signum(direction);
        if (target >= 0 && target < section.items().size()) {
            return moveItem(path, itemId, section.id(), target);
        }
        int neighbour = sectionIndex + Integer.signum(direction);
        if (neighbour < 0 || neighbour >= path.sections().size()) {
            return path;
        }
        Section next = path.sections().get(neighbour);
        return moveItem(path, itemId, next.id(), direction < 0 ? next.items().size() : 0);
    }

    /** Removes an item for good, from the checklist or from the archive. */
    public static LearningPath removeItem(LearningPath path, String itemId) {
        int archivedIndex = Lists.indexOf(path.archived(), entry -> entry.id().equals(itemId));
        if (archivedIndex >= 0) {
            return withArchived(path, Lists.removed(path.archived(), archivedIndex));
        }
        int sectionIndex = sectionIndexOfItem(path, itemId);
        return withSections(path, Lists.replaced(path.sections(), sectionIndex,
                section -> section.withItems(Lists.removed(section.items(), itemIndex(section, itemId)))));
    }

    /** Takes an item out of the checklist into the archive, remembering its section. */
    public static LearningPath archiveItem(LearningPath path, String itemId, Instant at) {
        int sectionIndex = sectionIndexOfItem(path, itemId);
        Section section = path.sections().get(sectionIndex);
        int index = itemIndex(section, itemId);
        // One step, not remove-then-archive: the item never leaves the path, so its milestones keep holding it.
        List<Section> sections = Lists.replaced(path.sections(), sectionIndex,
                from -> from.withItems(Lists.removed(from.items(), index)));
        return new LearningPath(path.id(), path.contentVersion(), path.title(), path.tagline(), path.overview(),
                path.industries(), path.skills(), sections, path.selfChecks(), Lists.inserted(path.archived(),
                path.archived().size(), new ArchivedItem(section.items().get(index), section.id(), at)), path.milestones());
    }

    /** Puts an archived item back at the end of its former section (the first section if that one is gone). */
    public static LearningPath restoreItem(LearningPath path, String itemId) {
        int archivedIndex = Lists.indexOf(path.archived(), entry -> entry.id().equals(itemId));
        if (archivedIndex < 0) {
            throw new InvalidEditException(Phrase.of("edit.noArchivedItem", itemId));
        }
        ArchivedItem entry = path.archived().get(archivedIndex);
        String sectionId = path.section(entry.sectionId()).map(Section::id).orElse(path.sections().get(0).id());
        Item item = entry.item().withSkillIds(entry.item().skillIds().stream()
                .filter(skillId -> path.skill(skillId).isPresent()).toList());
        List<Section> sections = Lists.replaced(path.sections(), sectionIndex(path, sectionId),
                section -> section.withItems(Lists.inserted(section.items(), section.items().size(), item)));
        return new LearningPath(path.id(), path.contentVersion(), path.title(), path.tagline(), path.overview(),
                path.industries(), path.skills(), sections, path.selfChecks(), Lists.removed(path.archived(), archivedIndex),
                path.milestones());
    }

    static LearningPath withSections(LearningPath path, List<Section> sections) {
        return new LearningPath(path.id(), path.contentVersion(), path.title(), path.tagline(), path.overview(),
                path.industries(), path.skills(), sections, path.selfChecks(), path.archived(), path.milestones());
    }

    static LearningPath withArchived(LearningPath path, List<ArchivedItem> archived) {
        return new LearningPath(path.id(), path.contentVersion(), path.title(), path.tagline(), path.overview(),
                path.industries(), path.skills(), path.sections(), path.selfChecks(), new ArrayList<>(archived),
                path.milestones());
    }

    private static void requireNewItemId(LearningPath path, String itemId) {
        if (path.itemIds().contains(itemId)) {
            throw new InvalidEditException(Phrase.of("edit.itemIdTaken", itemId));
        }
    }

    static int sectionIndex(LearningPath path, String sectionId) {
        int index = Lists.indexOf(path.sections(), section -> section.id().equals(sectionId));
        if (index < 0) {
            throw new InvalidEditException(Phrase.of("edit.noSection", sectionId));
        }
        return index;
    }

    private static int sectionIndexOfItem(LearningPath path, String itemId) {
        for (int i = 0; i < path.sections().size(); i++) {
            if (itemIndex(path.sections().get(i), itemId) >= 0) {
                return i;
            }
        }
        throw new InvalidEditException(Phrase.of("edit.noItem", itemId));
    }

    private static int itemIndex(Section section, String itemId) {
        return Lists.indexOf(section.items(), item -> item.id().equals(itemId));
    }
}

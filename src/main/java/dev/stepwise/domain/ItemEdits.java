package dev.stepwise.domain;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Edits inside one item: its sub-steps, resources and skill links, and the check every edited item passes before
 * it joins a path (a title that says something, web links only, a sane estimate, skills the path has).
 */
public final class ItemEdits {
    private ItemEdits() {
    }

    /** A new item with a unique id derived from its title. */
    public static Item newItem(LearningPath path, String title) {
        return newItem(path.itemIds()::contains, title);
    }

    /**
     * The same, with the path's lookups by id answering which ids are in use (in the checklist or archived): collecting
     * every id of a large path took milliseconds on the FX thread for each item added.
     */
    public static Item newItem(PathShape shape, String title) {
        return newItem(id -> shape.anyItem(id).isPresent(), title);
    }

    private static Item newItem(Predicate<String> taken, String title) {
        String checked = Texts.title(Texts.Field.ITEM_TITLE, title);
        return new Item(Ids.unique(checked, "item", taken), checked, "", List.of(), List.of(), List.of(), null, null);
    }

    public static Item addSubItem(Item item, int index, String title) {
        String checked = Texts.title(Texts.Field.SUB_STEP_TITLE, title);
        Set<String> taken = item.subItems().stream().map(SubItem::id).collect(Collectors.toSet());
        return item.withSubItems(Lists.inserted(item.subItems(), index,
                new SubItem(Ids.unique(checked, "sub-step", taken), checked)));
    }

    public static Item renameSubItem(Item item, String subItemId, String title) {
        String checked = Texts.title(Texts.Field.SUB_STEP_TITLE, title);
        return item.withSubItems(Lists.replaced(item.subItems(), subItemIndex(item, subItemId),
                sub -> new SubItem(sub.id(), checked)));
    }

    public static Item moveSubItem(Item item, String subItemId, int toIndex) {
        return item.withSubItems(Lists.moved(item.subItems(), subItemIndex(item, subItemId), toIndex));
    }

    public static Item removeSubItem(Item item, String subItemId) {
        return item.withSubItems(Lists.removed(item.subItems(), subItemIndex(item, subItemId)));
    }

    public static Item linkSkill(Item item, String skillId, boolean linked) {
        if (item.buildsSkill(skillId) == linked) {
            return item;
        }
        List<String> ids = new ArrayList<>(item.skillIds());
        if (linked) {
            ids.add(skillId);
        } else {
            ids.remove(skillId);
        }
        return item.withSkillIds(ids);
    }

    /** The item with its texts stripped, or a refusal naming the first thing wrong with it. */
    static Item checked(LearningPath path, Item item) {
        String title = Texts.title(Texts.Field.ITEM_TITLE, item.title());
        String detail = Texts.text(Texts.Field.DETAIL, item.detail());
        Phrase estimateProblem = Texts.estimateProblem(item.estimateHours());
        if (estimateProblem != null) {
            throw new InvalidEditException(estimateProblem);
        }
        Phrase dateProblem = Deadlines.dateProblem(item.targetDate());
        if (dateProblem != null) {
            throw new InvalidEditException(dateProblem);
        }
        Set<String> subIds = new HashSet<>();
        List<SubItem> subItems = new ArrayList<>();
        for (SubItem sub : item.subItems()) {
            if (!subIds.add(sub.id())) {
                throw new InvalidEditException(Phrase.of("edit.subStepIdTwice", sub.id()));
            }
            subItems.add(new SubItem(sub.id(), Texts.title(Texts.Field.SUB_STEP_TITLE, sub.title())));
        }
        List<Resource> resources = new ArrayList<>();
        for (Resource resource : item.resources()) {
            Phrase problem = Texts.linkProblem(resource.url());
            if (problem != null) {
                throw new InvalidEditException(Phrase.of("edit.linkProblem", problem, resource.url()));
            }
            resources.add(new Resource(Texts.title(Texts.Field.RESOURCE_TITLE, resource.title()), resource.url().strip()));
        }
        for (String skillId : item.skillIds()) {
            if (path.skill(skillId).isEmpty()) {
                throw new InvalidEditException(Phrase.of("edit.noSkillToLink", skillId));
            }
        }
        if (new HashSet<>(item.skillIds()).size() != item.skillIds().size()) {
            throw new InvalidEditException(Phrase.of("edit.skillLinkedTwice"));
        }
        return new Item(item.id(), title, detail, subItems, resources, item.skillIds(), item.estimateHours(),
                item.targetDate());
    }

    private static int subItemIndex(Item item, String subItemId) {
        int index = Lists.indexOf(item.subItems(), sub -> sub.id().equals(subItemId));
        if (index < 0) {
            throw new InvalidEditException(Phrase.of("edit.noSubStep", item.title(), subItemId));
        }
        return index;
    }
}

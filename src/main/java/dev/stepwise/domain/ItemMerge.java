package dev.stepwise.domain;

import dev.stepwise.domain.UpstreamChange.Kind;
import dev.stepwise.domain.UpstreamChange.Subject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The items part of {@link UpstreamMerge}. Each item's fields are merged three-way; new items and items moved
 * upstream are placed in the newer version's order, right after their upstream predecessor; an item removed
 * upstream is archived when it carries progress or the learner's edits, else removed. What the learner added, moved,
 * deleted or archived stays as they left it.
 */
final class ItemMerge {

    private final PathIndex base;
    private final PathIndex theirs;
    private final PathIndex mine;
    private final SectionMerge sections;
    private final Set<String> skills;
    private final ChangeLog log;
    private final Map<String, Item> content = new HashMap<>();
    private final Map<String, Chain> chains = new HashMap<>();
    private final Map<String, String> located = new HashMap<>();
    private final Set<String> removed = new HashSet<>();
    private final List<String> toArchive = new ArrayList<>();
    private final List<ArchivedItem> archived = new ArrayList<>();
    private final Map<String, Set<String>> keptUpstream = new HashMap<>();
    private final Map<String, Set<String>> keptByLearner = new HashMap<>();

    /** {@code skills}: the ids of the skills the merged path keeps; links to any other are left out. */
    ItemMerge(PathIndex base, PathIndex theirs, PathIndex mine, SectionMerge sections, Set<String> skills,
              Predicate<String> hasProgress, ChangeLog log) {
        this.base = base;
        this.theirs = theirs;
        this.mine = mine;
        this.sections = sections;
        this.skills = skills;
        this.log = log;
        for (String sectionId : mine.sectionIds()) {
            mine.itemIds(sectionId).forEach(id -> mergeChecklistItem(id, hasProgress));
        }
        mine.path().archived().forEach(this::mergeArchivedItem);
        for (String sectionId : sections.ids()) {
            chains.put(sectionId, new Chain(mine.itemIds(sectionId)));
            mine.itemIds(sectionId).forEach(id -> located.put(id, sectionId));
        }
        place();
    }

    /** The merged sections with their items; items removed upstream for good are left out. */
    List<Section> sections() {
        List<Section> result = new ArrayList<>();
        for (String sectionId : sections.ids()) {
            List<Item> items = chains.get(sectionId).ids().stream()
                    .filter(id -> !removed.contains(id)).map(content::get).toList();
            Section merged = sections.content(sectionId).withItems(items);
            result.add(merged.equals(mine.section(sectionId)) ? mine.section(sectionId) : merged);
        }
        return result;
    }

    /** The learner's archive, its items brought up to the newer version where they are still in it. */
    List<ArchivedItem> archived() {
        return archived;
    }

    /** Archives the items removed upstream that carry progress or the learner's edits. */
    LearningPath archiveRemoved(LearningPath path, Instant now) {
        LearningPath result = path;
        for (String id : toArchive) {
            result = PathEdits.archiveItem(result, id, now);
        }
        return result;
    }

    private void mergeChecklistItem(String id, Predicate<String> hasProgress) {
        Item mineItem = mine.item(id);
        Item baseItem = base.item(id);
        Item theirItem = theirs.item(id);
        String key = ChangeLog.item(id);
        if (baseItem != null && theirItem != null) {
            content.put(id, fields(baseItem, theirItem, mineItem, false));
            return;
        }
        content.put(id, mineItem);
        if (baseItem != null) {
            boolean progress = hasProgress.test(id);
            if (progress || !mineItem.equals(baseItem)) {
                toArchive.add(id);
                log.add(key, Kind.ARCHIVED, Subject.ITEM, id, mineItem.title(), progress
                        ? Phrase.of("change.detail.archivedWithProgress") : Phrase.of("change.detail.archivedChanged"));
            } else {
                removed.add(id);
                log.add(key, Kind.REMOVED, Subject.ITEM, id, mineItem.title(), Phrase.of("change.detail.removed"));
            }
        } else if (theirItem != null && !theirItem.equals(mineItem)) {
            log.add(key, Kind.KEPT_YOURS, Subject.ITEM, id, mineItem.title(),
                    Phrase.of("change.detail.clashItem", theirItem.title()));
        }
    }

    private void mergeArchivedItem(ArchivedItem entry) {
        String id = entry.id();
        Item baseItem = base.item(id);
        Item theirItem = theirs.item(id);
        String key = ChangeLog.item(id);
        if (baseItem != null && theirItem != null) {
            Item merged = fields(baseItem, theirItem, entry.item(), true);
            archived.add(merged == entry.item() ? entry : new ArchivedItem(merged, entry.sectionId(), entry.archivedAt()));
            return;
        }
        archived.add(entry);
        if (baseItem != null) {
            log.add(key, Kind.ARCHIVED, Subject.ITEM, id, entry.item().title(),
                    Phrase.of("change.detail.inArchive", Phrase.of("change.detail.removed")));
        } else if (theirItem != null) {
            log.add(key, Kind.KEPT_YOURS, Subject.ITEM, id, entry.item().title(),
                    Phrase.of("change.detail.addedStaysArchived"));
        }
    }

    private Item fields(Item baseItem, Item theirItem, Item mineItem, boolean inArchive) {
        FieldMerge fields = new FieldMerge();
        Item merged = new Item(mineItem.id(),
                fields.title(Phrase.of("change.field.title"), baseItem.title(), theirItem.title(), mineItem.title()),
                fields.field(Phrase.of("change.field.details"), baseItem.detail(), theirItem.detail(), mineItem.detail()),
                fields.field(Phrase.of("change.field.subSteps"), baseItem.subItems(), theirItem.subItems(), mineItem.subItems()),
                fields.field(Phrase.of("change.field.resources"), baseItem.resources(), theirItem.resources(), mineItem.resources()),
                fields.field(Phrase.of("change.field.linkedSkills"), links(baseItem), links(theirItem), links(mineItem)),
                fields.field(Phrase.of("change.field.estimate"),
                        baseItem.estimateHours(), theirItem.estimateHours(), mineItem.estimateHours()),
                fields.field(Phrase.of("change.field.targetDate"), baseItem.targetDate(), theirItem.targetDate(), mineItem.targetDate()));
        log.add(ChangeLog.item(merged.id()), fields.change(Subject.ITEM, merged.id(), merged.title(), inArchive));
        return merged.equals(mineItem) ? mineItem : merged;
    }

    /**
     * An item's links to the skills the merged path keeps: compared without the others, so a link to a skill the
     * learner deleted is neither reported as a change nor mistaken for the learner's edit.
     */
    private List<String> links(Item item) {
        return skills.containsAll(item.skillIds()) ? item.skillIds()
                : item.skillIds().stream().filter(skills::contains).toList();
    }

    /** Adds new items and applies upstream moves the learner did not counter, in the newer version's order. */
    private void place() {
        for (String sectionId : theirs.sectionIds()) {
            List<String> ids = theirs.itemIds(sectionId);
            for (int i = 0; i < ids.size(); i++) {
                String id = ids.get(i);
                if (base.item(id) == null && !mine.holdsItem(id)) {
                    add(sectionId, ids, i);
                } else if (base.item(id) != null && mine.item(id) != null && movedUpstream(id)) {
                    move(sectionId, ids, i);
                }
            }
        }
    }

    private void add(String sectionId, List<String> ids, int index) {
        String id = ids.get(index);
        Item added = theirs.item(id);
        String key = ChangeLog.item(id);
        content.put(id, added);
        String target = put(sectionId, ids, index);
        if (target == null) {
            log.add(key, Kind.KEPT_YOURS, Subject.ITEM, id, added.title(), Phrase.of("change.detail.noSections"));
        } else {
            log.add(key, Kind.ADDED, Subject.ITEM, id, added.title(), Phrase.of("change.detail.addedTo",
                    sections.content(target).title()));
        }
    }

    private void move(String sectionId, List<String> ids, int index) {
        String id = ids.get(index);
        String title = content.get(id).title();
        String key = ChangeLog.item(id);
        if (movedByLearner(id)) {
            if (!sectionId.equals(mine.sectionOf(id)) || !Objects.equals(mine.previousItem(id), theirs.previousItem(id))) {
                log.add(key, Kind.KEPT_YOURS, Subject.ITEM, id, title, Phrase.of("change.detail.keptPlace"));
            }
            return;
        }
        String from = located.get(id);
        String target = put(sectionId, ids, index);
        String previous = chains.get(target).previous(id);
        String sectionTitle = sections.content(target).title();
        log.add(key, Kind.MOVED, Subject.ITEM, id, title, !target.equals(from) ? Phrase.of("change.detail.movedTo", sectionTitle)
                : previous == null ? Phrase.of("change.detail.movedToTopOf", sectionTitle)
                : Phrase.of("change.detail.movedAfter", content.get(previous).title()));
    }

    /**
     * Puts the item where the newer version has it: in its upstream section (if the learner deleted that one, the
     * section holding its nearest upstream predecessor, else the first), right after its nearest upstream
     * predecessor in that section, else first if it is first upstream, else last. Returns the section, or
     * {@code null} when the merged path has no section at all.
     */
    private String put(String sectionId, List<String> ids, int index) {
        String id = ids.get(index);
        String target = sections.contains(sectionId) ? sectionId : null;
        for (int j = index - 1; j >= 0 && target == null; j--) {
            target = located.get(ids.get(j));
        }
        target = target == null ? sections.first() : target;
        if (target == null) {
            return null;
        }
        String anchor = null;
        for (int j = index - 1; j >= 0 && anchor == null; j--) {
            anchor = target.equals(located.get(ids.get(j))) ? ids.get(j) : null;
        }
        String from = located.get(id);
        if (from != null) {
            chains.get(from).remove(id);
        }
        Chain chain = chains.get(target);
        if (anchor != null) {
            chain.insertAfter(anchor, id);
        } else if (index == 0) {
            chain.prepend(id);
        } else {
            chain.append(id);
        }
        located.put(id, target);
        return target;
    }

    /** Moved upstream: into another section, or out of the longest run of its section that kept its order. */
    private boolean movedUpstream(String id) {
        String from = base.sectionOf(id);
        return !from.equals(theirs.sectionOf(id)) || !kept(keptUpstream, from, theirs).contains(id);
    }

    private boolean movedByLearner(String id) {
        String from = base.sectionOf(id);
        return !from.equals(mine.sectionOf(id)) || !kept(keptByLearner, from, mine).contains(id);
    }

    private Set<String> kept(Map<String, Set<String>> cache, String sectionId, PathIndex other) {
        return cache.computeIfAbsent(sectionId, id -> Orders.keptInOrder(base.itemIds(id), other.itemIds(id)));
    }
}

package dev.stepwise.domain;

import dev.stepwise.domain.UpstreamChange.Subject;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Brings a learner's copy of a bundled path up to a newer bundled version without losing their edits or progress:
 * a three-way merge of the version their copy was last brought up to ({@code base}), the newer version
 * ({@code theirs}) and their copy ({@code mine}), entities matched by stable id.
 *
 * <p>Per field: a field the learner left as it was in {@code base} takes the newer value; one they changed keeps
 * theirs (reported as {@code KEPT_YOURS} when the newer version changed it too). The same goes for positions: an
 * upstream move is applied unless the learner moved the entity themselves. Industries and self-checks, which
 * learners cannot edit, always take the newer version's. What the learner added is kept where they put it; what
 * they deleted stays deleted. Something removed upstream goes only when nothing of the learner's is in it: an item
 * with progress or edits is archived (restorable, progress kept), a rated or changed skill is kept, a section that
 * still holds items is kept. Milestones merge the same way ({@link MilestoneMerge}).
 *
 * <p>Pure and deterministic. It never throws for paths whose ids are unique, and with {@code mine == base} and no
 * progress the merged sections, items and skills are exactly the newer version's.
 */
public final class UpstreamMerge {
    private UpstreamMerge() {
    }

    /**
     * @param base             the bundled version the learner's copy was last brought up to
     * @param theirs           the newer bundled version
     * @param mine             the learner's current copy: {@code base} plus their edits
     * @param itemHasProgress  whether the learner has progress on an item (by id)
     * @param skillHasProgress whether the learner has rated or otherwise recorded progress on a skill (by id)
     * @param now              when items are archived by this merge
     */
    public static MergeResult merge(LearningPath base, LearningPath theirs, LearningPath mine,
                                    Predicate<String> itemHasProgress, Predicate<String> skillHasProgress, Instant now) {
        Objects.requireNonNull(itemHasProgress, "itemHasProgress");
        Objects.requireNonNull(skillHasProgress, "skillHasProgress");
        Objects.requireNonNull(now, "now");
        PathIndex baseIndex = new PathIndex(base);
        PathIndex theirIndex = new PathIndex(theirs);
        PathIndex mineIndex = new PathIndex(mine);
        ChangeLog log = new ChangeLog();

        FieldMerge text = new FieldMerge();
        String title = text.title(Phrase.of("change.field.title"), base.title(), theirs.title(), mine.title());
        String tagline = text.field(Phrase.of("change.field.tagline"), base.tagline(), theirs.tagline(), mine.tagline());
        String overview = text.field(Phrase.of("change.field.overview"), base.overview(), theirs.overview(), mine.overview());
        text.theirs(Phrase.of("change.field.industries"), base.industries(), theirs.industries(), mine.industries());
        text.theirs(Phrase.of("change.field.selfChecks"), base.selfChecks(), theirs.selfChecks(), mine.selfChecks());
        log.add(ChangeLog.PATH, text.change(Subject.PATH, mine.id(), title, false));

        SkillMerge skills = new SkillMerge(baseIndex, theirIndex, mineIndex, skillHasProgress, log);
        SectionMerge sections = new SectionMerge(baseIndex, theirIndex, mineIndex, log);
        ItemMerge items = new ItemMerge(baseIndex, theirIndex, mineIndex, sections, skills.survivors(), itemHasProgress,
                log);
        LearningPath merged = new LearningPath(mine.id(), theirs.contentVersion(), title, tagline, overview,
                theirs.industries(), skills.skills(), items.sections(), theirs.selfChecks(), items.archived(),
                MilestoneMerge.merge(base.milestones(), theirs.milestones(), mine.milestones(), log));
        merged = items.archiveRemoved(merged, now);
        merged = sections.removeEmptied(merged);
        for (String skillId : skills.removals()) {
            merged = SkillEdits.removeSkill(merged, skillId);
        }
        merged = withoutLinksToMissingSkills(merged);
        return new MergeResult(merged, log.ordered(merged, mine));
    }

    /** Drops links to skills the merged path lacks: ones the learner deleted that the newer version still links. */
    private static LearningPath withoutLinksToMissingSkills(LearningPath path) {
        Set<String> skillIds = path.skills().stream().map(Skill::id).collect(Collectors.toSet());
        Predicate<Item> linksOnlyKnown = item -> skillIds.containsAll(item.skillIds());
        if (path.items().allMatch(linksOnlyKnown) && path.archived().stream().map(ArchivedItem::item).allMatch(linksOnlyKnown)) {
            return path;
        }
        List<Section> sections = path.sections().stream()
                .map(section -> section.items().stream().allMatch(linksOnlyKnown) ? section
                        : section.withItems(section.items().stream().map(item -> onlyKnown(item, skillIds)).toList()))
                .toList();
        List<ArchivedItem> archived = path.archived().stream()
                .map(entry -> linksOnlyKnown.test(entry.item()) ? entry
                        : new ArchivedItem(onlyKnown(entry.item(), skillIds), entry.sectionId(), entry.archivedAt()))
                .toList();
        return PathEdits.withArchived(PathEdits.withSections(path, sections), archived);
    }

    private static Item onlyKnown(Item item, Set<String> skillIds) {
        return item.withSkillIds(item.skillIds().stream().filter(skillIds::contains).toList());
    }
}

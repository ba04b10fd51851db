package dev.stepwise.domain;

import dev.stepwise.domain.UpstreamChange.Kind;
import dev.stepwise.domain.UpstreamChange.Subject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The calendar part of {@link UpstreamMerge}, so that an instructor's newer path file brings its milestones to learners
 * who already have the path. Milestones are matched by id; title, due date and items are merged three-way like any
 * field ({@link FieldMerge}). A milestone new upstream is added after the learner's; one removed upstream goes unless
 * the learner changed it. One the learner deleted stays deleted, one they added stays. Items the merged path no longer
 * has leave their milestones when the merged path is built ({@link LearningPath}).
 */
final class MilestoneMerge {
    private MilestoneMerge() {
    }

    static List<Milestone> merge(List<Milestone> base, List<Milestone> theirs, List<Milestone> mine, ChangeLog log) {
        Map<String, Milestone> baseById = byId(base);
        Map<String, Milestone> theirById = byId(theirs);
        Map<String, Milestone> mineById = byId(mine);
        List<Milestone> merged = new ArrayList<>();
        for (Milestone own : mine) {
            Milestone was = baseById.get(own.id());
            Milestone now = theirById.get(own.id());
            String key = ChangeLog.milestone(own.id());
            if (was != null && now != null) {
                merged.add(fields(was, now, own, log));
            } else if (was != null && own.equals(was)) {
                log.add(key, Kind.REMOVED, Subject.MILESTONE, own.id(), own.title(), Phrase.of("change.detail.removed"));
            } else if (was != null) {
                merged.add(own);
                log.add(key, Kind.KEPT_YOURS, Subject.MILESTONE, own.id(), own.title(), Phrase.of("change.detail.keptChangedMilestone"));
            } else {
                merged.add(own);
                if (now != null && !now.equals(own)) {
                    log.add(key, Kind.KEPT_YOURS, Subject.MILESTONE, own.id(), own.title(),
                            Phrase.of("change.detail.clashMilestone", now.title()));
                }
            }
        }
        for (Milestone added : theirs) {
            if (!baseById.containsKey(added.id()) && !mineById.containsKey(added.id())) {
                merged.add(added);
                log.add(ChangeLog.milestone(added.id()), Kind.ADDED, Subject.MILESTONE, added.id(), added.title(),
                        Phrase.of("change.detail.newMilestone", added.due().toString()));
            }
        }
        return merged;
    }

    private static Milestone fields(Milestone was, Milestone now, Milestone own, ChangeLog log) {
        FieldMerge fields = new FieldMerge();
        Milestone merged = new Milestone(own.id(),
                fields.title(Phrase.of("change.field.title"), was.title(), now.title(), own.title()),
                fields.field(Phrase.of("change.field.due"), was.due(), now.due(), own.due()),
                fields.field(Phrase.of("change.field.milestoneItems"), was.itemIds(), now.itemIds(), own.itemIds()));
        log.add(ChangeLog.milestone(merged.id()), fields.change(Subject.MILESTONE, merged.id(), merged.title(), false));
        return merged.equals(own) ? own : merged;
    }

    private static Map<String, Milestone> byId(List<Milestone> milestones) {
        Map<String, Milestone> byId = new LinkedHashMap<>();
        milestones.forEach(milestone -> byId.put(milestone.id(), milestone));
        return byId;
    }
}

package dev.stepwise.domain;

import dev.stepwise.domain.UpstreamChange.Kind;
import dev.stepwise.domain.UpstreamChange.Subject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The skills part of {@link UpstreamMerge}: fields merged three-way, skills added and moved upstream placed after
 * their upstream predecessor, skills removed upstream dropped only when the learner neither changed nor rated them.
 * A skill the learner deleted stays deleted. The removals are applied by the caller with
 * {@link SkillEdits#removeSkill}, once the items are in place, so their links go too.
 */
final class SkillMerge {
    private final PathIndex base;
    private final PathIndex theirs;
    private final PathIndex mine;
    private final ChangeLog log;
    private final Map<String, Skill> content = new HashMap<>();
    private final List<String> removals = new ArrayList<>();
    private final List<Skill> skills;

    SkillMerge(PathIndex base, PathIndex theirs, PathIndex mine, Predicate<String> hasProgress, ChangeLog log) {
        this.base = base;
        this.theirs = theirs;
        this.mine = mine;
        this.log = log;
        for (String id : mine.skillIds()) {
            Skill mineSkill = mine.skill(id);
            Skill baseSkill = base.skill(id);
            Skill theirSkill = theirs.skill(id);
            if (baseSkill != null && theirSkill != null) {
                content.put(id, fields(baseSkill, theirSkill, mineSkill));
            } else {
                content.put(id, mineSkill);
                if (baseSkill != null) {
                    removedUpstream(mineSkill, !mineSkill.equals(baseSkill), hasProgress.test(id));
                } else if (theirSkill != null && !theirSkill.equals(mineSkill)) {
                    log.add(ChangeLog.skill(id), Kind.KEPT_YOURS, Subject.SKILL, id, mineSkill.name(),
                            Phrase.of("change.detail.clashSkill", theirSkill.name()));
                }
            }
        }
        Chain order = new Chain(mine.skillIds());
        place(order);
        skills = order.ids().stream().map(content::get).toList();
    }

    /** Every skill of the merged path, the ones to remove included, in their merged order. */
    List<Skill> skills() {
        return skills;
    }

    /** Skills removed upstream that the learner neither changed nor rated: to be removed with their links. */
    List<String> removals() {
        return removals;
    }

    /** The ids of the skills the merged path will have once the removals are done. */
    Set<String> survivors() {
        Set<String> ids = new HashSet<>();
        skills.forEach(skill -> ids.add(skill.id()));
        removals.forEach(ids::remove);
        return ids;
    }

    private Skill fields(Skill baseSkill, Skill theirSkill, Skill mineSkill) {
        FieldMerge fields = new FieldMerge();
        Skill merged = new Skill(mineSkill.id(),
                fields.title(Phrase.of("change.field.name"), baseSkill.name(), theirSkill.name(), mineSkill.name()),
                fields.field(Phrase.of("change.field.category"), baseSkill.category(), theirSkill.category(), mineSkill.category()),
                fields.field(Phrase.of("change.field.description"),
                        baseSkill.description(), theirSkill.description(), mineSkill.description()),
                fields.field(Phrase.of("change.field.targetLevel"),
                        baseSkill.targetLevel(), theirSkill.targetLevel(), mineSkill.targetLevel()));
        log.add(ChangeLog.skill(merged.id()), fields.change(Subject.SKILL, merged.id(), merged.name(), false));
        return merged.equals(mineSkill) ? mineSkill : merged;
    }

    private void removedUpstream(Skill skill, boolean changed, boolean hasProgress) {
        String key = ChangeLog.skill(skill.id());
        if (!changed && !hasProgress) {
            removals.add(skill.id());
            log.add(key, Kind.REMOVED, Subject.SKILL, skill.id(), skill.name(), Phrase.of("change.detail.removed"));
        } else {
            log.add(key, Kind.KEPT_YOURS, Subject.SKILL, skill.id(), skill.name(), hasProgress
                    ? Phrase.of("change.detail.keptWithProgress") : Phrase.of("change.detail.keptChanged"));
        }
    }

    /** Adds new skills and applies upstream moves the learner did not counter, in the newer version's order. */
    private void place(Chain order) {
        Set<String> keptUpstream = Orders.keptInOrder(base.skillIds(), theirs.skillIds());
        Set<String> keptByLearner = Orders.keptInOrder(base.skillIds(), mine.skillIds());
        List<String> theirIds = theirs.skillIds();
        String anchor = null;
        for (int i = 0; i < theirIds.size(); i++) {
            String id = theirIds.get(i);
            String key = ChangeLog.skill(id);
            if (base.skill(id) == null && mine.skill(id) == null) {
                Skill added = theirs.skill(id);
                content.put(id, added);
                put(order, anchor, i, id);
                log.add(key, Kind.ADDED, Subject.SKILL, id, added.name(), Phrase.of("change.detail.addedTo", added.category()));
            } else if (base.skill(id) != null && mine.skill(id) != null && !keptUpstream.contains(id)) {
                if (keptByLearner.contains(id)) {
                    put(order, anchor, i, id);
                    String previous = order.previous(id);
                    log.add(key, Kind.MOVED, Subject.SKILL, id, content.get(id).name(), previous == null
                            ? Phrase.of("change.detail.movedToTop") : Phrase.of("change.detail.movedAfter", content.get(previous).name()));
                } else if (!Objects.equals(Orders.previous(mine.skillIds(), id), Orders.previous(theirIds, id))) {
                    log.add(key, Kind.KEPT_YOURS, Subject.SKILL, id, content.get(id).name(),
                            Phrase.of("change.detail.keptPlace"));
                }
            }
            if (order.contains(id)) {
                anchor = id;
            }
        }
    }

    /** Right after the nearest upstream predecessor the merge holds; else first if it is first upstream, else last. */
    private static void put(Chain order, String anchor, int index, String id) {
        if (anchor != null) {
            order.insertAfter(anchor, id);
        } else if (index == 0) {
            order.prepend(id);
        } else {
            order.append(id);
        }
    }
}

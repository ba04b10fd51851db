package dev.stepwise.ui.overview;

import dev.stepwise.domain.PathState;
import dev.stepwise.domain.Skill;
import dev.stepwise.domain.SkillStanding;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The overview's skill figures — the largest gaps and how many skills are at target — kept up to date skill by
 * skill: a change re-ranks only the skills it touched, so a tick costs the same with a thousand skills as with
 * ten. Made again from scratch when the path's content changes. FX-thread only.
 */
final class SkillGaps {
    /** Largest gap first; equal gaps keep the path's order, as {@link PathState#largestGaps} does. */
    private final Map<String, Integer> position = new HashMap<>();
    private final Map<String, SkillStanding> standings = new HashMap<>();
    private final TreeSet<SkillStanding> open = new TreeSet<>(Comparator.comparingInt(SkillStanding::gap).reversed()
            .thenComparingInt(standing -> position.get(standing.skill().id())));
    private int atTarget;

    /** Ranks every skill of the state. */
    void reset(PathState state) {
        position.clear();
        standings.clear();
        open.clear();
        atTarget = 0;
        List<Skill> skills = state.path().skills();
        for (int i = 0; i < skills.size(); i++) {
            position.putIfAbsent(skills.get(i).id(), i);
        }
        for (Skill skill : skills) {
            if (!standings.containsKey(skill.id())) {
                add(state.standingOf(skill));
            }
        }
    }

    /** Re-ranks the skills a change touched. */
    void update(PathState state, Set<String> skillIds) {
        for (String skillId : skillIds) {
            SkillStanding before = standings.get(skillId);
            if (before == null) {
                continue;
            }
            remove(before);
            add(state.standingOf(before.skill()));
        }
    }

    List<SkillStanding> largest(int limit) {
        List<SkillStanding> largest = new ArrayList<>(limit);
        for (SkillStanding standing : open) {
            if (largest.size() == limit) {
                break;
            }
            largest.add(standing);
        }
        return largest;
    }

    int atTarget() {
        return atTarget;
    }

    private void add(SkillStanding standing) {
        standings.put(standing.skill().id(), standing);
        if (standing.gap() > 0) {
            open.add(standing);
        }
        if (standing.targetMet()) {
            atTarget++;
        }
    }

    private void remove(SkillStanding standing) {
        standings.remove(standing.skill().id());
        open.remove(standing);
        if (standing.targetMet()) {
            atTarget--;
        }
    }
}

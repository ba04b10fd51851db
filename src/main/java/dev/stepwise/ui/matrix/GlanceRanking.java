package dev.stepwise.ui.matrix;

import dev.stepwise.domain.PathState;
import dev.stepwise.domain.Skill;
import dev.stepwise.domain.SkillStanding;
import dev.stepwise.ui.matrix.MatrixRow.CategoryRow;
import dev.stepwise.ui.matrix.MatrixRow.SkillRow;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The skills of the current-against-target chart in their order: by category as the path lists them, inside each
 * the largest gap first (equal gaps keep the path's order). Made whole off the FX thread ({@link #of}); afterwards
 * one skill moves at a time ({@link #move}), found and placed by binary search, so a rating costs the same with 200
 * skills as with 12. Not thread-safe: after {@link #of} it belongs to the FX thread.
 */
final class GlanceRanking {
    private final Map<String, Integer> position = new HashMap<>();
    private final Map<String, List<SkillStanding>> byCategory = new LinkedHashMap<>();
    private final Map<String, SkillStanding> standings = new HashMap<>();
    /** Skills at target per category: kept with each move, never counted again. */
    private final Map<String, Integer> met = new HashMap<>();
    private final Comparator<SkillStanding> order = Comparator.comparingInt(SkillStanding::gap).reversed()
            .thenComparingInt(standing -> position.get(standing.skill().id()));

    /** Where a moved skill was and is now in {@link #rows()}, and the rows that changed with it. */
    record Move(int from, int to, SkillRow row, int headingIndex, CategoryRow heading) {
    }

    static GlanceRanking of(PathState state) {
        GlanceRanking ranking = new GlanceRanking();
        List<Skill> skills = state.path().skills();
        for (int i = 0; i < skills.size(); i++) {
            ranking.position.putIfAbsent(skills.get(i).id(), i);
        }
        for (String category : state.path().categories()) {
            ranking.byCategory.put(category, new ArrayList<>());
        }
        for (Skill skill : skills) {
            if (!ranking.standings.containsKey(skill.id())) {
                SkillStanding standing = state.standingOf(skill);
                ranking.standings.put(skill.id(), standing);
                ranking.byCategory.computeIfAbsent(skill.category(), any -> new ArrayList<>()).add(standing);
                ranking.met.merge(skill.category(), standing.targetMet() ? 1 : 0, Integer::sum);
            }
        }
        ranking.byCategory.values().forEach(list -> list.sort(ranking.order));
        return ranking;
    }

    /** Headings with their skills under them. */
    List<MatrixRow> rows() {
        List<MatrixRow> rows = new ArrayList<>(standings.size() + byCategory.size());
        byCategory.forEach((category, list) -> {
            rows.add(heading(category));
            list.forEach(standing -> rows.add(new SkillRow(standing)));
        });
        return rows;
    }

    /**
     * Puts the skill where its new standing ranks it; {@code null} when the skill is unknown or its standing is the
     * same. The heading's figures are those after the move.
     */
    Move move(SkillStanding now) {
        SkillStanding before = standings.get(now.skill().id());
        if (before == null || before.equals(now) || !before.skill().category().equals(now.skill().category())) {
            return null;
        }
        String category = now.skill().category();
        List<SkillStanding> list = byCategory.get(category);
        int headingIndex = headingIndexOf(category);
        int from = Collections.binarySearch(list, before, order);
        list.remove(from);
        int to = -(Collections.binarySearch(list, now, order) + 1);
        list.add(to, now);
        standings.put(now.skill().id(), now);
        met.merge(category, (now.targetMet() ? 1 : 0) - (before.targetMet() ? 1 : 0), Integer::sum);
        return new Move(headingIndex + 1 + from, headingIndex + 1 + to, new SkillRow(now), headingIndex, heading(category));
    }

    private int headingIndexOf(String category) {
        int index = 0;
        for (Map.Entry<String, List<SkillStanding>> entry : byCategory.entrySet()) {
            if (entry.getKey().equals(category)) {
                return index;
            }
            index += 1 + entry.getValue().size();
        }
        throw new IllegalStateException("no category " + category);
    }

    private CategoryRow heading(String category) {
        return new CategoryRow(category, byCategory.get(category).size(), met.getOrDefault(category, 0));
    }
}

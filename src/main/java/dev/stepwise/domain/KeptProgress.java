package dev.stepwise.domain;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.pcollections.PMap;

/**
 * What of the learner's progress survives an edit of the path's content ({@link PathState#withPath}): progress of items
 * and skills and answers to statements that are gone is dropped (the store deletes it in the same transaction), and
 * ticks of sub-steps that are gone no longer count. Each map is returned as it was when nothing of it is dropped.
 */
final class KeptProgress {
    private KeptProgress() {
    }

    static PMap<String, ItemProgress> items(PMap<String, ItemProgress> items, PathShape edited) {
        PMap<String, ItemProgress> kept = items;
        for (Map.Entry<String, ItemProgress> entry : items.entrySet()) {
            Optional<Item> item = edited.anyItem(entry.getKey());
            if (item.isEmpty()) {
                kept = kept.minus(entry.getKey());
                continue;
            }
            ItemProgress progress = entry.getValue();
            Set<String> subIds = item.get().subItems().stream().map(SubItem::id).collect(Collectors.toSet());
            if (!subIds.containsAll(progress.doneSubItemIds())) {
                kept = kept.plus(entry.getKey(), progress.withSubItems(progress.doneSubItemIds().stream()
                        .filter(subIds::contains).collect(Collectors.toSet())));
            }
        }
        return kept;
    }

    static PMap<String, SkillProgress> skills(PMap<String, SkillProgress> skills, PathShape edited) {
        return skills.minusAll(skills.keySet().stream().filter(skillId -> edited.skill(skillId).isEmpty()).toList());
    }

    static PMap<String, SelfCheckAnswer> answers(PMap<String, SelfCheckAnswer> answers, LearningPath before,
                                                 LearningPath edited) {
        if (edited.selfChecks() == before.selfChecks()) {
            return answers;
        }
        Set<String> statements = edited.selfChecks().stream().map(SelfCheck::id).collect(Collectors.toSet());
        return answers.minusAll(answers.keySet().stream().filter(checkId -> !statements.contains(checkId)).toList());
    }
}

package dev.stepwise.service;

import dev.stepwise.domain.Item;
import dev.stepwise.domain.LearningPath;
import dev.stepwise.domain.SelfCheck;
import dev.stepwise.domain.Skill;
import dev.stepwise.domain.SubItem;
import dev.stepwise.store.ItemProgressRepository;
import dev.stepwise.store.SelfCheckAnswerRepository;
import dev.stepwise.store.SkillProgressRepository;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * After a path's content changed: deletes the progress on what is gone — items (archived ones are not gone),
 * sub-steps, skills and the answers to self-check statements — so nothing orphaned is left to reappear under a reused id.
 */
final class RemovedProgress {
    private final ItemProgressRepository itemProgress;
    private final SkillProgressRepository skillProgress;
    private final SelfCheckAnswerRepository answers;

    RemovedProgress(ItemProgressRepository itemProgress, SkillProgressRepository skillProgress, SelfCheckAnswerRepository answers) {
        this.itemProgress = itemProgress;
        this.skillProgress = skillProgress;
        this.answers = answers;
    }

    /** Call inside the transaction that wrote {@code after}. */
    void forget(LearningPath before, LearningPath after) {
        String pathId = after.id();
        Map<String, Item> itemsAfter = itemsById(after);
        itemsById(before).forEach((itemId, item) -> {
            Item now = itemsAfter.get(itemId);
            if (now == null) {
                itemProgress.delete(pathId, itemId);
            } else if (now != item) {
                Set<String> kept = now.subItems().stream().map(SubItem::id).collect(Collectors.toSet());
                item.subItems().stream().map(SubItem::id).filter(subId -> !kept.contains(subId))
                        .forEach(subId -> itemProgress.deleteSubItem(pathId, itemId, subId));
            }
        });
        before.skills().stream().map(Skill::id).filter(skillId -> after.skill(skillId).isEmpty())
                .forEach(skillId -> skillProgress.delete(pathId, skillId));
        if (before.selfChecks() != after.selfChecks()) {
            Set<String> kept = after.selfChecks().stream().map(SelfCheck::id).collect(Collectors.toSet());
            before.selfChecks().stream().map(SelfCheck::id).filter(checkId -> !kept.contains(checkId))
                    .forEach(checkId -> answers.delete(pathId, checkId));
        }
    }

    /** Every item of the path, in the checklist or archived, by id. */
    private static Map<String, Item> itemsById(LearningPath path) {
        Map<String, Item> items = new HashMap<>();
        path.items().forEach(item -> items.put(item.id(), item));
        path.archived().forEach(entry -> items.put(entry.id(), entry.item()));
        return items;
    }
}

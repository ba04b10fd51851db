package dev.stepwise.domain;

import dev.stepwise.domain.ActivityChange.LevelMove;
import dev.stepwise.domain.ActivityChange.Status;
import dev.stepwise.domain.ActivityChange.TextEdit;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the learner did this week, from its activity entries (oldest first): items that ended the week done, skills
 * that ended it higher than they began it, notes written, and minutes studied. Net, not gross: an item marked done
 * and then back to learning, or a skill rated up and down again, did not move.
 */
public record WeekSummary(int itemsDone, int skillsRaised, int notesWritten, int minutes) {

    public static WeekSummary of(List<ActivityEvent> week, int minutes) {
        Map<String, ItemStatus> lastStatus = new LinkedHashMap<>();
        Map<String, Level> firstLevel = new HashMap<>();
        Map<String, Level> lastLevel = new HashMap<>();
        int notes = 0;
        for (ActivityEvent event : week) {
            switch (event.kind()) {
                case ITEM_STATUS_CHANGED -> lastStatus.put(event.subjectId(), event.change(Status.class).to());
                case SKILL_RATED -> {
                    LevelMove move = event.change(LevelMove.class);
                    firstLevel.putIfAbsent(event.subjectId(), move.from().orElse(Level.MIN));
                    lastLevel.put(event.subjectId(), move.to());
                }
                case ITEM_NOTE_CHANGED -> notes += Texts.isBlank(event.change(TextEdit.class).after()) ? 0 : 1;
                default -> { }
            }
        }
        int done = (int) lastStatus.values().stream().filter(status -> status == ItemStatus.DONE).count();
        int raised = (int) lastLevel.entrySet().stream()
                .filter(last -> last.getValue().value() > firstLevel.get(last.getKey()).value()).count();
        return new WeekSummary(done, raised, notes, minutes);
    }
}

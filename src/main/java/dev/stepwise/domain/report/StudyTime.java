package dev.stepwise.domain.report;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Minutes of study the report sums up, per item, per section and per week. Empty until study time is merged (issue
 * 10, item 2): the writers show this part only when it holds something.
 */
public record StudyTime(List<Minutes> perItem, List<Minutes> perSection, List<Minutes> perWeek) {
    public static final StudyTime NONE = new StudyTime(List.of(), List.of(), List.of());

    /**
     * Minutes against one thing.
     *
     * @param key what they count against: an item's or section's id, or a week as ISO {@code 2026-W48}
     * @param label the same in the learner's words: a title, "Week of Nov 23, 2026"
     */
    public record Minutes(String key, String label, long minutes) {
        public Minutes {
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(label, "label");
        }
    }

    public StudyTime {
        perItem = List.copyOf(perItem);
        perSection = List.copyOf(perSection);
        perWeek = List.copyOf(perWeek);
    }

    public boolean isEmpty() {
        return perItem.isEmpty() && perSection.isEmpty() && perWeek.isEmpty();
    }

    /** Minutes by item id, made once per writer: looking each item up in the list would cost the path's size squared. */
    public Map<String, Long> byItem() {
        Map<String, Long> minutes = new HashMap<>();
        perItem.forEach(entry -> minutes.merge(entry.key(), entry.minutes(), Long::sum));
        return minutes;
    }

    int rowCount() {
        return perItem.size() + perSection.size() + perWeek.size();
    }
}

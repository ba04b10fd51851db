package dev.stepwise.domain.report;

import dev.stepwise.domain.Level;
import java.util.List;
import java.util.Objects;

/**
 * One skill of the matrix as the report shows it: current and target level, the gap (target − current, negative
 * above target) and the rating history, oldest first.
 *
 * @param gapText     the gap as the matrix words it: "−2" while levels are to go, "met" at or above the target
 * @param linkedItems "2 of 3 done": the items that build the skill
 * @param evidenceCount how many of the ratings carry evidence (a note), as the matrix's column counts them
 */
public record ReportSkill(
        String id,
        String name,
        String category,
        Level current,
        String currentText,
        Level target,
        String targetText,
        String gapText,
        String linkedItems,
        int evidenceCount,
        List<ReportRating> history) {

    public ReportSkill {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(current, "current");
        Objects.requireNonNull(currentText, "currentText");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(targetText, "targetText");
        Objects.requireNonNull(gapText, "gapText");
        linkedItems = linkedItems == null ? "" : linkedItems;
        history = List.copyOf(history);
    }

    /** target − current, as {@link dev.stepwise.domain.SkillStanding#gap()} counts it. */
    public int gap() {
        return target.value() - current.value();
    }
}

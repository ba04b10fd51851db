package dev.stepwise.ui.overview;

import dev.stepwise.domain.Item;
import dev.stepwise.domain.LearningPath;
import dev.stepwise.domain.Progress;
import dev.stepwise.domain.Section;
import dev.stepwise.domain.SkillStanding;
import java.util.List;
import java.util.Optional;

/** Everything the overview shows, computed at once from one path state. */
public record OverviewSummary(
        LearningPath path,
        Progress overall,
        List<SectionProgress> sections,
        Optional<Item> nextStep,
        List<SkillStanding> largestGaps,
        int skillsAtTarget) {

    public record SectionProgress(Section section, Progress progress) {
    }
}

package dev.stepwise.ui.overview;

import dev.stepwise.domain.DueSoon;
import dev.stepwise.domain.Item;
import dev.stepwise.domain.LearningPath;
import dev.stepwise.domain.Progress;
import dev.stepwise.domain.Section;
import dev.stepwise.domain.SelfCheckAnswer;
import dev.stepwise.domain.SkillStanding;
import dev.stepwise.ui.common.Messages;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Everything the overview shows, computed at once from one path state on one day (what is due depends on it). */
public record OverviewSummary(
        LocalDate today,
        LearningPath path,
        Progress overall,
        List<SectionProgress> sections,
        Optional<Item> nextStep,
        List<SkillStanding> largestGaps,
        int skillsAtTarget,
        Map<String, SelfCheckAnswer> selfCheckAnswers,
        DueSoon dueSoon) {

    /** Whether the path has any date at all (a milestone or an item's own date): the due card shows only then. */
    public boolean dated() {
        return !path.milestones().isEmpty() || !dueSoon.isEmpty();
    }

    /** "You agree with 3 of 5 statements", or a prompt before any answer. */
    public String selfCheckSummary() {
        long agreed = selfCheckAnswers.values().stream().filter(answer -> answer == SelfCheckAnswer.AGREE).count();
        return selfCheckAnswers.isEmpty()
                ? Messages.tr("overview.selfCheck.prompt")
                : Messages.tr("overview.selfCheck.summary", agreed, path.selfChecks().size());
    }

    public record SectionProgress(Section section, Progress progress) {
    }
}

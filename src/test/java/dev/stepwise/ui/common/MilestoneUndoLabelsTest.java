package dev.stepwise.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stepwise.domain.ActivityChange;
import dev.stepwise.domain.ActivityEvent;
import dev.stepwise.domain.ActivityKind;
import dev.stepwise.domain.LearningPath;
import dev.stepwise.domain.Milestone;
import dev.stepwise.store.SamplePaths;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The Edit menu names milestone changes by the milestone's title, and a date change by the item's. */
class MilestoneUndoLabelsTest {
    private static final LearningPath PATH = SamplePaths.sample().withMilestones(
            List.of(new Milestone("week-1", "Week 1", LocalDate.of(2026, 4, 1), List.of(SamplePaths.FIRST))));

    private static String label(ActivityKind kind, String subject) {
        return UndoLabels.describe(NamedEntries.of(1, new ActivityEvent(Instant.EPOCH, SamplePaths.ID, kind, subject,
                new ActivityChange.Described("Milestone “Week 1” added")), PATH));
    }

    @AfterEach
    void english() {
        Messages.use(Messages.forLocale(Locale.ENGLISH));
    }

    @Test
    void milestoneChangesAndDateChangesAreNamed() {
        assertThat(label(ActivityKind.MILESTONE_ADDED, "week-1")).isEqualTo("add the milestone “Week 1”");
        assertThat(label(ActivityKind.MILESTONE_EDITED, "week-1")).isEqualTo("edit the milestone “Week 1”");
        // A milestone with no name to be had (the store names one the step removed from the rows the step keeps): its
        // id named nothing ("Redone: add the milestone “week-2-first-api”"); the sentence the entry kept names it.
        assertThat(label(ActivityKind.MILESTONE_ADDED, "week-2-first-api")).as("a milestone the path no longer has")
                .isEqualTo("Milestone “Week 1” added");
        assertThat(label(ActivityKind.ITEM_DUE_CHANGED, SamplePaths.FIRST)).isEqualTo("target date of “Learn SQL”");
        Messages.use(Messages.forLocale(Locale.GERMAN));
        assertThat(label(ActivityKind.MILESTONE_ADDED, "week-1")).isEqualTo("Meilenstein „Week 1“ hinzufügen");
    }
}

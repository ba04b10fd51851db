package dev.stepwise.domain;

import static dev.stepwise.domain.MergeFixtures.change;
import static dev.stepwise.domain.MergeFixtures.described;
import static dev.stepwise.domain.MergeFixtures.merge;
import static dev.stepwise.domain.TestPaths.DEGREE;
import static dev.stepwise.domain.TestPaths.LANG;
import static dev.stepwise.domain.TestPaths.SCHEMA;
import static dev.stepwise.domain.UpstreamChange.Kind.ADDED;
import static dev.stepwise.domain.UpstreamChange.Kind.EDITED;
import static dev.stepwise.domain.UpstreamChange.Kind.KEPT_YOURS;
import static dev.stepwise.domain.UpstreamChange.Kind.REMOVED;
import static dev.stepwise.domain.UpstreamChange.Kind.RENAMED;
import static dev.stepwise.domain.UpstreamChange.Subject.ITEM;
import static dev.stepwise.domain.UpstreamChange.Subject.MILESTONE;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

/**
 * {@link UpstreamMerge} on the path's calendar: an instructor's newer path file brings its milestones to a learner who
 * already has the path, merged by id like sections and skills, and the learner's own calendar edits are kept.
 */
class UpstreamMergeMilestonesTest {
    private static final LocalDate OCT_20 = LocalDate.of(2025, 10, 20);
    private static final LocalDate NOV_24 = LocalDate.of(2025, 11, 24);
    private static final Milestone WEEK_4 = new Milestone("week-4", "Week 4 — the language", OCT_20, List.of(LANG));
    private static final Milestone WEEK_8 = new Milestone("week-8", "Week 8 — a schema", NOV_24, List.of(SCHEMA));

    private final LearningPath base = TestPaths.backendPath();

    private static LearningPath newer(LearningPath path, Milestone... milestones) {
        return MergeFixtures.v2(path).withMilestones(List.of(milestones));
    }

    @Test
    void aNewerVersionsMilestonesComeToALearnerWhoHasNone() {
        MergeResult result = merge(base, newer(base, WEEK_4, WEEK_8), base);

        assertThat(result.merged().milestones()).containsExactly(WEEK_4, WEEK_8);
        assertThat(described(result.changes())).containsExactly(
                change(ADDED, MILESTONE, "week-4", WEEK_4.title(), "new milestone, due 2025-10-20"),
                change(ADDED, MILESTONE, "week-8", WEEK_8.title(), "new milestone, due 2025-11-24"));
    }

    @Test
    void aMilestoneTheLearnerLeftAloneTakesTheNewerDateAndItems() {
        LearningPath withCalendar = base.withMilestones(List.of(WEEK_4));
        Milestone moved = new Milestone("week-4", WEEK_4.title(), OCT_20.plusDays(7), List.of(LANG, DEGREE));

        MergeResult result = merge(withCalendar, newer(base, moved), withCalendar);

        assertThat(result.merged().milestones()).containsExactly(moved);
        assertThat(described(result.changes())).containsExactly(
                change(EDITED, MILESTONE, "week-4", WEEK_4.title(), "changed due date, items"));
    }

    @Test
    void theLearnersOwnDueDateIsKeptWhileANewerTitleIsTaken() {
        LearningPath withCalendar = base.withMilestones(List.of(WEEK_4));
        Milestone mineLater = new Milestone("week-4", WEEK_4.title(), OCT_20.plusDays(14), WEEK_4.itemIds());
        Milestone theirs = new Milestone("week-4", "Week 4 — one language, well", OCT_20.plusDays(3), WEEK_4.itemIds());

        MergeResult result = merge(withCalendar, newer(base, theirs), withCalendar.withMilestones(List.of(mineLater)));

        assertThat(result.merged().milestones()).containsExactly(
                new Milestone("week-4", theirs.title(), mineLater.due(), WEEK_4.itemIds()));
        assertThat(described(result.changes())).containsExactly(change(RENAMED, MILESTONE, "week-4", theirs.title(),
                "renamed from “Week 4 — the language”; kept your due date"));
    }

    @Test
    void aMilestoneRemovedUpstreamGoesUnlessTheLearnerChangedIt() {
        LearningPath withCalendar = base.withMilestones(List.of(WEEK_4, WEEK_8));
        Milestone week8Moved = new Milestone("week-8", WEEK_8.title(), NOV_24.plusDays(1), WEEK_8.itemIds());

        MergeResult result = merge(withCalendar, newer(base),
                withCalendar.withMilestones(List.of(WEEK_4, week8Moved)));

        assertThat(result.merged().milestones()).containsExactly(week8Moved);
        assertThat(described(result.changes())).containsExactly(
                change(REMOVED, MILESTONE, "week-4", WEEK_4.title(), "removed upstream"),
                change(KEPT_YOURS, MILESTONE, "week-8", WEEK_8.title(), "removed upstream; kept: you changed it"));
    }

    @Test
    void aMilestoneTheLearnerDeletedStaysDeletedAndTheirOwnStays() {
        LearningPath withCalendar = base.withMilestones(List.of(WEEK_4));
        Milestone own = new Milestone("my-exam", "My exam", NOV_24, List.of(DEGREE));
        Milestone week4Later = new Milestone("week-4", WEEK_4.title(), OCT_20.plusDays(1), WEEK_4.itemIds());

        MergeResult result = merge(withCalendar, newer(base, week4Later), withCalendar.withMilestones(List.of(own)));

        assertThat(result.merged().milestones()).containsExactly(own);
        assertThat(result.changes()).isEmpty();
    }

    @Test
    void aMilestoneTheLearnerAddedUnderAnIdTheNewerVersionAlsoUsesIsKept() {
        Milestone mine = new Milestone("week-4", "My week four", NOV_24, List.of(DEGREE));

        MergeResult result = merge(base, newer(base, WEEK_4), base.withMilestones(List.of(mine)));

        assertThat(result.merged().milestones()).containsExactly(mine);
        assertThat(described(result.changes())).containsExactly(change(KEPT_YOURS, MILESTONE, "week-4", mine.title(),
                "added upstream as “Week 4 — the language”; kept your own milestone with this id"));
    }

    @Test
    void anItemTheMergeRemovesLeavesItsMilestoneAndTheChangesListTheMilestonesAfterTheChecklist() {
        LearningPath mine = base.withMilestones(List.of(new Milestone("week-4", WEEK_4.title(), OCT_20,
                List.of(LANG, DEGREE))));

        MergeResult result = merge(base, newer(PathEdits.removeItem(base, DEGREE), WEEK_8), mine);

        assertThat(result.merged().milestones()).containsExactly(WEEK_4, WEEK_8);
        assertThat(result.changes()).extracting(UpstreamChange::subject, UpstreamChange::id).containsExactly(
                Tuple.tuple(ITEM, DEGREE), Tuple.tuple(MILESTONE, "week-8"));
    }
}

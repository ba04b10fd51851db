package dev.stepwise.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.stepwise.domain.ActivityKind;
import dev.stepwise.domain.ItemStatus;
import dev.stepwise.domain.Milestone;
import dev.stepwise.domain.MilestoneEdits;
import dev.stepwise.domain.PathChange;
import dev.stepwise.domain.report.Report;
import dev.stepwise.domain.report.ReportMilestone;
import dev.stepwise.domain.report.StudyTime;
import dev.stepwise.fixtures.FixturePath;
import dev.stepwise.fixtures.TestClock;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A report of a stored path carries its calendar as it stands today and the time studied, as the command line writes it. */
class ReportsTest {
    private static final String ID = FixturePath.ID;

    @TempDir
    Path dir;
    private Stepwise stepwise;
    private TestClock clock;

    @BeforeEach
    void open() {
        // Monday 2 March 2026, 09:00 in Berlin.
        clock = new TestClock(Instant.parse("2026-03-02T08:00:00Z"), ZoneId.of("Europe/Berlin"));
        stepwise = Stepwise.open(dir.resolve("stepwise.db"), List.of(FixturePath.path()), clock);
    }

    @AfterEach
    void close() {
        stepwise.close();
    }

    @Test
    void milestonesAndStudyTimeAreInTheReport() {
        Milestone week = new Milestone("week-1", "Week 1", LocalDate.of(2026, 3, 9),
                List.of(FixturePath.LEARN_LANGUAGE, FixturePath.LEARN_SQL));
        stepwise.content().edit(ID, new PathChange(ActivityKind.MILESTONE_ADDED, week.id(), "Milestone added",
                path -> MilestoneEdits.addMilestone(path, week)));
        stepwise.progress().setStatus(ID, FixturePath.LEARN_LANGUAGE, ItemStatus.DONE);
        stepwise.studyTime().logTime(ID, FixturePath.LEARN_SQL, 45);

        Report report = stepwise.reports().report(ID, Locale.ENGLISH);

        assertThat(report.milestones()).extracting(ReportMilestone::title, ReportMilestone::summary, ReportMilestone::onTrack)
                .containsExactly(tuple("Week 1", "1 of 2 done", true));
        assertThat(report.studyTime().perItem()).extracting(StudyTime.Minutes::key, StudyTime.Minutes::minutes)
                .containsExactly(tuple(FixturePath.LEARN_SQL, 45L));
        assertThat(report.studyTime().perWeek()).extracting(StudyTime.Minutes::key).containsExactly("2026-03-02");
    }

    @Test
    void aPathWithoutEitherHasNeither() {
        Report report = stepwise.reports().report(ID, Locale.ENGLISH);

        assertThat(report.milestones()).isEmpty();
        assertThat(report.studyTime()).isEqualTo(StudyTime.NONE);
    }
}

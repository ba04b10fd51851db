package dev.stepwise.io.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stepwise.domain.Progress;
import dev.stepwise.domain.report.Report;
import dev.stepwise.domain.report.ReportMilestone;
import dev.stepwise.domain.report.StudyTime;
import dev.stepwise.fixtures.FixturePath;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Milestones and study time are parts of the report before their data exists: empty, no writer shows them (the
 * golden files have neither); filled in, as their builders will after merge, every writer does.
 */
class ReportOptionalPartsTest {
    private final Report empty = ReportFixture.report(Locale.ENGLISH);
    private final Report filled = empty
            .withMilestones(List.of(new ReportMilestone("Week 4 — first API deployed", LocalDate.of(2026, 12, 20),
                    "Dec 20, 2026", new Progress(1, 3, 0), "1 of 3 done", true, "Yes")))
            .withStudyTime(new StudyTime(
                    List.of(new StudyTime.Minutes(FixturePath.LEARN_SQL, "Learn SQL and design databases", 95)),
                    List.of(new StudyTime.Minutes(FixturePath.STEPS, "Steps", 95)),
                    List.of(new StudyTime.Minutes("2026-W48", "Week of Nov 23, 2026", 1_250))));

    @Test
    void emptyPartsAreLeftOut() {
        for (ReportFormat format : List.of(ReportFormat.HTML, ReportFormat.MARKDOWN, ReportFormat.CSV)) {
            assertThat(text(format, empty)).as(format.name()).doesNotContain("Milestones", "Study time", "milestone,",
                    "study_week");
        }
    }

    @Test
    void filledPartsAreShownByEveryWriter() {
        assertThat(text(ReportFormat.HTML, filled)).contains("<h2>Milestones</h2>", "Week 4 — first API deployed",
                "<td class=\"date\">Dec 20, 2026</td>", "<h2>Study time</h2>", "<td class=\"number\">1,250</td>");
        assertThat(text(ReportFormat.MARKDOWN, filled)).contains("## Milestones",
                "| Week 4 — first API deployed | Dec 20, 2026 | 1 of 3 done | Yes |", "## Study time", "| Steps | 95 |");
        assertThat(text(ReportFormat.CSV, filled)).contains(
                "item,Steps,learn-sql,Learn SQL and design databases,LEARNING,2026-11-02,,,,,95,",
                "milestone,,,Week 4 — first API deployed,,,,2026-12-20,1 of 3,true,",
                "study_week,,2026-W48,\"Week of Nov 23, 2026\",,,,,,,1250,");
        assertThat(filled.rowCount()).isEqualTo(empty.rowCount() + 4);
    }

    private static String text(ReportFormat format, Report report) {
        return new String(format.render(report, ReportProgress.NONE), StandardCharsets.UTF_8);
    }
}

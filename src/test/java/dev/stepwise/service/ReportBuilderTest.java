package dev.stepwise.service;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stepwise.domain.Level;
import dev.stepwise.domain.Milestone;
import dev.stepwise.domain.MilestoneEdits;
import dev.stepwise.domain.PathState;
import dev.stepwise.domain.PlanPoint;
import dev.stepwise.domain.Rating;
import dev.stepwise.domain.SkillProgress;
import dev.stepwise.domain.Timeline;
import dev.stepwise.domain.report.Report;
import dev.stepwise.domain.report.ReportRating;
import dev.stepwise.fixtures.FixturePath;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The report's dates are the learner's: their zone (across a DST change and a day boundary) and their language. */
class ReportBuilderTest {
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @Test
    void ratingsAreDatedInTheLearnersZoneOnBothSidesOfTheClockChange() {
        // 23:30 UTC is 00:30 the next day in Berlin before the change to summer time (UTC+1), 01:30 after it (UTC+2).
        PathState state = new PathState(FixturePath.path(), Map.of(), Map.of(FixturePath.LANGUAGE.id(),
                new SkillProgress(FixturePath.LANGUAGE.id(), null, List.of(
                        new Rating(Level.AWARE, Instant.parse("2026-03-28T23:30:00Z"), ""),
                        new Rating(Level.GUIDED, Instant.parse("2026-03-29T23:30:00Z"), "")))));
        Clock clock = Clock.fixed(Instant.parse("2026-11-29T23:30:00Z"), BERLIN);

        Report report = new ReportBuilder(clock, Locale.ENGLISH).build(state);

        List<ReportRating> history = report.skills().get(0).history();
        assertThat(history).extracting(ReportRating::ratedAt).containsExactly(LocalDateTime.of(2026, 3, 29, 0, 30),
                LocalDateTime.of(2026, 3, 30, 1, 30));
        assertThat(history).extracting(ReportRating::ratedText).containsExactly("Mar 29, 2026, 12:30 AM",
                "Mar 30, 2026, 1:30 AM");
        assertThat(report.generatedOn()).as("already the 30th in Berlin").isEqualTo(LocalDate.of(2026, 11, 30));
        assertThat(report.generated()).isEqualTo("Nov 30, 2026, 12:30 AM");
    }

    /**
     * The reports wrote the raw target − current: "2" for two levels to go and "-2" for two above the target, while
     * the matrix says "−2" and "met". The same skill now reads the same in both.
     */
    @Test
    void theGapIsWordedAsTheMatrixWordsIt() {
        PathState state = new PathState(FixturePath.path(), Map.of(), Map.of(
                FixturePath.LANGUAGE.id(), new SkillProgress(FixturePath.LANGUAGE.id(), Level.GUIDED,
                        List.of(new Rating(Level.TEACHES, Instant.parse("2026-03-28T10:00:00Z"), ""))),
                FixturePath.DATABASES.id(), new SkillProgress(FixturePath.DATABASES.id(), Level.TEACHES,
                        List.of(new Rating(Level.AWARE, Instant.parse("2026-03-28T10:00:00Z"), "")))));
        Clock clock = Clock.fixed(Instant.parse("2026-11-29T16:38:00Z"), BERLIN);

        Report english = new ReportBuilder(clock, Locale.ENGLISH).build(state);
        Report german = new ReportBuilder(clock, ReportBuilder.language("de")).build(state);

        assertThat(gapOf(english, FixturePath.LANGUAGE.id())).as("above the target").isEqualTo("met");
        assertThat(gapOf(english, FixturePath.DATABASES.id())).as("three levels to go").isEqualTo("−3");
        assertThat(gapOf(german, FixturePath.LANGUAGE.id())).isEqualTo("erreicht");
    }

    /** The report counts evidence as the matrix does: the ratings with a note, blank ones not. */
    @Test
    void theEvidenceCountIsTheMatrixs() {
        PathState state = new PathState(FixturePath.path(), Map.of(), Map.of(FixturePath.LANGUAGE.id(),
                new SkillProgress(FixturePath.LANGUAGE.id(), null, List.of(
                        new Rating(Level.AWARE, Instant.parse("2026-03-28T10:00:00Z"), "Read the tutorial"),
                        new Rating(Level.GUIDED, Instant.parse("2026-04-28T10:00:00Z"), " "),
                        new Rating(Level.INDEPENDENT, Instant.parse("2026-05-28T10:00:00Z"), "Shipped a CLI")))));
        Clock clock = Clock.fixed(Instant.parse("2026-11-29T16:38:00Z"), BERLIN);

        Report report = new ReportBuilder(clock, Locale.ENGLISH).build(state);

        assertThat(report.skills()).filteredOn(skill -> skill.id().equals(FixturePath.LANGUAGE.id()))
                .singleElement().extracting(skill -> skill.evidenceCount())
                .isEqualTo(state.standingOf(FixturePath.LANGUAGE).evidenceCount()).isEqualTo(2);
        assertThat(report.skills()).filteredOn(skill -> skill.id().equals(FixturePath.DATABASES.id()))
                .singleElement().extracting(skill -> skill.evidenceCount()).isEqualTo(0);
    }

    private static String gapOf(Report report, String skillId) {
        return report.skills().stream().filter(skill -> skill.id().equals(skillId)).findFirst().orElseThrow().gapText();
    }

    @Test
    void aGermanLearnerGetsGermanWordsAndDates() {
        Clock clock = Clock.fixed(Instant.parse("2026-11-29T16:38:00Z"), BERLIN);

        Report report = new ReportBuilder(clock, ReportBuilder.language("de")).build(PathState.fresh(FixturePath.path()));

        assertThat(report.generated()).isEqualTo("29.11.2026, 17:38");
        assertThat(report.overallSummary()).isEqualTo("0 von 8 erledigt");
        assertThat(report.levelNames()).startsWith("Noch nicht");
        assertThat(report.skills().get(0).targetText()).startsWith("3 ");
        assertThat(ReportBuilder.language("fr")).isEqualTo(Locale.ENGLISH);
        assertThat(ReportBuilder.language(null)).isEqualTo(Locale.ENGLISH);
    }

    @Test
    void theReportsPlanLineStartsOnTheDayThePathBeganAsTheTimelinesDoes() {
        Clock clock = Clock.fixed(Instant.parse("2026-03-20T12:00:00Z"), ZoneId.of("UTC"));
        LocalDate began = LocalDate.of(2026, 3, 2);
        Milestone week = new Milestone("week-2", "Week 2", LocalDate.of(2026, 3, 16),
                List.of(FixturePath.LEARN_LANGUAGE, FixturePath.LEARN_SQL));
        PathState state = PathState.fresh(MilestoneEdits.addMilestone(FixturePath.path(), week));

        Report report = new ReportBuilder(clock, Locale.ENGLISH).build(state,
                Timeline.of(state, began, LocalDate.of(2026, 3, 20)), List.of());

        assertThat(report.burnUp().plan()).containsExactly(new PlanPoint(began, 0),
                new PlanPoint(LocalDate.of(2026, 3, 16), 2));
    }
}

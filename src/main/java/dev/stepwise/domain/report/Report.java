package dev.stepwise.domain.report;

import dev.stepwise.domain.Progress;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Everything a progress report shows, as plain data: what a student hands an instructor. Built once from a path's
 * state ({@code dev.stepwise.service.ReportBuilder}) with every word already in the learner's language and every
 * date in the learner's time zone, so the writers (HTML, Markdown, CSV, the matrix image) are pure functions of it and
 * all say the same thing.
 *
 * <p>Milestones and study time are parts of the report from the start, empty until their data exists; a writer shows
 * a part only when it is not empty.
 *
 * @param locale the learner's language, for a writer that must name it (the HTML {@code lang} attribute)
 * @param generatedOn the learner's day when the report was made
 * @param generated when it was made, in words ("Nov 29, 2026, 5:38 PM")
 * @param overallSummary "5 of 9 done · 1 skipped", in the learner's language
 * @param levelNames the names of the levels 0–4 ("Not yet" … "Teaches"), by value, for the matrix's column heads
 */
public record Report(
        Locale locale,
        ReportWords words,
        List<String> levelNames,
        String pathId,
        String title,
        String tagline,
        LocalDate generatedOn,
        String generated,
        Progress overall,
        String overallSummary,
        List<ReportSection> sections,
        List<ReportSkill> skills,
        List<ReportSelfCheck> selfChecks,
        List<ReportMilestone> milestones,
        StudyTime studyTime,
        ReportBurnUp burnUp) {

    public Report {
        Objects.requireNonNull(locale, "locale");
        Objects.requireNonNull(words, "words");
        levelNames = List.copyOf(levelNames);
        Objects.requireNonNull(pathId, "pathId");
        Objects.requireNonNull(title, "title");
        tagline = tagline == null ? "" : tagline;
        Objects.requireNonNull(generatedOn, "generatedOn");
        Objects.requireNonNull(generated, "generated");
        Objects.requireNonNull(overall, "overall");
        Objects.requireNonNull(overallSummary, "overallSummary");
        sections = List.copyOf(sections);
        skills = List.copyOf(skills);
        selfChecks = List.copyOf(selfChecks);
        milestones = List.copyOf(milestones);
        studyTime = studyTime == null ? StudyTime.NONE : studyTime;
        burnUp = burnUp == null ? ReportBurnUp.NONE : burnUp;
    }

    /** The same report with the milestones' part filled in (by the milestones' builder, once they exist). */
    public Report withMilestones(List<ReportMilestone> rows) {
        return new Report(locale, words, levelNames, pathId, title, tagline, generatedOn, generated, overall,
                overallSummary, sections, skills, selfChecks, rows, studyTime, burnUp);
    }

    /** The same report with the study-time part filled in (by the study-time builder, once it exists). */
    public Report withStudyTime(StudyTime time) {
        return new Report(locale, words, levelNames, pathId, title, tagline, generatedOn, generated, overall,
                overallSummary, sections, skills, selfChecks, milestones, time, burnUp);
    }

    /** The same report with items done over time, for its burn-up picture. */
    public Report withBurnUp(ReportBurnUp line) {
        return new Report(locale, words, levelNames, pathId, title, tagline, generatedOn, generated, overall,
                overallSummary, sections, skills, selfChecks, milestones, studyTime, line);
    }

    /** The text for a fixed part of the report (a heading, a column), in the learner's language. */
    public String word(ReportWords.Word word) {
        return words.get(word);
    }

    /** How many rows the writers go through: what their progress counts up to. */
    public int rowCount() {
        int items = sections.stream().mapToInt(section -> section.items().size()).sum();
        int ratings = skills.stream().mapToInt(skill -> skill.history().size()).sum();
        return items + skills.size() + ratings + selfChecks.size() + milestones.size() + studyTime.rowCount();
    }
}

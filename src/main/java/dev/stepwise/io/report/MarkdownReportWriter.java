package dev.stepwise.io.report;

import static dev.stepwise.io.report.Escapes.markdown;

import dev.stepwise.domain.report.Report;
import dev.stepwise.domain.report.ReportItem;
import dev.stepwise.domain.report.ReportMilestone;
import dev.stepwise.domain.report.ReportRating;
import dev.stepwise.domain.report.ReportSection;
import dev.stepwise.domain.report.ReportSelfCheck;
import dev.stepwise.domain.report.ReportSkill;
import dev.stepwise.domain.report.ReportWords.Word;
import dev.stepwise.domain.report.StudyTime;
import java.text.NumberFormat;
import java.util.Arrays;
import java.util.List;

/**
 * A report as Markdown (CommonMark with GitHub's tables): for a portfolio's README, a wiki page or a message to an
 * instructor. Every text from the learner or the path is escaped ({@link Escapes#markdown}), so a title with a
 * {@code |} cannot break a table and one with {@code *} or {@code #} cannot restyle the page.
 */
final class MarkdownReportWriter {
    private final Report report;
    private final ReportProgress progress;
    private final StringBuilder out = new StringBuilder(8_192);

    private MarkdownReportWriter(Report report, ReportProgress progress) {
        this.report = report;
        this.progress = progress;
    }

    static String write(Report report, ReportProgress progress) {
        return new MarkdownReportWriter(report, progress).document();
    }

    private String document() {
        out.append("# ").append(markdown(report.title())).append("\n\n");
        if (!report.tagline().isBlank()) {
            out.append('*').append(markdown(report.tagline())).append("*\n\n");
        }
        out.append(markdown(report.word(Word.REPORT_TITLE))).append(" · ").append(markdown(report.word(Word.GENERATED)))
                .append(' ').append(markdown(report.generated())).append("\n\n");
        heading(2, report.word(Word.OVERALL));
        out.append("**").append(markdown(NumberFormat.getPercentInstance(report.locale())
                .format(report.overall().percent() / 100.0))).append("** · ").append(markdown(report.overallSummary()))
                .append("\n\n");
        checklist();
        skills();
        selfCheck();
        milestones();
        studyTime();
        return out.toString();
    }

    private void checklist() {
        heading(2, report.word(Word.CHECKLIST));
        for (ReportSection section : report.sections()) {
            heading(3, section.title() + " (" + section.summary() + ")");
            header(Word.ITEM, Word.STATUS, Word.STARTED, Word.DONE, Word.SUB_STEPS, Word.NOTE);
            for (ReportItem item : section.items()) {
                row(item.title(), item.statusText(), item.startedText(), item.doneText(), item.subSteps(), item.note());
            }
            out.append('\n');
        }
    }

    private void skills() {
        heading(2, report.word(Word.SKILLS));
        header(Word.SKILL, Word.CATEGORY, Word.CURRENT, Word.TARGET, Word.GAP, Word.LINKED_ITEMS, Word.EVIDENCE);
        for (ReportSkill skill : report.skills()) {
            row(skill.name(), skill.category(), skill.currentText(), skill.targetText(), skill.gapText(),
                    skill.linkedItems(), Integer.toString(skill.evidenceCount()));
        }
        out.append('\n');
        heading(3, report.word(Word.RATING_HISTORY));
        if (report.skills().stream().allMatch(skill -> skill.history().isEmpty())) {
            out.append(markdown(report.word(Word.NO_RATINGS))).append("\n\n");
            return;
        }
        header(Word.SKILL, Word.RATED, Word.LEVEL, Word.NOTE);
        for (ReportSkill skill : report.skills()) {
            for (ReportRating rating : skill.history()) {
                row(skill.name(), rating.ratedText(), rating.levelText(), rating.note());
            }
        }
        out.append('\n');
    }

    private void selfCheck() {
        if (report.selfChecks().isEmpty()) {
            return;
        }
        heading(2, report.word(Word.SELF_CHECK));
        header(Word.STATEMENT, Word.ANSWER);
        for (ReportSelfCheck check : report.selfChecks()) {
            row(check.statement(), check.answerText());
        }
        out.append('\n');
    }

    private void milestones() {
        if (report.milestones().isEmpty()) {
            return;
        }
        heading(2, report.word(Word.MILESTONES));
        header(Word.MILESTONE, Word.DUE, Word.PROGRESS, Word.ON_TRACK);
        for (ReportMilestone milestone : report.milestones()) {
            row(milestone.title(), milestone.dueText(), milestone.summary(), milestone.onTrackText());
        }
        out.append('\n');
    }

    private void studyTime() {
        StudyTime time = report.studyTime();
        if (time.isEmpty()) {
            return;
        }
        heading(2, report.word(Word.STUDY_TIME));
        minutes(Word.PER_WEEK, time.perWeek());
        minutes(Word.PER_SECTION, time.perSection());
        minutes(Word.PER_ITEM, time.perItem());
    }

    private void minutes(Word heading, List<StudyTime.Minutes> rows) {
        if (rows.isEmpty()) {
            return;
        }
        heading(3, report.word(heading));
        header(heading, Word.MINUTES);
        NumberFormat number = NumberFormat.getIntegerInstance(report.locale());
        rows.forEach(entry -> row(entry.label(), number.format(entry.minutes())));
        out.append('\n');
    }

    private void heading(int level, String text) {
        out.append("#".repeat(level)).append(' ').append(markdown(text)).append("\n\n");
    }

    private void header(Word... columns) {
        out.append('|');
        for (Word column : columns) {
            out.append(' ').append(markdown(report.word(column))).append(" |");
        }
        out.append("\n|").append(" --- |".repeat(columns.length)).append('\n');
    }

    /** One table row; counts as one row of progress. */
    private void row(String... cells) {
        out.append('|');
        Arrays.stream(cells).forEach(cell -> out.append(' ').append(markdown(cell)).append(" |"));
        out.append('\n');
        progress.row();
    }
}

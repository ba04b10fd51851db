package dev.stepwise.io.report;

import static dev.stepwise.io.report.Escapes.html;
import static dev.stepwise.io.report.Escapes.htmlLines;

import dev.stepwise.domain.report.Report;
import dev.stepwise.domain.report.ReportItem;
import dev.stepwise.domain.report.ReportMilestone;
import dev.stepwise.domain.report.ReportRating;
import dev.stepwise.domain.report.ReportSection;
import dev.stepwise.domain.report.ReportSelfCheck;
import dev.stepwise.domain.report.ReportSkill;
import dev.stepwise.domain.report.ReportWords.Word;
import dev.stepwise.domain.report.StudyTime;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.NumberFormat;
import java.util.List;

/**
 * A report as one self-contained HTML page: the style sheet is inside it and nothing is loaded from anywhere, so it
 * opens the same offline, attached to a mail or years later. It prints to PDF from any browser: light backgrounds,
 * each part after the summary on a page of its own, table heads repeated on every page. Every text from the learner or
 * the path is escaped ({@link Escapes#html}).
 */
final class HtmlReportWriter {
    private static final String CSS = loadCss();

    private final Report report;
    private final ReportProgress progress;
    private final StringBuilder out = new StringBuilder(16_384);

    private HtmlReportWriter(Report report, ReportProgress progress) {
        this.report = report;
        this.progress = progress;
    }

    static String write(Report report, ReportProgress progress) {
        return new HtmlReportWriter(report, progress).page();
    }

    private String page() {
        out.append("<!DOCTYPE html>\n<html lang=\"").append(html(report.locale().toLanguageTag())).append("\">\n<head>\n")
                .append("<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>").append(html(report.word(Word.REPORT_TITLE) + " — " + report.title())).append("</title>\n")
                .append("<style>\n").append(CSS).append("</style>\n</head>\n<body>\n");
        header();
        checklist();
        skills();
        selfCheck();
        milestones();
        studyTime();
        out.append("</body>\n</html>\n");
        return out.toString();
    }

    private void header() {
        out.append("<header>\n<h1>").append(html(report.title())).append("</h1>\n");
        if (!report.tagline().isBlank()) {
            out.append("<p class=\"tagline\">").append(html(report.tagline())).append("</p>\n");
        }
        out.append("<p class=\"meta\">").append(html(report.word(Word.REPORT_TITLE))).append(" · ")
                .append(html(report.word(Word.GENERATED))).append(' ').append(html(report.generated())).append("</p>\n")
                .append("</header>\n<section class=\"summary\">\n<h2>").append(html(report.word(Word.OVERALL)))
                .append("</h2>\n<div class=\"overall\"><span class=\"percent\">")
                .append(html(NumberFormat.getPercentInstance(report.locale()).format(report.overall().percent() / 100.0)))
                .append("</span><div class=\"bar\"><span style=\"width: ").append(report.overall().percent())
                .append("%\"></span></div></div>\n<p>").append(html(report.overallSummary())).append("</p>\n</section>\n");
    }

    private void checklist() {
        open(Word.CHECKLIST);
        for (ReportSection section : report.sections()) {
            out.append("<h3>").append(html(section.title())).append("<span class=\"count\">")
                    .append(html(section.summary())).append("</span></h3>\n");
            out.append("<table class=\"items\">\n");
            columns(Word.ITEM, Word.STATUS, Word.STARTED, Word.DONE, Word.SUB_STEPS, Word.NOTE);
            for (ReportItem item : section.items()) {
                out.append("<tr><td>").append(html(item.title())).append("</td><td class=\"status status-")
                        .append(item.status().name()).append("\">").append(html(item.statusText())).append("</td>")
                        .append("<td class=\"date\">").append(html(item.startedText())).append("</td>")
                        .append("<td class=\"date\">").append(html(item.doneText())).append("</td>")
                        .append("<td>").append(html(item.subSteps())).append("</td>")
                        .append("<td class=\"note\">").append(htmlLines(item.note())).append("</td></tr>\n");
                progress.row();
            }
            out.append("</tbody>\n</table>\n");
        }
        out.append("</section>\n");
    }

    private void skills() {
        open(Word.SKILLS);
        out.append("<table>\n<thead><tr>").append(th(Word.SKILL)).append(th(Word.CATEGORY)).append(th(Word.CURRENT))
                .append(th(Word.TARGET)).append("<th class=\"number\">").append(html(report.word(Word.GAP)))
                .append("</th>").append(th(Word.LINKED_ITEMS)).append("<th class=\"number\">")
                .append(html(report.word(Word.EVIDENCE))).append("</th></tr></thead>\n<tbody>\n");
        for (ReportSkill skill : report.skills()) {
            out.append("<tr><td>").append(html(skill.name())).append("</td><td>").append(html(skill.category()))
                    .append("</td><td>").append(html(skill.currentText())).append("</td><td>")
                    .append(html(skill.targetText())).append("</td><td class=\"number")
                    .append(skill.gap() > 0 ? " gap-open" : "").append("\">").append(html(skill.gapText())).append("</td><td>")
                    .append(html(skill.linkedItems())).append("</td><td class=\"number\">").append(skill.evidenceCount())
                    .append("</td></tr>\n");
            progress.row();
        }
        out.append("</tbody>\n</table>\n<h3>").append(html(report.word(Word.RATING_HISTORY))).append("</h3>\n");
        if (report.skills().stream().allMatch(skill -> skill.history().isEmpty())) {
            out.append("<p>").append(html(report.word(Word.NO_RATINGS))).append("</p>\n");
        } else {
            tableHead(Word.SKILL, Word.RATED, Word.LEVEL, Word.NOTE);
            for (ReportSkill skill : report.skills()) {
                for (ReportRating rating : skill.history()) {
                    out.append("<tr><td>").append(html(skill.name())).append("</td><td class=\"date\">")
                            .append(html(rating.ratedText())).append("</td><td>").append(html(rating.levelText()))
                            .append("</td><td class=\"note\">").append(htmlLines(rating.note())).append("</td></tr>\n");
                    progress.row();
                }
            }
            out.append("</tbody>\n</table>\n");
        }
        out.append("</section>\n");
    }

    private void selfCheck() {
        if (report.selfChecks().isEmpty()) {
            return;
        }
        open(Word.SELF_CHECK);
        tableHead(Word.STATEMENT, Word.ANSWER);
        for (ReportSelfCheck check : report.selfChecks()) {
            out.append("<tr><td>").append(html(check.statement())).append("</td><td>").append(html(check.answerText()))
                    .append("</td></tr>\n");
            progress.row();
        }
        out.append("</tbody>\n</table>\n</section>\n");
    }

    private void milestones() {
        if (report.milestones().isEmpty()) {
            return;
        }
        open(Word.MILESTONES);
        tableHead(Word.MILESTONE, Word.DUE, Word.PROGRESS, Word.ON_TRACK);
        for (ReportMilestone milestone : report.milestones()) {
            out.append("<tr><td>").append(html(milestone.title())).append("</td><td class=\"date\">")
                    .append(html(milestone.dueText())).append("</td><td>").append(html(milestone.summary()))
                    .append("</td><td>").append(html(milestone.onTrackText())).append("</td></tr>\n");
            progress.row();
        }
        out.append("</tbody>\n</table>\n</section>\n");
    }

    private void studyTime() {
        StudyTime time = report.studyTime();
        if (time.isEmpty()) {
            return;
        }
        open(Word.STUDY_TIME);
        minutes(Word.PER_WEEK, time.perWeek());
        minutes(Word.PER_SECTION, time.perSection());
        minutes(Word.PER_ITEM, time.perItem());
        out.append("</section>\n");
    }

    private void minutes(Word heading, List<StudyTime.Minutes> rows) {
        if (rows.isEmpty()) {
            return;
        }
        out.append("<h3>").append(html(report.word(heading))).append("</h3>\n<table>\n<thead><tr>")
                .append(th(heading)).append("<th class=\"number\">").append(html(report.word(Word.MINUTES)))
                .append("</th></tr></thead>\n<tbody>\n");
        NumberFormat number = NumberFormat.getIntegerInstance(report.locale());
        for (StudyTime.Minutes row : rows) {
            out.append("<tr><td>").append(html(row.label())).append("</td><td class=\"number\">")
                    .append(html(number.format(row.minutes()))).append("</td></tr>\n");
            progress.row();
        }
        out.append("</tbody>\n</table>\n");
    }

    /** A part of the report that starts a new page when printed. */
    private void open(Word heading) {
        out.append("<section class=\"page\">\n<h2>").append(html(report.word(heading))).append("</h2>\n");
    }

    private void tableHead(Word... columns) {
        out.append("<table>\n");
        columns(columns);
    }

    private void columns(Word... columns) {
        out.append("<thead><tr>");
        for (Word column : columns) {
            out.append(th(column));
        }
        out.append("</tr></thead>\n<tbody>\n");
    }

    private String th(Word column) {
        return "<th>" + html(report.word(column)) + "</th>";
    }

    private static String loadCss() {
        try (InputStream in = HtmlReportWriter.class.getResourceAsStream("report.css")) {
            if (in == null) {
                throw new IllegalStateException("report.css is missing from the build");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

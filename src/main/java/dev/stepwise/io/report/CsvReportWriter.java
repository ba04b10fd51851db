package dev.stepwise.io.report;

import static dev.stepwise.io.report.Escapes.csvText;

import dev.stepwise.domain.report.Report;
import dev.stepwise.domain.report.ReportItem;
import dev.stepwise.domain.report.ReportMilestone;
import dev.stepwise.domain.report.ReportRating;
import dev.stepwise.domain.report.ReportSection;
import dev.stepwise.domain.report.ReportSelfCheck;
import dev.stepwise.domain.report.ReportSkill;
import dev.stepwise.domain.report.StudyTime;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * A report as one CSV table for spreadsheets and scripts (RFC 4180 via commons-csv: CRLF line ends, fields with
 * commas, quotes or line breaks quoted).
 *
 * <p>One file, not one per table: the command line and the window write one file, and a spreadsheet filters one table
 * by its first column. The {@code table} column says what a row is:
 * <ul>
 * <li>{@code item}: group = section, id, title, status, started, done, minutes (study time, when logged), note</li>
 * <li>{@code skill}: group = category, id, title = name, current, target, gap (target − current)</li>
 * <li>{@code rating}: group = category, id = the skill's, title = its name, level, rated_at, note — the history</li>
 * <li>{@code self_check}: id, title = statement, status = answer</li>
 * <li>{@code milestone}: title, due, progress ("done of counted": written "2/3", a spreadsheet took it for a date,
 * the 3rd of February), on_track</li>
 * <li>{@code study_week}, {@code study_section}: id = week or section, title, minutes</li>
 * </ul>
 * Column names, statuses ({@code DONE}), answers ({@code AGREE}) and levels (0–4) are fixed codes, not the learner's
 * words, so an instructor can put together the files of students who work in different languages; dates are ISO
 * ({@code 2026-11-29}, times {@code 2026-11-29T17:38} in the learner's zone). The file starts with a UTF-8 byte-order
 * mark: without it Excel reads UTF-8 as the machine's code page and garbles every non-ASCII title.
 */
final class CsvReportWriter {
    static final List<String> COLUMNS = List.of("table", "group", "id", "title", "status", "started", "done", "due",
            "progress", "on_track", "minutes", "current", "target", "gap", "level", "rated_at", "note");
    private static final DateTimeFormatter RATED_AT = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm");

    private final Report report;
    private final ReportProgress progress;
    private final CSVPrinter printer;

    private CsvReportWriter(Report report, ReportProgress progress, StringBuilder out) throws IOException {
        this.report = report;
        this.progress = progress;
        this.printer = new CSVPrinter(out, CSVFormat.RFC4180);
    }

    static String write(Report report, ReportProgress progress) {
        StringBuilder out = new StringBuilder(8_192).append('\uFEFF');
        try {
            new CsvReportWriter(report, progress, out).rows();
        } catch (IOException e) {
            // A StringBuilder does not fail; commons-csv declares it for every Appendable.
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private void rows() throws IOException {
        printer.printRecord(COLUMNS);
        Map<String, Long> minutes = report.studyTime().byItem();
        for (ReportSection section : report.sections()) {
            for (ReportItem item : section.items()) {
                Long logged = minutes.get(item.id());
                print(new Row("item").group(section.title()).id(item.id()).title(item.title())
                        .set("status", item.status().name()).set("started", iso(item.startedOn()))
                        .set("done", iso(item.doneOn())).set("minutes", logged == null ? "" : logged.toString())
                        .text("note", item.note()));
            }
        }
        for (ReportSkill skill : report.skills()) {
            print(new Row("skill").group(skill.category()).id(skill.id()).title(skill.name())
                    .set("current", Integer.toString(skill.current().value()))
                    .set("target", Integer.toString(skill.target().value())).set("gap", Integer.toString(skill.gap())));
        }
        for (ReportSkill skill : report.skills()) {
            for (ReportRating rating : skill.history()) {
                print(new Row("rating").group(skill.category()).id(skill.id()).title(skill.name())
                        .set("level", Integer.toString(rating.level().value()))
                        .set("rated_at", RATED_AT.format(rating.ratedAt())).text("note", rating.note()));
            }
        }
        for (ReportSelfCheck check : report.selfChecks()) {
            print(new Row("self_check").id(check.id()).title(check.statement())
                    .set("status", check.answer() == null ? "" : check.answer().name()));
        }
        for (ReportMilestone milestone : report.milestones()) {
            print(new Row("milestone").title(milestone.title()).set("due", iso(milestone.due()))
                    .set("progress", milestone.progress().done() + " of " + milestone.progress().counted())
                    .set("on_track", Boolean.toString(milestone.onTrack())));
        }
        for (StudyTime.Minutes week : report.studyTime().perWeek()) {
            print(new Row("study_week").id(week.key()).title(week.label()).set("minutes", Long.toString(week.minutes())));
        }
        for (StudyTime.Minutes section : report.studyTime().perSection()) {
            print(new Row("study_section").id(section.key()).title(section.label())
                    .set("minutes", Long.toString(section.minutes())));
        }
        printer.flush();
    }

    private void print(Row row) throws IOException {
        printer.printRecord(Arrays.asList(row.cells));
        progress.row();
    }

    private static String iso(LocalDate day) {
        return day == null ? "" : day.toString();
    }

    /** One record, filled by column name; text someone typed goes through {@link Escapes#csvText}. */
    private static final class Row {
        private final String[] cells = new String[COLUMNS.size()];

        Row(String table) {
            Arrays.fill(cells, "");
            cells[0] = table;
        }

        Row group(String value) {
            return text("group", value);
        }

        Row id(String value) {
            return text("id", value);
        }

        Row title(String value) {
            return text("title", value);
        }

        Row text(String column, String value) {
            return set(column, csvText(value));
        }

        Row set(String column, String value) {
            int index = COLUMNS.indexOf(column);
            if (index < 0) {
                throw new IllegalArgumentException("no column " + column);
            }
            cells[index] = value;
            return this;
        }
    }
}

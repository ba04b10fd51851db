package dev.stepwise.io.report;

import dev.stepwise.domain.report.Report;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The forms a progress report can be written in, each with the file extension the command line and window use. */
public enum ReportFormat {
    HTML("html", "html", "-report"),
    MARKDOWN("md", "md", "-report"),
    CSV("csv", "csv", "-report"),
    /** The skills matrix alone, as a picture. */
    MATRIX_PNG("png", "png", "-report"),
    /** Items done over time against the milestones' plan, as a picture. */
    BURN_UP_PNG("burnup", "png", "-burn-up");

    private final String name;
    private final String extension;
    private final String suffix;

    ReportFormat(String name, String extension, String suffix) {
        this.name = name;
        this.extension = extension;
        this.suffix = suffix;
    }

    /** How the command line names it: html, md, csv, png (the matrix) or burnup. */
    public String cliName() {
        return name;
    }

    public String extension() {
        return extension;
    }

    /** The file a path's report is offered as: "backend-engineer-report.html", "backend-engineer-burn-up.png". */
    public String fileName(String pathId) {
        return pathId + suffix + "." + extension;
    }

    /** A picture: bytes for a file, never text for standard output. */
    public boolean isImage() {
        return this == MATRIX_PNG || this == BURN_UP_PNG;
    }

    /** The format a command line names ("html", "md", "csv", "png", "burnup"), in any case. */
    public static Optional<ReportFormat> byName(String name) {
        String wanted = name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(format -> format.name.equals(wanted)).findFirst();
    }

    /**
     * The report as the file's bytes (text in UTF-8). Pure: the same report gives the same bytes.
     *
     * @throws java.util.concurrent.CancellationException when {@code progress} cancels
     */
    public byte[] render(Report report, ReportProgress progress) {
        return switch (this) {
            case HTML -> HtmlReportWriter.write(report, progress).getBytes(StandardCharsets.UTF_8);
            case MARKDOWN -> MarkdownReportWriter.write(report, progress).getBytes(StandardCharsets.UTF_8);
            case CSV -> CsvReportWriter.write(report, progress).getBytes(StandardCharsets.UTF_8);
            case MATRIX_PNG -> MatrixImageWriter.write(report, progress);
            case BURN_UP_PNG -> BurnUpImageWriter.write(report, progress);
        };
    }
}

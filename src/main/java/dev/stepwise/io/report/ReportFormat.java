package dev.stepwise.io.report;

import dev.stepwise.domain.report.Report;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The forms a progress report can be written in, each with the file extension the command line and window use. */
public enum ReportFormat {
    HTML("html"),
    MARKDOWN("md"),
    CSV("csv"),
    /** The skills matrix alone, as a picture. */
    MATRIX_PNG("png");

    private final String extension;

    ReportFormat(String extension) {
        this.extension = extension;
    }

    public String extension() {
        return extension;
    }

    /** The format a command line names by its extension ("html", "md", "csv", "png"), in any case. */
    public static Optional<ReportFormat> byExtension(String name) {
        String wanted = name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(format -> format.extension.equals(wanted)).findFirst();
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
        };
    }
}

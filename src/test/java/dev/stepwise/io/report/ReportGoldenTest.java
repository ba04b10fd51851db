package dev.stepwise.io.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stepwise.domain.report.Report;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The reports of one fixed path with fixed progress on a fixed clock, compared byte for byte with the files in
 * {@code src/test/resources/dev/stepwise/io/report/golden/}. A deliberate change to a writer or a text rewrites them:
 * {@code mvn -o surefire:test -Dtest=ReportGoldenTest -Dgolden.update=true}, then read the diff before committing it.
 */
class ReportGoldenTest {
    private static final Path GOLDEN = Path.of("src/test/resources/dev/stepwise/io/report/golden");

    @ParameterizedTest
    @CsvSource({"HTML, en, fixture-report.html", "MARKDOWN, en, fixture-report.md", "CSV, en, fixture-report.csv",
        "MARKDOWN, de, fixture-report.de.md", "HTML, de, fixture-report.de.html"})
    void theReportIsExactlyTheGoldenFile(ReportFormat format, String language, String golden) throws IOException {
        Report report = ReportFixture.report(Locale.forLanguageTag(language));
        String written = new String(format.render(report, ReportProgress.NONE), StandardCharsets.UTF_8);
        if (Boolean.getBoolean("golden.update")) {
            Files.writeString(GOLDEN.resolve(golden), written, StandardCharsets.UTF_8);
        }
        assertThat(written).isEqualTo(read(golden));
    }

    /** From the source folder (Maven runs tests in the project folder), so an update is read back at once. */
    private static String read(String name) throws IOException {
        Path file = GOLDEN.resolve(name);
        assertThat(file).as("golden file (write it with -Dgolden.update=true)").exists();
        return Files.readString(file, StandardCharsets.UTF_8);
    }
}

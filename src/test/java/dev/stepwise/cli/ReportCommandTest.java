package dev.stepwise.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stepwise.domain.ItemStatus;
import dev.stepwise.domain.Level;
import dev.stepwise.fixtures.FixturePath;
import dev.stepwise.io.report.ReportFormat;
import dev.stepwise.service.Stepwise;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Collectors;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code report PATH_ID --format … --out FILE} end to end: picocli, a real SQLite file, the file written. */
class ReportCommandTest {
    @TempDir
    Path dir;

    private CliRunner cli;

    @BeforeEach
    void setUp() {
        cli = new CliRunner(dir.resolve("data"));
        cli.run("list").succeeded();
        try (Stepwise stepwise = CliRunner.open(cli.databaseFile())) {
            stepwise.progress().setStatus(FixturePath.ID, FixturePath.LEARN_SQL, ItemStatus.DONE);
            stepwise.progress().saveNote(FixturePath.ID, FixturePath.LEARN_SQL, "=1+1 <b>bold</b>");
            stepwise.progress().rate(FixturePath.ID, FixturePath.DATABASES.id(), Level.GUIDED, "");
        }
    }

    @Test
    void eachTextFormatIsWrittenFromTheStoredProgress() throws IOException {
        Path html = dir.resolve("report.html");
        var result = cli.run("report", FixturePath.ID, "--format", "html", "--out", html.toString()).succeeded();
        assertThat(result.out()).isEqualTo("Wrote the html report on " + FixturePath.ID + " to " + html + "\n");
        assertThat(Files.readString(html)).startsWith("<!DOCTYPE html>").contains("<h1>Fixture Engineer</h1>",
                "1 of 8 done", "=1+1 &lt;b&gt;bold&lt;/b&gt;", "Made on May 4, 2026, 10:00 AM");

        Path markdown = dir.resolve("report.md");
        cli.run("report", FixturePath.ID, "--format", "MD", "--out", markdown.toString()).succeeded();
        assertThat(Files.readString(markdown)).startsWith("# Fixture Engineer\n")
                .contains("| Learn SQL and design databases | Done | ", "| Databases | Technical | 2 Guided | 3 Independent | −1 |");

        Path csv = dir.resolve("report.csv");
        cli.run("report", FixturePath.ID, "--format", "csv", "--out", csv.toString()).succeeded();
        assertThat(Files.readString(csv, StandardCharsets.UTF_8))
                .contains("item,Steps,learn-sql,Learn SQL and design databases,DONE,,2026-05-04,", ",'=1+1 <b>bold</b>\r\n",
                        "skill,Technical,databases,Databases,,,,,,,,2,3,1,,,\r\n");
    }

    @Test
    void theReportFollowsTheLanguageAskedFor() throws IOException {
        var result = cli.run("report", FixturePath.ID, "--format", "md", "--language", "de", "--out", "-").succeeded();
        assertThat(result.out()).contains("Fortschrittsbericht · Erstellt am 04.05.2026, 10:00",
                "| Learn SQL and design databases | Erledigt |");
    }

    @Test
    void withoutALanguageTheReportIsInTheOneChosenInTheWindow() {
        try (Stepwise stepwise = CliRunner.open(cli.databaseFile())) {
            stepwise.preferences().saveLanguage("de");
        }
        assertThat(cli.run("report", FixturePath.ID, "--format", "md", "--out", "-").succeeded().out())
                .contains("## Gesamtfortschritt");
        assertThat(cli.run("report", FixturePath.ID, "--format", "md", "--language", "en", "--out", "-").succeeded().out())
                .contains("## Overall progress");
    }

    @Test
    void theMatrixIsWrittenAsAPicture() throws IOException {
        Path png = dir.resolve("matrix.png");
        cli.run("report", FixturePath.ID, "--format", "png", "--out", png.toString()).succeeded();
        BufferedImage image = ImageIO.read(png.toFile());
        assertThat(image).isNotNull();
        assertThat(image.getWidth()).isGreaterThan(500);
    }

    @Test
    void theBurnUpIsWrittenAsAPicture() throws IOException {
        Path png = dir.resolve("burn-up.png");
        cli.run("report", FixturePath.ID, "--format", "burnup", "--out", png.toString()).succeeded();
        BufferedImage image = ImageIO.read(png.toFile());
        assertThat(image).isNotNull();
        assertThat(image.getWidth()).isEqualTo(2 * 960);
        assertThat(cli.run("report", FixturePath.ID, "--format", "burnup", "--out", "-").failedWith(ExitCodes.USAGE).err())
                .contains("A picture is not written to standard output");
    }

    @Test
    void aFormatItDoesNotKnowIsAUsageErrorAndWritesNothing() {
        Path out = dir.resolve("report.pdf");
        var result = cli.run("report", FixturePath.ID, "--format", "pdf", "--out", out.toString()).failedWith(ExitCodes.USAGE);
        assertThat(result.err()).contains("Unknown report format 'pdf': choose one of: html, md, csv, png, burnup");
        assertThat(out).doesNotExist();
    }

    /** The help listed html, md, csv or png while burnup worked and the refusal offered it: one list for both now. */
    @Test
    void theHelpListsEveryFormatTheRefusalOffers() {
        String formats = Arrays.stream(ReportFormat.values()).map(ReportFormat::cliName).collect(Collectors.joining(", "));

        String help = cli.runExactly("report", "--help").succeeded().out().replaceAll("\\s+", " ");
        String refusal = cli.run("report", FixturePath.ID, "--format", "pdf", "--out", "-").failedWith(ExitCodes.USAGE).err();

        assertThat(help).contains("--format=FORMAT one of: " + formats + " ");
        assertThat(refusal).contains("choose one of: " + formats + " (see");
    }

    @Test
    void missingFormatUnknownLanguageAndAPictureOnStandardOutputAreRefused() {
        Path out = dir.resolve("report.html");
        cli.run("report", FixturePath.ID, "--out", out.toString()).failedWith(ExitCodes.USAGE);
        assertThat(cli.run("report", FixturePath.ID, "--format", "html", "--language", "fr", "--out", out.toString())
                .failedWith(ExitCodes.USAGE).err()).contains("Unknown language 'fr'");
        assertThat(cli.run("report", FixturePath.ID, "--format", "png", "--out", "-").failedWith(ExitCodes.USAGE).err())
                .contains("A picture is not written to standard output");
        assertThat(out).doesNotExist();
    }

    @Test
    void anUnknownPathIsRefusedAsBadInput() {
        Path out = dir.resolve("report.html");
        var result = cli.run("report", "no-such-path", "--format", "html", "--out", out.toString())
                .failedWith(ExitCodes.BAD_INPUT);
        assertThat(result.err()).contains("no-such-path");
        assertThat(out).doesNotExist();
    }
}

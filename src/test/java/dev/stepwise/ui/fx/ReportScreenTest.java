package dev.stepwise.ui.fx;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stepwise.fixtures.FixturePath;
import dev.stepwise.ui.common.FilePicker;
import dev.stepwise.ui.shell.StatusBarView;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.Node;
import javafx.scene.control.RadioButton;
import javafx.scene.input.KeyCode;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/**
 * File ▸ Export report… driven as the learner would: which report, then the file (the fake picker answers), then the
 * file is there and the status bar says where.
 */
class ReportScreenTest extends AppTestBase {

    @Test
    void aMarkdownReportOfWhatIsTickedIsWrittenWhereTheLearnerSaid() throws IOException {
        shortcut(KeyCode.DIGIT2);
        clickInItemRow(FixturePath.LEARN_SQL, ".status-button");
        assertOnDisk(FixturePath.LEARN_SQL, "DONE");
        Path report = dataDir.resolve("my report.md");
        files.next(report);

        clickFileMenuItem("#export-report");
        waitUntil(() -> shown("#report-format-md"));
        assertThat(this.<RadioButton>node("#report-format-html").isSelected())
                .as("the web page is the default").isTrue();
        robot.clickOn("#report-format-md");
        robot.clickOn("#report-format-next");

        waitUntil(() -> Files.exists(report));
        assertThat(files.asked()).containsExactly(new GivenFiles.Question("Export report",
                FilePicker.Kind.REPORT_MARKDOWN, FixturePath.ID + "-report.md"));
        assertThat(Files.readString(report)).startsWith("# " + FixturePath.TITLE + "\n")
                .contains("| Learn SQL and design databases | Done |", "1 of 8 done");
        waitUntil(() -> this.<StatusBarView>node("#status-bar").getText()
                .equals("Saved · Report written to " + report.toAbsolutePath()));
    }

    @Test
    void theMatrixPictureComesFromThePathsOwnMenu() throws IOException {
        Path picture = dataDir.resolve("matrix.png");
        files.next(picture);

        robot.clickOn("#path-actions");
        waitUntil(() -> shown("#path-export-report"));
        robot.clickOn("#path-export-report");
        waitUntil(() -> shown("#report-format-png"));
        robot.clickOn("#report-format-png");
        robot.clickOn("#report-format-next");

        waitUntil(() -> Files.exists(picture));
        BufferedImage image = ImageIO.read(picture.toFile());
        assertThat(image).isNotNull();
        assertThat(image.getWidth()).isGreaterThan(800);
        assertThat(files.asked()).singleElement().extracting(GivenFiles.Question::kind).isEqualTo(FilePicker.Kind.REPORT_PNG);
    }

    @Test
    void cancellingTheChoiceAsksForNoFileAndWritesNothing() throws IOException {
        clickFileMenuItem("#export-report");
        waitUntil(() -> shown("#report-format-cancel"));
        robot.clickOn("#report-format-cancel");
        waitUntil(() -> !shown("#report-format-cancel"));

        assertThat(files.asked()).isEmpty();
        try (var written = Files.list(dataDir)) {
            assertThat(written.map(file -> file.getFileName().toString()))
                    .noneMatch(name -> name.contains("report"));
        }
    }

    private void clickFileMenuItem(String id) {
        robot.clickOn(robot.lookup(".menu-bar .menu").<Node>query());
        waitUntil(() -> shown(id));
        robot.clickOn(id);
    }
}

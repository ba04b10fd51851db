package dev.stepwise.io.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stepwise.domain.DoneOverTime;
import dev.stepwise.domain.PlanPoint;
import dev.stepwise.domain.report.Report;
import dev.stepwise.domain.report.ReportBurnUp;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/** The burn-up as a PNG, decoded again: the done line, the items to do and the plan are drawn in their colours. */
class BurnUpReportImageTest {
    private static final LocalDate START = LocalDate.of(2026, 3, 1);

    private static BufferedImage render(Report report) throws IOException {
        return ImageIO.read(new ByteArrayInputStream(ReportFormat.BURN_UP_PNG.render(report, ReportProgress.NONE)));
    }

    /** Pixels of a colour in the plot, below the title and the legend (the picture is drawn at twice 96 px). */
    private static int pixels(BufferedImage image, int rgb) {
        int found = 0;
        for (int y = 2 * 96; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if ((image.getRGB(x, y) & 0xffffff) == rgb) {
                    found++;
                }
            }
        }
        return found;
    }

    @Test
    void theLinesAreDrawnInTheirColoursAtTwiceTheLayoutSize() throws IOException {
        Report report = ReportFixture.report(Locale.ENGLISH).withBurnUp(new ReportBurnUp(
                List.of(new DoneOverTime.Point(START, 0), new DoneOverTime.Point(START.plusDays(5), 2),
                        new DoneOverTime.Point(START.plusDays(12), 4)), 8,
                List.of(new PlanPoint(START.plusDays(7), 3), new PlanPoint(START.plusDays(28), 8))));

        BufferedImage image = render(report);

        assertThat(image.getWidth()).isEqualTo(2 * 960);
        assertThat(image.getHeight()).isEqualTo(2 * 480);
        assertThat(pixels(image, BurnUpImageWriter.DONE.getRGB() & 0xffffff)).as("the done line").isGreaterThan(500);
        assertThat(pixels(image, BurnUpImageWriter.TOTAL.getRGB() & 0xffffff)).as("the items to do").isGreaterThan(500);
        assertThat(pixels(image, BurnUpImageWriter.PLAN.getRGB() & 0xffffff)).as("the plan and the muted text")
                .isGreaterThan(200);
    }

    @Test
    void aPathWithNothingDoneAndNoPlanIsStillAPictureWithoutADoneLine() throws IOException {
        BufferedImage image = render(ReportFixture.report(Locale.ENGLISH).withBurnUp(new ReportBurnUp(List.of(), 5, List.of())));

        assertThat(image).isNotNull();
        assertThat(pixels(image, BurnUpImageWriter.DONE.getRGB() & 0xffffff)).isZero();
        assertThat(pixels(image, BurnUpImageWriter.TOTAL.getRGB() & 0xffffff)).isGreaterThan(500);
    }
}

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

    /**
     * The plan starts at its first milestone's point, as in the window's chart: the picture drew a ramp from 0 on the
     * first done day to it, a stretch of plan that no milestone asked for.
     */
    @Test
    void thePlanStartsAtTheFirstMilestonesPoint() throws IOException {
        Report report = ReportFixture.report(Locale.ENGLISH).withBurnUp(new ReportBurnUp(
                List.of(new DoneOverTime.Point(START, 0), new DoneOverTime.Point(START.plusDays(40), 2)), 8,
                List.of(new PlanPoint(START.plusDays(60), 3), new PlanPoint(START.plusDays(200), 8))));
        BufferedImage image = render(report);
        // Days run from START to the report's day (Nov 29): the first plan point is 60 of 273 days in.
        int plotLeft = 2 * 64;
        int firstPlanX = plotLeft + (int) (2 * 864 * 60 / 273.0);
        int plan = BurnUpImageWriter.PLAN.getRGB() & 0xffffff;
        int before = 0;
        for (int y = 2 * 96; y < 2 * (480 - 56) - 4; y++) {
            for (int x = plotLeft + 4; x < firstPlanX - 8; x++) {
                if ((image.getRGB(x, y) & 0xffffff) == plan) {
                    before++;
                }
            }
        }

        assertThat(before).as("plan pixels before the first milestone's day").isZero();
        assertThat(pixels(image, plan)).as("the plan itself").isGreaterThan(200);
    }

    /** One milestone is a plan of one point: drawn as a line alone it was nothing, under a legend saying "Plan". */
    @Test
    void aPlanOfOneMilestoneIsAMarkedPoint() throws IOException {
        BufferedImage image = render(ReportFixture.report(Locale.ENGLISH).withBurnUp(new ReportBurnUp(
                List.of(new DoneOverTime.Point(START, 0)), 8, List.of(new PlanPoint(START.plusDays(60), 3)))));
        int plan = BurnUpImageWriter.PLAN.getRGB() & 0xffffff;
        int inPlot = 0;
        for (int y = 2 * 96; y < 2 * (480 - 56) - 4; y++) {
            for (int x = 2 * 64 + 4; x < 2 * (960 - 32); x++) {
                if ((image.getRGB(x, y) & 0xffffff) == plan) {
                    inPlot++;
                }
            }
        }

        assertThat(inPlot).as("the plan's one point, marked").isGreaterThan(40);
    }

    @Test
    void aPathWithNothingDoneAndNoPlanIsStillAPictureWithoutADoneLine() throws IOException {
        BufferedImage image = render(ReportFixture.report(Locale.ENGLISH).withBurnUp(new ReportBurnUp(List.of(), 5, List.of())));

        assertThat(image).isNotNull();
        assertThat(pixels(image, BurnUpImageWriter.DONE.getRGB() & 0xffffff)).isZero();
        assertThat(pixels(image, BurnUpImageWriter.TOTAL.getRGB() & 0xffffff)).isGreaterThan(500);
    }
}

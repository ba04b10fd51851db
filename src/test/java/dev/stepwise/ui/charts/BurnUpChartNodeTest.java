package dev.stepwise.ui.charts;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerLight;
import dev.stepwise.domain.ItemStatus;
import dev.stepwise.domain.PlanPoint;
import dev.stepwise.fixtures.FixturePath;
import dev.stepwise.ui.ViewModelFixture;
import dev.stepwise.ui.common.Scheduler;
import dev.stepwise.ui.common.UiScale;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Application;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.chart.Axis;
import javafx.scene.chart.LineChart;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.StackPane;
import javafx.scene.text.Text;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The burn-up node on its own, in the toolkit: it draws the plan line it is given, and takes it away again. */
class BurnUpChartNodeTest {
    @TempDir
    Path tempDir;
    ViewModelFixture fixture;
    final FxRobot robot = new FxRobot();

    @BeforeAll
    static void toolkit() throws TimeoutException {
        FxToolkit.registerPrimaryStage();
    }

    @BeforeEach
    void open() {
        fixture = ViewModelFixture.open(tempDir);
    }

    @AfterEach
    void close() throws TimeoutException {
        FxToolkit.cleanupStages();
        fixture.close();
    }

    @Test
    void drawsThePlanLineItIsGivenBesideWhatWasDone() throws Exception {
        Shown shown = showBurnUp(720);
        BurnUpViewModel viewModel = shown.viewModel();
        AtomicReference<BurnUpChart> chart = new AtomicReference<>(shown.chart());
        assertThat(chart.get().doneShown()).isEqualTo(1);
        assertThat(chart.get().planPointsShown()).isZero();
        assertThat(robot.lookup(".chart-legend-item").queryAll()).hasSize(2);

        robot.interact(() -> viewModel.setPlan(List.of(new PlanPoint(LocalDate.of(2025, 2, 28), 0),
                new PlanPoint(LocalDate.of(2025, 3, 14), 4), new PlanPoint(LocalDate.of(2025, 3, 28), 8))));

        assertThat(chart.get().planPointsShown()).isEqualTo(3);
        assertThat(robot.lookup(".chart-legend-item").queryAll()).hasSize(3);
        saveForEyes(chart.get());

        robot.interact(() -> viewModel.setPlan(List.of()));
        assertThat(chart.get().planPointsShown()).isZero();
        assertThat(robot.lookup(".chart-legend-item").queryAll()).hasSize(2);
    }

    /** One milestone is a plan of one point: as a line alone it drew nothing, while the legend said "Plan". */
    @Test
    void aPlanOfOneMilestoneIsAMarkedPoint() throws Exception {
        Shown shown = showBurnUp(720);

        robot.interact(() -> shown.viewModel().setPlan(List.of(new PlanPoint(LocalDate.of(2025, 3, 20), 4))));
        WaitForAsyncUtils.waitForFxEvents();

        List<Node> marks = robot.lookup(".chart-line-symbol.default-color2").queryAll().stream()
                .filter(node -> !node.getStyleClass().contains("chart-legend-item-symbol")).toList();
        assertThat(marks).hasSize(1);
        Node mark = marks.get(0);
        assertThat(mark.isVisible()).isTrue();
        assertThat(mark.getBoundsInParent().getWidth()).isGreaterThan(2);
        LineChart<?, ?> chart = robot.lookup("#burn-up-chart").queryAs(LineChart.class);
        Bounds plot = chart.lookup(".chart-plot-background").localToScene(chart.lookup(".chart-plot-background").getBoundsInLocal());
        Bounds at = mark.localToScene(mark.getBoundsInLocal());
        assertThat(plot.contains(at.getCenterX(), at.getCenterY())).as("on the plot, at its day and count").isTrue();
    }

    /** A plan from none done on the first day to eight done on the last: the span is what the day axis labels. */
    private void planEightItems(BurnUpViewModel viewModel, LocalDate first, LocalDate last) {
        robot.interact(() -> viewModel.setPlan(List.of(new PlanPoint(first, 0), new PlanPoint(last, 8))));
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void labelsItsDaysOnTheCalendarAndShowsEveryLabel() throws Exception {
        BurnUpViewModel viewModel = showBurnUp(720).viewModel();
        // A term's plan, late February to the end of July: ticks every 25 days read "2/20/25, 4/1/25, 5/11/25…".
        planEightItems(viewModel, LocalDate.of(2025, 2, 20), LocalDate.of(2025, 7, 31));

        assertThat(dayLabels().stream().map(DayLabel::text)).containsExactly("Mar 2025", "Apr", "May", "Jun", "Jul");
    }

    @Test
    void aFewDaysChartNamesEachDayUpToToday() throws Exception {
        // The first item done, days after the path came: every day is named under the line, today's too (its label,
        // centred on the axis's end, stuck out and was left out before the axis kept room after the last day).
        showBurnUp(720);

        assertThat(dayLabels().stream().map(DayLabel::text)).endsWith("Mar 2", "Mar 3", "Mar 4");
        assertThat(dayLabels()).allMatch(DayLabel::visible);
    }

    @Test
    void leavesOutALabelThatWouldStickOutPastTheEnd() throws Exception {
        BurnUpViewModel viewModel = showBurnUp(420).viewModel();
        // Room for three labels over ten months: half-years, and the last, "Jan 2026" on 1 January, a day before the end,
        // would run past the axis's end (the room after the last day is narrower than half of it at this width).
        planEightItems(viewModel, LocalDate.of(2025, 2, 20), LocalDate.of(2026, 1, 2));

        List<DayLabel> labels = dayLabels();
        assertThat(labels).isNotEmpty().allSatisfy(label -> {
            assertThat(label.visible()).as("%s shown", label.text()).isTrue();
            assertThat(label.minXInChart()).as("%s starts inside the chart", label.text()).isGreaterThanOrEqualTo(0);
            assertThat(label.maxX()).as("%s ends on the axis", label.text()).isLessThanOrEqualTo(label.axisLength());
        });
        assertThat(labels).extracting(DayLabel::text).containsExactly("Jul 2025");
    }

    /** The burn-up on screen and the view model that feeds it. */
    private record Shown(BurnUpViewModel viewModel, BurnUpChart chart) {
    }

    /** A burn-up {@code width} px wide with one item done, styled as in the app, in a stage of its own size. */
    private Shown showBurnUp(double width) throws TimeoutException {
        fixture.session.setStatus(FixturePath.LEARN_LANGUAGE, ItemStatus.DONE);
        Scheduler inline = (delay, action) -> {
            throw new UnsupportedOperationException();
        };
        BurnUpViewModel viewModel = new BurnUpViewModel(fixture.session, inline,
                Clock.fixed(Instant.parse("2025-03-04T12:00:00Z"), ZoneId.of("UTC")));
        AtomicReference<BurnUpChart> chart = new AtomicReference<>();
        FxToolkit.setupStage(stage -> {
            // How many labels fit follows the zoom, which a test before this one may have left changed.
            UiScale.setFontSize(UiScale.BASE_FONT_SIZE);
            Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
            BurnUpChart node = new BurnUpChart(viewModel);
            chart.set(node);
            // As wide as asked, whatever size (or least size) the shared stage has from a test before.
            node.setMaxSize(width, 360);
            Scene scene = new Scene(new StackPane(node), width, 360);
            scene.getStylesheets().add(Objects.requireNonNull(getClass().getResource("/dev/stepwise/ui/app.css")).toExternalForm());
            stage.setScene(scene);
            stage.show();
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(chart.get().getWidth()).isEqualTo(width);
        return new Shown(viewModel, chart.get());
    }

    /**
     * One date label under the chart: its text, whether it is shown, where it ends along an axis this long, and where
     * it starts in the chart (left of the axis is the corner under the side axis, which a label may reach into).
     */
    private record DayLabel(String text, boolean visible, double minXInChart, double maxX, double axisLength) {
    }

    /** The date labels, left to right: the day axis's Text children (the axis hides one that would overlap another). */
    private List<DayLabel> dayLabels() {
        List<DayLabel> labels = new ArrayList<>();
        robot.interact(() -> {
            LineChart<?, ?> chart = robot.lookup("#burn-up-chart").queryAs(LineChart.class);
            Axis<?> days = chart.getXAxis();
            days.getChildrenUnmodifiable().stream().filter(Text.class::isInstance).map(Text.class::cast)
                    .filter(text -> !text.getText().isEmpty()).sorted(Comparator.comparingDouble(Text::getLayoutX))
                    .forEach(text -> labels.add(new DayLabel(text.getText(), text.isVisible(),
                            chart.sceneToLocal(text.localToScene(text.getBoundsInLocal())).getMinX(), text.getBoundsInParent().getMaxX(),
                            days.getWidth())));
        });
        return labels;
    }

    /** With -Dstepwise.chartShots=DIR the chart is written there as a PNG, to be looked at; nothing is judged by it. */
    private static void saveForEyes(BurnUpChart chart) throws IOException {
        String dir = System.getProperty("stepwise.chartShots");
        if (dir == null) {
            return;
        }
        AtomicReference<WritableImage> shot = new AtomicReference<>();
        new FxRobot().interact(() -> shot.set(chart.snapshot(null, null)));
        PixelReader pixels = shot.get().getPixelReader();
        int width = (int) shot.get().getWidth();
        int height = (int) shot.get().getHeight();
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                image.setRGB(x, y, pixels.getArgb(x, y));
            }
        }
        ImageIO.write(image, "png", Path.of(dir, "burn-up-plan.png").toFile());
    }
}

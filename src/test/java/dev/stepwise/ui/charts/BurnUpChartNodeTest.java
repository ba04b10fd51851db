package dev.stepwise.ui.charts;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerLight;
import dev.stepwise.domain.ItemStatus;
import dev.stepwise.domain.PlanPoint;
import dev.stepwise.fixtures.FixturePath;
import dev.stepwise.ui.ViewModelFixture;
import dev.stepwise.ui.common.Scheduler;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.StackPane;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

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
        fixture.session.setStatus(FixturePath.LEARN_LANGUAGE, ItemStatus.DONE);
        Scheduler inline = (delay, action) -> {
            throw new UnsupportedOperationException();
        };
        BurnUpViewModel viewModel = new BurnUpViewModel(fixture.session, inline,
                Clock.fixed(Instant.parse("2025-03-04T12:00:00Z"), ZoneId.of("UTC")));
        AtomicReference<BurnUpChart> chart = new AtomicReference<>();
        FxToolkit.setupStage(stage -> {
            Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
            BurnUpChart node = new BurnUpChart(viewModel);
            chart.set(node);
            Scene scene = new Scene(new StackPane(node), 720, 360);
            scene.getStylesheets().add(Objects.requireNonNull(getClass().getResource("/dev/stepwise/ui/app.css")).toExternalForm());
            stage.setScene(scene);
            stage.show();
        });
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

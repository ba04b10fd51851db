package dev.stepwise.ui.fx;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerLight;
import dev.stepwise.ui.common.UiScale;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.TimeoutException;
import java.util.stream.IntStream;
import javafx.application.Application;
import javafx.collections.FXCollections;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollBar;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A list of 10,000 items, styled as the app is: its scroll bar's thumb was 1 px long (the theme hides the arrow
 * buttons at no width, and JavaFX makes a thumb at least 1.5 times their width), nothing to see or grab.
 */
class ScrollBarThumbTest {
    private final FxRobot robot = new FxRobot();

    @BeforeAll
    static void toolkit() throws TimeoutException {
        FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void close() throws TimeoutException {
        FxToolkit.cleanupStages();
    }

    @Test
    void theThumbOfAVeryLongListStaysLongEnoughToSeeAndGrab() throws TimeoutException {
        ListView<String> list = new ListView<>(FXCollections.observableArrayList(
                IntStream.range(0, 10_000).mapToObj(i -> "Item " + i).toList()));
        FxToolkit.setupStage(stage -> {
            UiScale.setFontSize(UiScale.BASE_FONT_SIZE);
            Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
            Scene scene = new Scene(list, 400, 600);
            scene.getStylesheets().add(Objects.requireNonNull(getClass().getResource("/dev/stepwise/ui/app.css")).toExternalForm());
            stage.setScene(scene);
            stage.show();
        });
        WaitForAsyncUtils.waitForFxEvents();

        List<ScrollBar> bars = robot.lookup(".scroll-bar").queryAllAs(ScrollBar.class).stream()
                .filter(bar -> bar.getOrientation() == Orientation.VERTICAL && bar.isVisible()).toList();
        assertThat(bars).hasSize(1);
        Node thumb = bars.get(0).lookup(".thumb");
        assertThat(thumb.getLayoutBounds().getHeight()).as("the thumb's length").isGreaterThanOrEqualTo(UiScale.em(1.5) - 1);
        assertThat(bars.get(0).getWidth()).as("the bar keeps the theme's width").isEqualTo(8);
    }
}

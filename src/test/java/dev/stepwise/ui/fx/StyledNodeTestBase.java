package dev.stepwise.ui.fx;

import dev.stepwise.ui.common.UiScale;
import dev.stepwise.ui.shell.Themes;
import java.util.Objects;
import java.util.concurrent.TimeoutException;
import javafx.scene.Parent;
import javafx.scene.Scene;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * One control alone on a stage, styled as the window styles it (the light theme, app.css, the normal text size), for
 * tests of a shared mechanism without the whole app: a list's scrolling, a scroll bar's thumb.
 */
abstract class StyledNodeTestBase {
    final FxRobot robot = new OneWaitRobot();

    @BeforeAll
    static void toolkit() throws TimeoutException {
        FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void close() throws TimeoutException {
        FxToolkit.cleanupStages();
    }

    /** Shows {@code root} alone in a scene of the given size and waits until it is laid out. */
    void show(Parent root, double width, double height) throws TimeoutException {
        FxToolkit.setupStage(stage -> {
            // The text size follows the zoom, which a test before this one may have left changed.
            UiScale.setFontSize(UiScale.BASE_FONT_SIZE);
            Themes.apply(false);
            Scene scene = new Scene(root, width, height);
            scene.getStylesheets().add(Objects.requireNonNull(StyledNodeTestBase.class.getResource("/dev/stepwise/ui/app.css"))
                    .toExternalForm());
            stage.setScene(scene);
            stage.show();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }
}

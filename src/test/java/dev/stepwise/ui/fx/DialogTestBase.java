package dev.stepwise.ui.fx;

import dev.stepwise.ui.shell.Themes;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Opens one editor dialog over an empty 1024×640 owner window, in the app's light theme (the theme's own dialog
 * rules change the layout), and gives tests a robot and ways to type over a field and read what is shown.
 */
abstract class DialogTestBase {
    final FxRobot robot = new OneWaitRobot();
    Stage owner;

    @BeforeEach
    void ownerWindow() throws TimeoutException {
        owner = FxToolkit.registerPrimaryStage();
        FxToolkit.setupStage(stage -> {
            Themes.apply(false);
            stage.setScene(new Scene(new StackPane(), 1024, 640));
            stage.show();
        });
    }

    @AfterEach
    void closeWindows() throws TimeoutException {
        FxToolkit.cleanupStages();
    }

    /** Builds and shows the dialog on the FX thread without waiting for it to close. */
    <D extends Dialog<?>> D open(Supplier<D> dialog) {
        Object[] shown = new Object[1];
        robot.interact(() -> {
            D created = dialog.get();
            created.show();
            shown[0] = created;
        });
        WaitForAsyncUtils.waitForFxEvents();
        @SuppressWarnings("unchecked")
        D result = (D) shown[0];
        return result;
    }

    /** The visible node for the query: list cells keep hidden spare copies of their content around. */
    <T extends Node> T node(String query) {
        return robot.lookup(query).match(AppTestBase::visible).query();
    }

    boolean shown(String query) {
        return robot.lookup(query).match(AppTestBase::visible).tryQuery().isPresent();
    }

    /** Selects all of the field's text and types over it, as a learner would; an empty text deletes it. */
    void typeOver(String query, String text) {
        robot.clickOn(query);
        KeyStrokes.stroke(robot, KeyCode.CONTROL, KeyCode.A);
        if (text.isEmpty()) {
            robot.type(KeyCode.BACK_SPACE);
        } else {
            robot.write(text);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    boolean okEnabled(String query) {
        return !this.<Button>node(query).isDisabled();
    }

    /** The problem shown under a field, or "" when none is shown. */
    String problem(String query) {
        return shown(query) ? this.<Label>node(query).getText() : "";
    }
}

package dev.stepwise.ui.fx;

import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Window;
import org.testfx.api.FxRobot;
import org.testfx.robot.BaseRobot;
import org.testfx.robot.Motion;
import org.testfx.robot.MouseRobot;
import org.testfx.service.finder.WindowFinder;
import org.testfx.service.query.PointQuery;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The robot the screen tests drive the app with: a click, or a text typed, waits once for the FX thread, as
 * {@link KeyStrokes} does for keys. TestFX's own click waits until the FX thread is idle three times — after the
 * pointer's last step, after putting it where the node is by then, and after the release — 165 ms a click against
 * 55 ms with one wait, measured on the headless screen; its {@code write} waits after every character. The robot queues
 * its events to the FX thread in order, so one wait after the last sees them all handled. The pointer goes to the node
 * in one move: nothing in the app reacts to the path it takes, and every click overload ({@code clickOn("#id")}, a
 * node, a point) ends here.
 */
class OneWaitRobot extends FxRobot {
    @Override
    public FxRobot clickOn(PointQuery pointQuery, Motion motion, MouseButton... buttons) {
        mouse().moveNoWait(pointQuery.query());
        return clickOn(buttons);
    }

    @Override
    public FxRobot clickOn(MouseButton... buttons) {
        MouseRobot mouse = mouse();
        mouse.pressNoWait(buttons);
        mouse.releaseNoWait(buttons);
        WaitForAsyncUtils.waitForFxEvents();
        return this;
    }

    /** Types the text into the focused window, as TestFX's {@code write} does, each character a key typed. */
    @Override
    public FxRobot write(String text) {
        Scene scene = typingWindow().getScene();
        BaseRobot keys = robotContext().getBaseRobot();
        for (char character : text.toCharArray()) {
            KeyCode code = character == '\n' ? KeyCode.ENTER : character == '\t' ? KeyCode.TAB : KeyCode.UNDEFINED;
            keys.typeKeyboard(scene, code, String.valueOf(character));
        }
        WaitForAsyncUtils.waitForFxEvents();
        return this;
    }

    /** The window TestFX types into: the focused one, else its target window, else the first. */
    private Window typingWindow() {
        WindowFinder windows = robotContext().getWindowFinder();
        Window focused = windows.window(Window::isFocused);
        if (focused != null) {
            return focused;
        }
        return windows.targetWindow() != null ? windows.targetWindow() : windows.window(0);
    }

    private MouseRobot mouse() {
        return robotContext().getMouseRobot();
    }
}

package dev.stepwise.ui.fx;

import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import org.testfx.api.FxRobot;
import org.testfx.robot.KeyboardRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Keys as a learner strikes them, waiting once for the FX thread. The robot's own press and release each wait until
 * the FX thread is idle: a key took three such waits (press, release, and the caller's), 130 ms a key against 55,
 * and the keyboard suites spent most of their time waiting. The robot queues its events to the FX thread in order,
 * so a wait after the last one sees them all handled.
 */
final class KeyStrokes {
    private KeyStrokes() {
    }

    /** Presses the keys in order (modifiers first), releases them in reverse, then waits for the FX thread. */
    static void stroke(FxRobot robot, KeyCode... codes) {
        KeyboardRobot keyboard = robot.robotContext().getKeyboardRobot();
        keyboard.pressNoWait(codes);
        KeyCode[] reversed = new KeyCode[codes.length];
        for (int i = 0; i < codes.length; i++) {
            reversed[i] = codes[codes.length - 1 - i];
        }
        keyboard.releaseNoWait(reversed);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Puts the text on the clipboard and pastes it with Ctrl+V into the control that has the keyboard. */
    static void paste(FxRobot robot, String text) {
        robot.interact(() -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(text);
            Clipboard.getSystemClipboard().setContent(content);
        });
        stroke(robot, KeyCode.CONTROL, KeyCode.V);
    }
}

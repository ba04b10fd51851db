package dev.stepwise.ui.fx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.stepwise.ui.common.DialogLook;
import javafx.geometry.Rectangle2D;
import javafx.scene.control.Alert;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.stage.Screen;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Every dialog of the app (through {@link DialogLook}) opens over the middle of its window and stays inside the
 * screen. A dialog with a long wrapping text was placed for the width of its text on one line, before the theme's
 * 600 px cap: the backups dialog opened 137 px off the left edge of a 1024×640 window.
 */
class DialogPlacementTest extends DialogTestBase {
    private static final String LONG_TEXT = "Stepwise backs up on its own: at start (once a day), every 30 minutes while you "
            + "work, at close, and before anything that deletes or replaces. ".repeat(4);
    private Alert alert;

    @AfterEach
    void closeDialogAndPutTheOwnerBack() {
        robot.interact(() -> {
            if (alert != null) {
                alert.close();
            }
            // The owner window is shared with the other dialog tests.
            owner.setX(0);
            owner.setY(0);
        });
    }

    private Window show(Region content) {
        alert = open(() -> {
            Alert made = new Alert(Alert.AlertType.INFORMATION);
            made.initOwner(owner);
            made.getDialogPane().setContent(content);
            DialogLook.apply(made.getDialogPane());
            return made;
        });
        Window dialog = alert.getDialogPane().getScene().getWindow();
        WaitForAsyncUtils.waitForFxEvents(3);
        return dialog;
    }

    private static Label wrapping(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        return label;
    }

    @Test
    void aDialogWithLongWrappingTextOpensOverTheMiddleOfItsWindow() {
        Window dialog = show(wrapping(LONG_TEXT));

        assertThat(dialog.getWidth()).as("the theme's cap").isLessThanOrEqualTo(owner.getWidth());
        assertThat(dialog.getX() + dialog.getWidth() / 2).isCloseTo(owner.getX() + owner.getWidth() / 2, within(2.0));
        assertThat(dialog.getX()).isGreaterThanOrEqualTo(owner.getX());
    }

    @Test
    void aDialogOverAWindowInTheScreensCornerStaysInsideTheScreen() {
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        robot.interact(() -> {
            owner.setX(screen.getMaxX() - 300);
            owner.setY(screen.getMaxY() - 200);
        });

        Window dialog = show(wrapping(LONG_TEXT));

        assertThat(dialog.getX() + dialog.getWidth()).isLessThanOrEqualTo(screen.getMaxX());
        assertThat(dialog.getY() + dialog.getHeight()).isLessThanOrEqualTo(screen.getMaxY());
    }

    @Test
    void aDialogTallerThanTheScreenIsMadeAsTallAsTheScreen() {
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        Region tall = new Region();
        tall.setPrefSize(300, screen.getHeight() + 500);
        tall.setMinHeight(0);

        Window dialog = show(tall);

        assertThat(dialog.getHeight()).isLessThanOrEqualTo(screen.getHeight());
        assertThat(dialog.getY()).isGreaterThanOrEqualTo(screen.getMinY());
    }
}

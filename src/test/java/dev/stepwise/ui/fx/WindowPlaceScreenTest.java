package dev.stepwise.ui.fx;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The window's place the learner chose is what is remembered: a maximised window's bounds are the screen's, and
 * un-maximised next time the window would have filled the screen still.
 */
class WindowPlaceScreenTest extends AppTestBase {

    private List<String> stored(String key) {
        return column("SELECT value FROM preference WHERE key = ?", key);
    }

    @Test
    void aWindowClosedMaximisedKeepsItsOwnSizeForWhenItIsUnMaximised() throws Exception {
        placeWindow(1000, 700);
        restart();
        robot.interact(() -> stage.setMaximized(true));
        waitUntil(() -> stage.getWidth() > 1000);

        restart();

        assertThat(stored("window.maximized")).containsExactly("true");
        assertThat(stored("window.width")).containsExactly("1000.0");
        assertThat(stored("window.height")).containsExactly("700.0");
    }
}

package dev.stepwise.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stepwise.service.Preferences.WindowBounds;
import javafx.geometry.Rectangle2D;
import org.junit.jupiter.api.Test;

/** Saved window bounds fitted to the screen the window opens on (no toolkit needed: a pure rule). */
class WindowPlacementTest {
    /** A 1366×768 laptop screen with a 32 px task bar at the bottom. */
    private static final Rectangle2D LAPTOP = new Rectangle2D(0, 0, 1366, 736);

    @Test
    void boundsThatFitAreKeptExactly() {
        WindowBounds saved = new WindowBounds(40, 30, 1000, 700, false);

        assertThat(WindowPlacement.fit(saved, LAPTOP)).isEqualTo(saved);
    }

    @Test
    void boundsFromALargerScreenShrinkToTheVisualBoundsSoTheStatusBarStaysOnScreen() {
        WindowBounds savedOn1080p = new WindowBounds(200, 100, 1800, 1000, false);

        assertThat(WindowPlacement.fit(savedOn1080p, LAPTOP)).isEqualTo(new WindowBounds(0, 0, 1366, 736, false));
    }

    @Test
    void aWindowHangingOffTheBottomRightMovesBackRatherThanShrinks() {
        WindowBounds saved = new WindowBounds(900, 500, 1000, 700, false);

        assertThat(WindowPlacement.fit(saved, LAPTOP)).isEqualTo(new WindowBounds(366, 36, 1000, 700, false));
    }

    @Test
    void aWindowAboveOrLeftOfTheScreenMovesOntoIt() {
        WindowBounds saved = new WindowBounds(-300, -50, 800, 600, true);

        assertThat(WindowPlacement.fit(saved, LAPTOP)).isEqualTo(new WindowBounds(0, 0, 800, 600, true));
    }

    @Test
    void aSecondScreenToTheRightIsFittedInItsOwnCoordinates() {
        Rectangle2D right = new Rectangle2D(1920, 0, 1280, 1024);
        WindowBounds saved = new WindowBounds(2500, 200, 1280, 900, false);

        assertThat(WindowPlacement.fit(saved, right)).isEqualTo(new WindowBounds(1920, 124, 1280, 900, false));
    }
}

package dev.stepwise.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stepwise.service.Preferences.WindowBounds;
import org.junit.jupiter.api.Test;

/** Which of the window's bounds are remembered (a pure rule: no toolkit). */
class PlaceToRememberTest {
    private static final WindowBounds PLACED = new WindowBounds(40, 30, 1000, 700, false);
    /** What a maximised window's bounds are: the screen's. */
    private static final WindowBounds SCREEN = new WindowBounds(0, 0, 1920, 1050, true);

    @Test
    void aWindowNeitherMaximisedNorMinimisedIsRememberedAsItIs() {
        PlaceToRemember rule = new PlaceToRemember(PLACED);
        WindowBounds moved = new WindowBounds(100, 80, 1200, 760, false);

        assertThat(rule.see(moved, false)).isEqualTo(moved);
    }

    @Test
    void aMaximisedWindowKeepsTheBoundsItHadBeforeSoUnMaximisingGivesThemBack() {
        PlaceToRemember rule = new PlaceToRemember(PLACED);
        WindowBounds moved = new WindowBounds(100, 80, 1200, 760, false);
        rule.see(moved, false);

        assertThat(rule.see(SCREEN, false)).isEqualTo(new WindowBounds(100, 80, 1200, 760, true));
        WindowBounds restored = new WindowBounds(110, 90, 1200, 760, false);
        assertThat(rule.see(restored, false)).isEqualTo(restored);
    }

    @Test
    void aWindowOpenedMaximisedKeepsThePlaceItWasOpenedWith() {
        PlaceToRemember rule = new PlaceToRemember(new WindowBounds(40, 30, 1000, 700, true));

        assertThat(rule.see(SCREEN, false)).isEqualTo(new WindowBounds(40, 30, 1000, 700, true));
    }

    @Test
    void aMinimisedWindowKeepsTheLastPlaceMaximisedOrNot() {
        PlaceToRemember rule = new PlaceToRemember(PLACED);
        WindowBounds offScreen = new WindowBounds(-32000, -32000, 160, 28, false);

        assertThat(rule.see(offScreen, true)).isEqualTo(PLACED);
        rule.see(SCREEN, false);
        assertThat(rule.see(offScreen, true)).isEqualTo(new WindowBounds(40, 30, 1000, 700, true));
        assertThat(rule.see(PLACED, false)).as("shown again").isEqualTo(PLACED);
    }
}

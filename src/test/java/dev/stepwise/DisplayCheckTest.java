package dev.stepwise;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** When the window is refused up front: Linux with neither X11 nor Wayland, unless the platform is headless Monocle. */
class DisplayCheckTest {

    @Test
    void linuxWithoutDisplayOrWaylandHasNoDisplay() {
        assertThat(DisplayCheck.displayMissing(Map.of(), "Linux", null)).isTrue();
        assertThat(DisplayCheck.displayMissing(Map.of("DISPLAY", " ", "WAYLAND_DISPLAY", ""), "Linux", null)).isTrue();
        assertThat(DisplayCheck.displayMissing(Map.of("HOME", "/home/x"), "FreeBSD", "gtk")).isTrue();
    }

    @Test
    void eitherX11OrWaylandIsEnough() {
        assertThat(DisplayCheck.displayMissing(Map.of("DISPLAY", ":0"), "Linux", null)).isFalse();
        assertThat(DisplayCheck.displayMissing(Map.of("WAYLAND_DISPLAY", "wayland-0"), "Linux", null)).isFalse();
    }

    @Test
    void monocleNeedsNoDisplay() {
        assertThat(DisplayCheck.displayMissing(Map.of(), "Linux", "Monocle")).isFalse();
        assertThat(DisplayCheck.displayMissing(Map.of(), "Linux", "monocle")).isFalse();
    }

    @Test
    void windowsAndMacosNeverUseTheseVariables() {
        assertThat(DisplayCheck.displayMissing(Map.of(), "Windows 11", null)).isFalse();
        assertThat(DisplayCheck.displayMissing(Map.of(), "Mac OS X", null)).isFalse();
    }

    @Test
    void theMessageIsOneLineNamingTheVariablesAndTheHeadlessTests() {
        assertThat(DisplayCheck.MESSAGE).doesNotContain("\n").contains("DISPLAY", "WAYLAND_DISPLAY", "mvn verify");
        assertThat(DisplayCheck.EXIT_CODE).isNotZero();
    }
}

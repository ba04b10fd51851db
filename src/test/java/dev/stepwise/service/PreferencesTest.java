package dev.stepwise.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stepwise.service.Preferences.WindowBounds;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Preferences as stored key/value text: a faithful round trip, and defaults for anything unusable. */
class PreferencesTest {
    private static final WindowBounds BOUNDS = new WindowBounds(-1280.5, 40.25, 1024.0, 700.75, true);

    private static Map<String, String> storedWindow() {
        Map<String, String> values = new HashMap<>();
        values.put("theme", "dark");
        values.put("window.x", "10.0");
        values.put("window.y", "20.0");
        values.put("window.width", "800.0");
        values.put("window.height", "600.0");
        values.put("window.maximized", "false");
        return values;
    }

    private static Map<String, String> storedWindowWith(String key, String value) {
        Map<String, String> values = storedWindow();
        if (value == null) {
            values.remove(key);
        } else {
            values.put(key, value);
        }
        return values;
    }

    @Test
    void defaultsAreLightWithoutAWindow() {
        assertThat(Preferences.DEFAULTS.darkTheme()).isFalse();
        assertThat(Preferences.DEFAULTS.window()).isEmpty();
        assertThat(Preferences.DEFAULTS.toMap()).isEqualTo(Map.of("theme", "light"));
    }

    @Test
    void toMapWritesTheThemeAndEveryWindowValue() {
        assertThat(Preferences.DEFAULTS.withDarkTheme(true).withWindow(BOUNDS).toMap()).isEqualTo(Map.of(
                "theme", "dark",
                "window.x", "-1280.5",
                "window.y", "40.25",
                "window.width", "1024.0",
                "window.height", "700.75",
                "window.maximized", "true"));
    }

    static Stream<Preferences> preferences() {
        return Stream.of(
                Preferences.DEFAULTS,
                Preferences.DEFAULTS.withDarkTheme(true),
                Preferences.DEFAULTS.withWindow(BOUNDS),
                new Preferences(true, Optional.of(new WindowBounds(0, 0, 0.5, 1e4, false))),
                Preferences.DEFAULTS.withZoom(175),
                Preferences.DEFAULTS.withDividers(Map.of("checklist", 0.38, "timeline", 0.7)));
    }

    @Test
    void dividersAreKeptByPageAndOneTooNearAnEdgeOrUnreadableIsTheDefault() {
        Preferences withDividers = Preferences.DEFAULTS.withWindow(BOUNDS).withDividers(Map.of("checklist", 0.38));

        assertThat(withDividers.toMap()).containsEntry("divider.checklist", "0.38").doesNotContainKey("divider.timeline");
        assertThat(withDividers.withZoom(125).withDarkTheme(true).dividers()).containsExactly(Map.entry("checklist", 0.38));
        assertThat(Preferences.DEFAULTS.withDividers(Map.of("checklist", 0.01, "timeline", Double.NaN, "overview", 0.5))
                .dividers()).as("too near an edge, not a number, not a page that keeps one").isEmpty();
        assertThat(Preferences.fromMap(Map.of("divider.checklist", "wide", "divider.timeline", "0.96")).dividers()).isEmpty();
        assertThat(Preferences.fromMap(Map.of("divider.timeline", "0.5")).dividers()).containsExactly(Map.entry("timeline", 0.5));
        assertThat(Preferences.fromMap(Map.of("divider.matrix", "0.7")).dividers()).as("the matrix's stacked line")
                .containsExactly(Map.entry("matrix", 0.7));
    }

    @Test
    void zoomIsWrittenOnlyWhenNotNormalAndAnUnreadableOneIsNormal() {
        assertThat(Preferences.DEFAULTS.withZoom(150).toMap()).containsEntry("zoom", "150");
        assertThat(Preferences.fromMap(Preferences.DEFAULTS.withZoom(150).toMap()).zoomPercent()).isEqualTo(150);
        assertThat(Preferences.DEFAULTS.withZoom(100).toMap()).doesNotContainKey("zoom");
        assertThat(Preferences.fromMap(Map.of("zoom", "huge")).zoomPercent()).isEqualTo(Preferences.NORMAL_ZOOM);
        assertThat(Preferences.DEFAULTS.withZoom(125).withDarkTheme(true).withWindow(BOUNDS).zoomPercent()).isEqualTo(125);
    }

    @ParameterizedTest
    @MethodSource("preferences")
    void fromMapReadsBackWhatToMapWrote(Preferences preferences) {
        assertThat(Preferences.fromMap(preferences.toMap())).isEqualTo(preferences);
    }

    @Test
    void nothingStoredReadsAsTheDefaults() {
        assertThat(Preferences.fromMap(Map.of())).isEqualTo(Preferences.DEFAULTS);
    }

    @ParameterizedTest
    @ValueSource(strings = {"purple", "DARK", "", "dark "})
    void anyThemeButDarkIsLight(String theme) {
        assertThat(Preferences.fromMap(Map.of("theme", theme)).darkTheme()).isFalse();
    }

    static Stream<Arguments> unusableWindows() {
        return Stream.of(
                Arguments.of("window.x", "left"),
                Arguments.of("window.y", ""),
                Arguments.of("window.width", "wide"),
                Arguments.of("window.width", "0"),
                Arguments.of("window.height", "-600"),
                Arguments.of("window.height", "NaN"),
                Arguments.of("window.x", null),
                Arguments.of("window.height", null));
    }

    @ParameterizedTest(name = "{0} = {1}")
    @MethodSource("unusableWindows")
    void anUnusableWindowValueDropsTheWindowButKeepsTheTheme(String key, String value) {
        Preferences preferences = Preferences.fromMap(storedWindowWith(key, value));

        assertThat(preferences.window()).isEmpty();
        assertThat(preferences.darkTheme()).isTrue();
    }

    @Test
    void anUnreadableMaximizedFlagMeansNotMaximized() {
        assertThat(Preferences.fromMap(storedWindowWith("window.maximized", "yes")).window())
                .contains(new WindowBounds(10, 20, 800, 600, false));
        assertThat(Preferences.fromMap(storedWindowWith("window.maximized", null)).window())
                .contains(new WindowBounds(10, 20, 800, 600, false));
    }

    static Stream<Arguments> nonFiniteWindows() {
        return Stream.of(
                Arguments.of("window.x", "NaN"),
                Arguments.of("window.y", "-Infinity"),
                Arguments.of("window.width", "Infinity"),
                Arguments.of("window.height", "1e999"));
    }

    @ParameterizedTest(name = "{0} = {1}")
    @MethodSource("nonFiniteWindows")
    void aNonFiniteWindowValueDropsTheWindow(String key, String value) {
        assertThat(Preferences.fromMap(storedWindowWith(key, value)).window()).isEmpty();
    }

    @Test
    void windowBoundsNeedAPositiveSize() {
        assertThatThrownBy(() -> new WindowBounds(0, 0, 0, 600, false)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new WindowBounds(0, 0, 800, -1, false)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new WindowBounds(0, 0, Double.NaN, 600, false)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void withMethodsChangeOnlyTheirOwnPart() {
        Preferences dark = Preferences.DEFAULTS.withWindow(BOUNDS).withDarkTheme(true);

        assertThat(dark).isEqualTo(new Preferences(true, Optional.of(BOUNDS)));
        assertThat(dark.withDarkTheme(false)).isEqualTo(new Preferences(false, Optional.of(BOUNDS)));
    }
}

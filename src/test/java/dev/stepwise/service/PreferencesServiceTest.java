package dev.stepwise.service;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stepwise.fixtures.TestClock;
import dev.stepwise.service.Preferences.WindowBounds;
import dev.stepwise.store.Probe;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Preferences saved in, and loaded from, the learner's database file. */
class PreferencesServiceTest {
    private static final WindowBounds BOUNDS = new WindowBounds(100.5, 50, 1200, 800, false);

    @TempDir
    Path dir;

    private final TestClock clock = TestClock.utc("2026-01-10T09:00:00.000000000Z");

    private Stepwise open() {
        return Stepwise.open(dir.resolve("stepwise.db"), List.of(), clock);
    }

    @Test
    void aNewDatabaseHasTheDefaults() {
        try (Stepwise stepwise = open()) {
            assertThat(stepwise.preferences().load()).isEqualTo(Preferences.DEFAULTS);
        }
    }

    @Test
    void savedPreferencesAreLoadedBackAfterARestart() {
        Preferences saved = Preferences.DEFAULTS.withDarkTheme(true).withWindow(BOUNDS);
        try (Stepwise stepwise = open()) {
            stepwise.preferences().save(saved);
        }

        try (Stepwise stepwise = open()) {
            assertThat(stepwise.preferences().load()).isEqualTo(saved);
        }
        assertThat(Probe.rows(dir.resolve("stepwise.db"), "SELECT value FROM preference WHERE key = 'theme'"))
                .containsExactly(List.of("dark"));
    }

    @Test
    void savingAgainReplacesTheEarlierValues() {
        try (Stepwise stepwise = open()) {
            stepwise.preferences().save(Preferences.DEFAULTS.withDarkTheme(true).withWindow(BOUNDS));
            Preferences moved = Preferences.DEFAULTS.withWindow(new WindowBounds(0, 0, 640, 480, true));

            stepwise.preferences().save(moved);

            assertThat(stepwise.preferences().load()).isEqualTo(moved);
        }
    }

    @Test
    void savingWithoutAWindowForgetsTheOldWindow() {
        try (Stepwise stepwise = open()) {
            stepwise.preferences().save(Preferences.DEFAULTS.withWindow(BOUNDS));

            stepwise.preferences().save(Preferences.DEFAULTS);

            assertThat(stepwise.preferences().load()).isEqualTo(Preferences.DEFAULTS);
        }
    }

    @Test
    void theLookIsSavedAloneAndKeepsTheWindowAndTheDividers() {
        Preferences atExit = Preferences.DEFAULTS.withWindow(BOUNDS).withDividers(Map.of("checklist", 0.4));
        try (Stepwise stepwise = open()) {
            stepwise.preferences().save(atExit);

            stepwise.preferences().saveLook(true, 125);
        }

        try (Stepwise stepwise = open()) {
            assertThat(stepwise.preferences().load()).isEqualTo(atExit.withDarkTheme(true).withZoom(125));
            // Back to the normal size: no zoom stored, as a save at exit leaves it.
            stepwise.preferences().saveLook(false, Preferences.NORMAL_ZOOM);
            assertThat(stepwise.preferences().load()).isEqualTo(atExit);
        }
        assertThat(Probe.rows(dir.resolve("stepwise.db"), "SELECT value FROM preference WHERE key = 'zoom'")).isEmpty();
    }

    @Test
    void theWindowsPlaceIsSavedAloneAndKeepsTheLookAndTheDividers() {
        Preferences atExit = Preferences.DEFAULTS.withDarkTheme(true).withZoom(125).withWindow(BOUNDS)
                .withDividers(Map.of("checklist", 0.4));
        WindowBounds moved = new WindowBounds(10, 20, 900, 640, true);
        try (Stepwise stepwise = open()) {
            stepwise.preferences().save(atExit);

            stepwise.preferences().saveWindow(moved);
        }

        try (Stepwise stepwise = open()) {
            assertThat(stepwise.preferences().load()).isEqualTo(atExit.withWindow(moved));
        }
    }

    @Test
    void theDividersAreSavedAloneAndKeepTheLookAndTheWindowsPlace() {
        Preferences atExit = Preferences.DEFAULTS.withDarkTheme(true).withZoom(125).withWindow(BOUNDS)
                .withDividers(Map.of("checklist", 0.4, "timeline", 0.6));
        try (Stepwise stepwise = open()) {
            stepwise.preferences().save(atExit);

            stepwise.preferences().saveDividers(Map.of("checklist", 0.3, "matrix", 0.7));
        }

        try (Stepwise stepwise = open()) {
            // A page not named forgets its line, as a save at exit leaves it.
            assertThat(stepwise.preferences().load()).isEqualTo(atExit.withDividers(Map.of("checklist", 0.3, "matrix", 0.7)));
        }
        assertThat(Probe.rows(dir.resolve("stepwise.db"), "SELECT value FROM preference WHERE key = 'divider.timeline'")).isEmpty();
    }

    @Test
    void theLanguageIsRememberedUntilTheSystemDefaultIsChosenAgain() {
        try (Stepwise stepwise = open()) {
            assertThat(stepwise.preferences().language()).isEmpty();
            stepwise.preferences().saveLanguage("de");
        }
        try (Stepwise stepwise = open()) {
            assertThat(stepwise.preferences().language()).contains("de");
            // Saving the window and theme at exit keeps it: the language is not one of their keys.
            stepwise.preferences().save(Preferences.DEFAULTS.withDarkTheme(true));
            assertThat(stepwise.preferences().language()).contains("de");

            stepwise.preferences().saveLanguage("");
            assertThat(stepwise.preferences().language()).isEmpty();
        }
        assertThat(Probe.rows(dir.resolve("stepwise.db"), "SELECT value FROM preference WHERE key = 'ui.language'")).isEmpty();
    }
}

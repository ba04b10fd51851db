package dev.stepwise.service;

import dev.stepwise.store.Database;
import dev.stepwise.store.PreferenceRepository;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Loads and saves the learner's window and theme settings. */
public final class PreferencesService {
    private static final String CURRENT_PATH = "workspace.currentPath";
    private static final String CURRENT_PAGE = "workspace.currentPage";
    private static final String LANGUAGE = "ui.language";

    private final Database database;
    private final PreferenceRepository preferences;

    public PreferencesService(Database database, PreferenceRepository preferences) {
        this.database = database;
        this.preferences = preferences;
    }

    public Preferences load() {
        return database.inTransaction(() -> Preferences.fromMap(preferences.all()));
    }

    /** The path the learner had open last time, if they ever chose one. */
    public Optional<String> currentPath() {
        return database.inTransaction(() -> Optional.ofNullable(preferences.all().get(CURRENT_PATH)));
    }

    /** Remembered the moment the learner switches, so a crash does not bring back the old path. */
    public void saveCurrentPath(String pathId) {
        database.inTransaction(() -> preferences.putAll(Map.of(CURRENT_PATH, pathId)));
    }

    /** The page the learner left the window on ("OVERVIEW", "CHECKLIST", …), if any. */
    public Optional<String> currentPage() {
        return database.inTransaction(() -> Optional.ofNullable(preferences.all().get(CURRENT_PAGE)));
    }

    public void saveCurrentPage(String page) {
        database.inTransaction(() -> preferences.putAll(Map.of(CURRENT_PAGE, page)));
    }

    /** The language the learner chose (a language tag such as "de"); empty means the system's language. */
    public Optional<String> language() {
        return database.inTransaction(() -> Optional.ofNullable(preferences.all().get(LANGUAGE)).filter(tag -> !tag.isBlank()));
    }

    /** Remembers the learner's language; a blank tag goes back to the system's language. */
    public void saveLanguage(String tag) {
        database.inTransaction(() -> {
            if (tag == null || tag.isBlank()) {
                preferences.delete(List.of(LANGUAGE));
            } else {
                preferences.putAll(Map.of(LANGUAGE, tag.strip()));
            }
        });
    }

    /**
     * The theme and the zoom alone, saved the moment the learner changes them (a killed window keeps them too); the
     * window's place and the dividers are left as they were.
     */
    public void saveLook(boolean darkTheme, int zoomPercent) {
        replace(Preferences.LOOK_KEYS, new Preferences(darkTheme, Optional.empty(), zoomPercent));
    }

    /** The window's place alone, saved once a move or a resize settles; the look and the dividers are left as they were. */
    public void saveWindow(Preferences.WindowBounds bounds) {
        replace(Preferences.WINDOW_KEYS, Preferences.DEFAULTS.withWindow(bounds));
    }

    /**
     * The pages' dividers alone (a page not named forgets its own), saved once a drag settles; the look and the
     * window's place are left as they were.
     */
    public void saveDividers(Map<String, Double> shares) {
        replace(Preferences.DIVIDER_KEYS, Preferences.DEFAULTS.withDividers(shares));
    }

    /** Everything at once, as a clean exit saves it. */
    public void save(Preferences value) {
        replace(Preferences.KEYS, value);
    }

    /** These keys take their values from {@code value}; a key it has no value for is forgotten, every other key kept. */
    private void replace(List<String> keys, Preferences value) {
        Map<String, String> values = new HashMap<>(value.toMap());
        values.keySet().retainAll(keys);
        database.inTransaction(() -> {
            preferences.delete(keys);
            preferences.putAll(values);
        });
    }
}

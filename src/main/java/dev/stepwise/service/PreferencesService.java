package dev.stepwise.service;

import dev.stepwise.store.Database;
import dev.stepwise.store.PreferenceRepository;
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
     * window's place and the dividers stay as the last clean exit left them.
     */
    public void saveLook(boolean darkTheme, int zoomPercent) {
        Map<String, String> look = new Preferences(darkTheme, Optional.empty(), zoomPercent).toMap();
        database.inTransaction(() -> {
            preferences.delete(Preferences.LOOK_KEYS);
            preferences.putAll(look);
        });
    }

    public void save(Preferences value) {
        database.inTransaction(() -> {
            preferences.delete(Preferences.KEYS);
            preferences.putAll(value.toMap());
        });
    }
}

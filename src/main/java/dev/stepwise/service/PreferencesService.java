package dev.stepwise.service;

import dev.stepwise.store.Database;
import dev.stepwise.store.PreferenceRepository;

/** Loads and saves the learner's window and theme settings. */
public final class PreferencesService {
    private final Database database;
    private final PreferenceRepository preferences;

    public PreferencesService(Database database, PreferenceRepository preferences) {
        this.database = database;
        this.preferences = preferences;
    }

    public Preferences load() {
        return database.inTransaction(() -> Preferences.fromMap(preferences.all()));
    }

    public void save(Preferences value) {
        database.inTransaction(() -> {
            preferences.delete(Preferences.KEYS);
            preferences.putAll(value.toMap());
        });
    }
}

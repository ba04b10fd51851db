package dev.stepwise.store;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/** Small key/value settings (theme, window bounds), kept in the same file as the learner's data. */
public final class PreferenceRepository {
    private final Database database;

    public PreferenceRepository(Database database) {
        this.database = database;
    }

    public Map<String, String> all() {
        Map<String, String> values = new HashMap<>();
        Sql.query(database, "SELECT key, value FROM preference", statement -> { },
                row -> values.put(row.getString(1), row.getString(2)));
        return values;
    }

    public void delete(Collection<String> keys) {
        keys.forEach(key -> Sql.update(database, "DELETE FROM preference WHERE key = ?", statement -> statement.setString(1, key)));
    }

    public void putAll(Map<String, String> values) {
        values.forEach((key, value) -> Sql.update(database, """
                INSERT INTO preference (key, value) VALUES (?, ?)
                ON CONFLICT (key) DO UPDATE SET value = excluded.value
                """, statement -> {
            statement.setString(1, key);
            statement.setString(2, value);
        }));
    }
}

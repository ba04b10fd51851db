package dev.stepwise.bench;

import dev.stepwise.service.Stepwise;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;

/**
 * What no import can beat: SQLite writing the rows an import wrote, and nothing else. The rows are copied table by
 * table ({@code INSERT INTO t SELECT * FROM src.t}) from a database the import filled into a fresh one that
 * {@code Stepwise} created (same schema, same page size), in one durable transaction on a raw connection with the app's
 * settings ({@link RawConnection}): no Java per row, no binding, no reading or checking of a file. The install divided by
 * this is how much the app adds to storing the path.
 */
final class ImportFloor {
    /** Parents before children, as the foreign keys want them; {@code path_upstream} is the file kept as the base. */
    private static final List<String> TABLES = List.of("path", "path_upstream", "section", "skill", "item", "sub_item",
            "resource", "item_skill");

    private ImportFloor() {
    }

    /** Times {@code runs} copies (after one warm-up) of the content in {@code imported} into fresh databases. */
    static Samples run(Path imported, Path folder, int runs) throws Exception {
        Samples copies = new Samples();
        for (int i = 0; i < 1 + runs; i++) {
            Path fresh = Files.createTempDirectory(folder, "floor-").resolve("stepwise.db");
            Stepwise.open(fresh, List.of(), Clock.systemUTC()).close();
            try (RawConnection raw = new RawConnection(fresh)) {
                raw.execute("ATTACH DATABASE '" + imported.toAbsolutePath().toString().replace("'", "''") + "' AS src");
                long start = System.nanoTime();
                copy(raw);
                long elapsed = System.nanoTime() - start;
                if (i > 0) {
                    copies.add(elapsed);
                }
            }
        }
        return copies;
    }

    private static void copy(RawConnection raw) throws SQLException {
        raw.execute("BEGIN IMMEDIATE");
        for (String table : TABLES) {
            raw.execute("INSERT INTO main." + table + " SELECT * FROM src." + table);
        }
        raw.execute("COMMIT");
    }
}

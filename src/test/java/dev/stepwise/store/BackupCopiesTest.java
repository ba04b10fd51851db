package dev.stepwise.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stepwise.domain.BackupException;
import dev.stepwise.domain.FileCheck;
import dev.stepwise.fixtures.FixturePath;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Backups written with VACUUM INTO on the live connection, checked, and put back, on real files. */
class BackupCopiesTest {
    private static final Instant T1 = Instant.parse("2026-02-20T18:30:00Z");

    @TempDir
    Path dir;
    private Path file;
    private Database database;
    private PathRepository paths;

    @BeforeEach
    void open() {
        file = dir.resolve("stepwise.db");
        database = Database.open(file);
        paths = new PathRepository(database);
        database.inTransaction(() -> paths.save(FixturePath.path(), T1));
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void aBackupHoldsEveryRowOwnerOnlyInAnOwnerOnlyFolderAndIsMarkedAsStepwises() throws IOException {
        Path target = dir.resolve("backups").resolve("copy.db");

        FileCheck check = BackupCopies.write(database, target);

        assertThat(Snapshot.of(target)).isEqualTo(Snapshot.of(file));
        assertThat(check.ok()).isTrue();
        assertThat(check.stepwise()).isTrue();
        assertThat(check.paths()).isEqualTo(1);
        assertThat(check.rowCounts().get("item")).isEqualTo(FixturePath.path().items().count());
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(target))).isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(target.getParent()))).isEqualTo("rwx------");
        // A self-contained file: nothing left beside it that it would need.
        assertThat(target.resolveSibling("copy.db-wal")).doesNotExist();
    }

    @Test
    void sqliteFillsAnEmptyPreCreatedFileButRefusesOneWithContent() throws IOException, SQLException {
        // Why write() creates the target first: VACUUM INTO keeps the file's permissions only if it may use the file.
        Path empty = Files.createFile(dir.resolve("empty.db"));
        Path full = Files.writeString(dir.resolve("full.db"), "something");
        try (Connection connection = Probe.connect(file);
             PreparedStatement vacuum = connection.prepareStatement("VACUUM INTO ?")) {
            vacuum.setString(1, empty.toString());
            vacuum.execute();
            vacuum.setString(1, full.toString());
            assertThatThrownBy(vacuum::execute).isInstanceOf(SQLException.class);
        }
        assertThat(Files.size(empty)).isPositive();
        assertThat(Files.readString(full)).isEqualTo("something");
    }

    @Test
    void aTargetThatAlreadyExistsIsRefusedAndLeftAsItWas() throws IOException {
        Path existing = Files.writeString(dir.resolve("existing.db"), "not mine");

        assertThatThrownBy(() -> BackupCopies.write(database, existing)).isInstanceOf(BackupException.class)
                .hasMessageContaining("existing.db").hasMessageContaining("no older backup was removed");
        assertThat(Files.readString(existing)).isEqualTo("not mine");
    }

    @Test
    void restoringPutsBackEveryRowWithoutClosingTheConnection() {
        Path backup = dir.resolve("backup.db");
        BackupCopies.write(database, backup);
        Snapshot atBackup = Snapshot.of(file);
        database.inTransaction(() -> paths.delete(FixturePath.ID));
        assertThat(Snapshot.of(file)).isNotEqualTo(atBackup);

        Path working = dir.resolve("working.db");
        BackupCopies.prepareForRestore(backup, working);
        BackupCopies.restore(database, working);

        assertThat(Snapshot.of(file)).isEqualTo(atBackup);
        assertThat(database.pragma("journal_mode")).isEqualTo("wal");
        // The same connection goes on reading and writing.
        assertThat(database.inTransaction(paths::ids)).containsExactly(FixturePath.ID);
        database.inTransaction(() -> paths.delete(FixturePath.ID));
        assertThat(database.inTransaction(paths::ids)).isEmpty();
    }

    @Test
    void aWalFileToRestoreFromIsLeftWithoutTheLogAndIndexReadingItMade() throws IOException {
        // A salvaged file, or a copy of a data file, is a WAL file: read from a read-only connection, SQLite used to
        // leave its -wal and -shm beside it. A -wal that was there before is the file's own and stays.
        Path walFile = dir.resolve("salvaged.db");
        Database.open(walFile).close();
        assertThat(dir.resolve("salvaged.db-wal")).doesNotExist();

        BackupCopies.prepareForRestore(walFile, dir.resolve("working.db"));

        assertThat(dir.resolve("salvaged.db-wal")).doesNotExist();
        assertThat(dir.resolve("salvaged.db-shm")).doesNotExist();
        Files.write(dir.resolve("salvaged.db-wal"), new byte[0]);
        BackupCopies.prepareForRestore(walFile, dir.resolve("working-2.db"));
        assertThat(dir.resolve("salvaged.db-wal")).exists();
    }

    @Test
    void aBackupFromAnOlderVersionIsMigratedInTheWorkingCopyAndLeftAsItWas() throws IOException {
        Path old = dir.resolve("old.db");
        Database.open(old, Migrations.FOLDER, Migrations.SCRIPTS.subList(0, 3)).close();
        byte[] before = Files.readAllBytes(old);
        Path working = dir.resolve("working.db");

        BackupCopies.prepareForRestore(old, working);
        BackupCopies.restore(database, working);

        assertThat(Files.readAllBytes(old)).isEqualTo(before);
        assertThat(Probe.text(file, "PRAGMA user_version")).isEqualTo(String.valueOf(Migrations.SCRIPTS.size()));
        assertThat(database.inTransaction(paths::ids)).isEmpty();
        assertThat(Probe.count(file, "undo_step")).isZero();
    }

    @Test
    void aFileThatIsNotStepwisesIsNotPreparedForRestore() throws IOException, SQLException {
        Path foreign = dir.resolve("foreign.db");
        try (Connection connection = Probe.connect(foreign)) {
            connection.createStatement().execute("CREATE TABLE t (x)");
        }

        assertThatThrownBy(() -> BackupCopies.prepareForRestore(foreign, dir.resolve("working.db")))
                .isInstanceOf(BackupException.class).hasMessageContaining("not a Stepwise backup");
        assertThat(dir.resolve("working.db")).doesNotExist();
    }

    @Test
    void aDamagedCopyIsFoundByTheCheck() throws IOException {
        Path backup = dir.resolve("backup.db");
        BackupCopies.write(database, backup);
        int pageSize = Integer.parseInt(Probe.text(backup, "PRAGMA page_size"));
        byte[] bytes = Files.readAllBytes(backup);
        // Page 3 onwards overwritten with noise: the header (and the mark) survive, the tables do not.
        for (int i = 2 * pageSize; i < bytes.length; i += 7) {
            bytes[i] = (byte) (i * 31);
        }
        Files.write(backup, bytes);

        boolean refused;
        try {
            refused = !FileChecks.check(backup).ok();
        } catch (BackupException e) {
            refused = true;
        }
        assertThat(refused).isTrue();
        assertThatThrownBy(() -> BackupCopies.prepareForRestore(backup, dir.resolve("working.db")))
                .isInstanceOf(BackupException.class);
    }

    @Test
    void theChangeCounterMovesWithWritesButNotWithABackup() {
        long before = BackupCopies.changes(database);
        BackupCopies.write(database, dir.resolve("backup.db"));
        assertThat(BackupCopies.changes(database)).isEqualTo(before);

        database.inTransaction(() -> paths.delete(FixturePath.ID));

        assertThat(BackupCopies.changes(database)).isGreaterThan(before);
    }
}

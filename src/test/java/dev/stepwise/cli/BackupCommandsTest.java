package dev.stepwise.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stepwise.domain.ItemStatus;
import dev.stepwise.fixtures.FixturePath;
import dev.stepwise.service.Stepwise;
import dev.stepwise.store.Probe;
import dev.stepwise.store.Snapshot;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code backup}, {@code restore} and {@code check} through picocli, on real files. */
class BackupCommandsTest {
    @TempDir
    Path dir;

    private CliRunner cli;

    @BeforeEach
    void setUp() {
        cli = new CliRunner(dir.resolve("data"));
        cli.run("list").succeeded();
    }

    private void markDone() {
        try (Stepwise stepwise = CliRunner.open(cli.databaseFile())) {
            stepwise.progress().setStatus(FixturePath.ID, FixturePath.LEARN_SQL, ItemStatus.DONE);
        }
    }

    @Test
    void backupPrintsThePathOfACheckedCopy() {
        markDone();

        var result = cli.run("backup").succeeded();

        Path backup = Path.of(result.out().strip());
        assertThat(backup.getParent()).isEqualTo(dir.resolve("data").resolve("backups"));
        assertThat(backup.getFileName().toString()).contains("-manual");
        assertThat(Snapshot.of(backup)).isEqualTo(cli.snapshot());
    }

    @Test
    void aFileWhereTheBackupsFolderGoesIsNamedAsTheReason() throws IOException {
        Path inTheWay = dir.resolve("data").resolve("backups");
        try (var made = Files.list(inTheWay)) {
            for (Path file : made.toList()) {
                Files.delete(file);
            }
        }
        Files.delete(inTheWay);
        Files.writeString(inTheWay, "not a folder");

        var result = cli.run("backup");

        // The folder took no file, so the data folder is what cannot be used (3), not a copy that failed its check (5).
        assertThat(result.failedWith(ExitCodes.DATA_UNAVAILABLE).err())
                .contains(inTheWay + " is in the way: a file stands where a folder should be");
        assertThat(Files.readString(inTheWay)).isEqualTo("not a folder");
    }

    @Test
    void restorePutsTheBackupBackAndSaysWhereTheDataBeforeItIs() {
        Path backup = Path.of(cli.run("backup").succeeded().out().strip());
        Snapshot atBackup = cli.snapshot();
        markDone();
        Snapshot changed = cli.snapshot();

        var result = cli.run("restore", backup.toString()).succeeded();

        assertThat(cli.snapshot()).isEqualTo(atBackup);
        String before = result.out().lines().filter(line -> line.startsWith("Your data as it was before: ")).findFirst()
                .orElseThrow().substring("Your data as it was before: ".length());
        assertThat(before).contains("-before-restore");
        assertThat(Snapshot.of(Path.of(before))).isEqualTo(changed);
    }

    @Test
    void aFileThatIsNotABackupIsRefusedAndNothingChanges() throws IOException {
        Path notes = Files.writeString(dir.resolve("notes.db"), "these are notes, not a database of any kind");
        Snapshot before = cli.snapshot();

        var result = cli.run("restore", notes.toString()).failedWith(ExitCodes.BAD_INPUT);

        assertThat(result.err()).contains("notes.db");
        assertThat(cli.snapshot()).isEqualTo(before);
        assertThat(cli.run("restore", dir.resolve("missing.db").toString()).exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
    }

    @Test
    void aBackupCarryingATriggerIsRefusedAndCheckNamesIt() throws IOException {
        Path backup = Path.of(cli.run("backup").succeeded().out().strip());
        Path tampered = Files.copy(backup, dir.resolve("tampered.db"));
        Probe.execute(tampered, "CREATE TRIGGER evil AFTER UPDATE ON item_progress BEGIN DELETE FROM path; END");
        Snapshot before = cli.snapshot();

        var restore = cli.run("restore", tampered.toString()).failedWith(ExitCodes.BAD_INPUT);
        var check = new CliRunner(dir.resolve("data")).run("check");

        assertThat(restore.err()).contains("tampered.db", "trigger \u201cevil\u201d");
        assertThat(cli.snapshot()).isEqualTo(before);
        assertThat(check.exitCode()).as("the data itself is sound").isEqualTo(ExitCodes.OK);
        Files.copy(tampered, cli.databaseFile(), StandardCopyOption.REPLACE_EXISTING);
        Files.deleteIfExists(cli.databaseFile().resolveSibling("stepwise.db-wal"));
        assertThat(cli.run("check").out()).contains("trigger \u201cevil\u201d: Stepwise makes no triggers or views in its file");
    }

    @Test
    void aBackupWhoseValuesStepwiseCannotReadIsRefused() throws IOException {
        markDone();
        Path backup = Path.of(cli.run("backup").succeeded().out().strip());
        Snapshot before = cli.snapshot();
        Path badDate = Files.copy(backup, dir.resolve("bad-date.db"));
        Probe.execute(badDate, "UPDATE item_progress SET done_on = '2026-02-30' WHERE status = 'DONE'");
        Path noTitle = Files.copy(backup, dir.resolve("no-title.db"));
        Probe.execute(noTitle, "UPDATE path SET title = ''");

        var dateRefused = cli.run("restore", badDate.toString()).failedWith(ExitCodes.BAD_INPUT);
        var titleRefused = cli.run("restore", noTitle.toString()).failedWith(ExitCodes.BAD_INPUT);

        assertThat(dateRefused.err()).contains("bad-date.db cannot be restored", "\u201c" + FixturePath.ID + "\u201d", "2026-02-30")
                .contains("Your data is unchanged");
        assertThat(titleRefused.err()).contains("no-title.db cannot be restored", "field title");
        assertThat(cli.snapshot()).isEqualTo(before);
        cli.run("restore", backup.toString()).succeeded();
    }

    @Test
    void checkSaysOkForASoundFile() {
        var result = cli.run("check").succeeded();

        assertThat(result.out()).contains("Integrity: ok", "Links between rows: ok", "Stepwise file: yes", "  path: 1")
                .endsWith("OK" + System.lineSeparator());
    }

    @Test
    void checkFindsADamagedFileAndSalvageSavesTheReadableRowsIntoAFileStepwiseOpens() throws IOException {
        markDone();
        damageProgressPage();
        Path out = Files.createDirectory(dir.resolve("saved")).resolve("stepwise.db");

        var result = cli.run("check", "--salvage", out.toString());

        assertThat(result.exitCode()).as(result.err()).isEqualTo(ExitCodes.DAMAGED);
        assertThat(result.out()).as(result.err()).contains("Integrity: ", "Salvaged into " + out)
                .endsWith("DAMAGED" + System.lineSeparator());
        assertThat(result.out()).doesNotContain("Integrity: ok");
        try (Stepwise salvaged = CliRunner.open(out)) {
            assertThat(salvaged.databaseFile()).isEqualTo(out);
        }
        assertThat(cli.run("check", "--salvage", out.toString()).exitCode()).as("an existing target is refused")
                .isEqualTo(ExitCodes.BAD_INPUT);
    }

    /**
     * A file too damaged to check its links: it said "links not checked" among its problems, then "Links between rows:
     * ok"; and the salvage's counts are of rows in the salvaged file (a copied row removed as an orphan was counted
     * both copied and left behind).
     */
    @Test
    void checkNeverCallsOkWhatItCouldNotCheckAndSalvageCountsWhatItSaved() throws IOException {
        Path file = cli.databaseFile();
        int page = Integer.parseInt(Probe.text(file, "SELECT rootpage FROM sqlite_schema WHERE name = 'section'"));
        int pageSize = Integer.parseInt(Probe.text(file, "PRAGMA page_size"));
        byte[] bytes = Files.readAllBytes(file);
        Arrays.fill(bytes, (page - 1) * pageSize, page * pageSize, (byte) 0);
        Files.write(file, bytes);
        Path out = Files.createDirectory(dir.resolve("saved")).resolve("stepwise.db");

        var result = cli.run("check", "--salvage", out.toString());

        assertThat(result.exitCode()).as(result.err()).isEqualTo(ExitCodes.DAMAGED);
        assertThat(result.out()).contains("links not checked", "Links between rows: not checked")
                .doesNotContain("Links between rows: ok", ": -1");
        result.out().lines().filter(line -> line.endsWith(" left behind")).forEach(line -> {
            String table = line.strip().substring(0, line.strip().indexOf(':'));
            long copied = Long.parseLong(line.replaceAll(".*: (\\d+) copied.*", "$1"));
            assertThat(copied).as(line).isEqualTo(Probe.count(out, table));
        });
    }

    /**
     * Noise over the page that holds the tick made (item_progress's only page), past its header; the schema on the first
     * pages stays readable. (The file's last page can be an empty table's, whose noise nothing reads.)
     */
    private void damageProgressPage() throws IOException {
        Path file = cli.databaseFile();
        int page = Integer.parseInt(Probe.text(file, "SELECT rootpage FROM sqlite_schema WHERE name = 'item_progress'"));
        int pageSize = Integer.parseInt(Probe.text(file, "PRAGMA page_size"));
        byte[] bytes = Files.readAllBytes(file);
        for (int i = (page - 1) * pageSize + 8; i < page * pageSize; i++) {
            bytes[i] = (byte) (i * 37);
        }
        Files.write(file, bytes);
    }

    @Test
    void restoreReplacesADamagedDataFileAndMovesItAsideUntouched() throws IOException {
        Path backup = Path.of(cli.run("backup").succeeded().out().strip());
        Snapshot atBackup = cli.snapshot();
        markDone();
        damageProgressPage();
        byte[] damaged = Files.readAllBytes(cli.databaseFile());
        cli.run("list").failedWith(ExitCodes.DATA_UNAVAILABLE);

        var result = cli.run("restore", backup.toString()).succeeded();

        assertThat(cli.snapshot()).isEqualTo(atBackup);
        String aside = result.out().lines().filter(line -> line.contains("moved aside")).findFirst().orElseThrow();
        Path asideFile = Path.of(aside.substring(aside.lastIndexOf(" to ") + " to ".length()));
        assertThat(asideFile.getFileName().toString()).startsWith("stepwise.db.damaged-");
        assertThat(Files.readAllBytes(asideFile)).isEqualTo(damaged);
        try (var files = Files.list(cli.databaseFile().getParent())) {
            assertThat(files.map(file -> file.getFileName().toString())).noneMatch(name -> name.contains("restoring"));
        }
        cli.run("list").succeeded();
    }

    @Test
    void anEmptiedDataFileIsRefusedAndCheckedAsEmptyAndRestoreBringsItBack() throws IOException {
        markDone();
        Path backup = Path.of(cli.run("backup").succeeded().out().strip());
        Snapshot atBackup = cli.snapshot();
        Files.write(cli.databaseFile(), new byte[0]);

        assertThat(cli.run("list").failedWith(ExitCodes.DATA_UNAVAILABLE).err()).contains("empty (0 bytes)");
        assertThat(cli.databaseFile()).isEmptyFile();
        var check = cli.run("check");
        assertThat(check.exitCode()).isEqualTo(ExitCodes.DAMAGED);
        assertThat(check.out()).contains("Integrity: the file is empty (0 bytes)");

        cli.run("restore", backup.toString()).succeeded();
        assertThat(cli.snapshot()).isEqualTo(atBackup);
    }

    @Test
    void aBackupThatIsAFolderOrMissingIsRefusedAsEveryInputFileIs() {
        Snapshot before = cli.snapshot();

        assertThat(cli.run("restore", dir.toString()).failedWith(ExitCodes.BAD_INPUT).err().strip())
                .isEqualTo("stepwise: " + dir + ": is a folder, not a file");
        assertThat(cli.run("restore", dir.resolve("gone.db").toString()).failedWith(ExitCodes.BAD_INPUT).err().strip())
                .isEqualTo("stepwise: " + dir.resolve("gone.db") + ": no such file");
        assertThat(cli.snapshot()).isEqualTo(before);
    }

    @Test
    void aRefusedBackupLeavesADamagedDataFileWhereItWas() throws IOException {
        markDone();
        damageProgressPage();
        byte[] damaged = Files.readAllBytes(cli.databaseFile());
        Path notes = Files.writeString(dir.resolve("notes.db"), "not a database");

        var result = cli.run("restore", notes.toString()).failedWith(ExitCodes.BAD_INPUT);

        assertThat(result.err()).contains("notes.db");
        assertThat(Files.readAllBytes(cli.databaseFile())).isEqualTo(damaged);
        try (var files = Files.list(cli.databaseFile().getParent())) {
            assertThat(files.map(file -> file.getFileName().toString())).noneMatch(name -> name.contains("damaged-"));
        }
    }

    @Test
    void aSalvageTargetIsCheckedAsEveryOutputIsBeforeAnyWork() throws IOException {
        markDone();
        Path missingFolder = dir.resolve("no-such-folder").resolve("saved.db");

        var intoMissing = cli.run("check", "--salvage", missingFolder.toString()).failedWith(ExitCodes.BAD_INPUT);
        var intoFolder = cli.run("check", "--salvage", dir.toString()).failedWith(ExitCodes.BAD_INPUT);
        var intoData = cli.run("check", "--salvage", cli.databaseFile().toString()).failedWith(ExitCodes.BAD_INPUT);
        var toStandardOutput = cli.run("check", "--salvage", "-").failedWith(ExitCodes.USAGE);

        assertThat(intoMissing.err()).contains("the folder " + missingFolder.getParent() + " does not exist");
        assertThat(missingFolder.getParent()).doesNotExist();
        assertThat(intoFolder.err()).contains(dir + ": it is a folder");
        assertThat(intoData.err()).contains(cli.databaseFile() + ": it is a database");
        assertThat(toStandardOutput.err()).contains("give --salvage FILE");
        assertThat(dir.resolve("-")).doesNotExist();
        assertThat(intoData.out() + intoFolder.out() + intoMissing.out()).as("refused before the check ran").isEmpty();
    }

    @Test
    void aFileWithNothingReadableSaysNothingWasSalvaged() throws IOException {
        Path file = cli.databaseFile();
        cli.run("list").succeeded();
        byte[] noise = new byte[8192];
        new Random(7).nextBytes(noise);
        Files.write(file, noise);
        Files.deleteIfExists(file.resolveSibling("stepwise.db-wal"));
        Path out = dir.resolve("saved.db");

        var result = cli.run("check", "--salvage", out.toString());

        assertThat(result.exitCode()).isEqualTo(ExitCodes.DAMAGED);
        assertThat(result.out()).contains("Nothing can be read from it, so nothing was salvaged into " + out);
        assertThat(out).doesNotExist();
    }

    @Test
    void checkWithoutADataFileSaysTheDataIsUnavailable() {
        new CliRunner(dir.resolve("empty")).run("check").failedWith(ExitCodes.DATA_UNAVAILABLE);
    }
}

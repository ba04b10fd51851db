package dev.stepwise.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stepwise.domain.Phrase;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Named files in and out: bounded, strict UTF-8, and exports that are whole or absent. */
class TextFilesTest {
    @TempDir
    Path dir;

    @Test
    void textIsReadAsUtf8WithItsByteOrderMarkKept() throws IOException {
        Path file = dir.resolve("role.txt");
        Files.write(file, "\uFEFFIngénieure\r\n".getBytes(StandardCharsets.UTF_8));
        assertThat(TextFiles.readText(file, 1024, Phrase.of("textFile.kind.roleDescription"))).isEqualTo("\uFEFFIngénieure\r\n");
    }

    @Test
    void bytesThatAreNotUtf8AreRefusedNotReplaced() throws IOException {
        Path file = dir.resolve("latin1.txt");
        Files.write(file, "Ingénieure".getBytes(StandardCharsets.ISO_8859_1));
        assertThatThrownBy(() -> TextFiles.readText(file, 1024, Phrase.of("textFile.kind.roleDescription")))
                .isInstanceOf(TextFileException.class)
                .hasMessage(file + ": not UTF-8 text, so not a role description");
    }

    /** The limit is in characters: a file too large to hold that many, whatever they are, is not read. */
    @Test
    void aTextFileOverTheLimitIsRefusedUnread() throws IOException {
        Path file = dir.resolve("big.txt");
        Files.write(file, new byte[TextFiles.maxBytesOf(512) + 1]);
        assertThatThrownBy(() -> TextFiles.readText(file, 512, Phrase.of("textFile.kind.roleDescription")))
                .hasMessage(file + ": has more than 512 characters, too many for a role description");
    }

    @Test
    void aTextFileOfTheLimitInFourByteCharactersAndAByteOrderMarkIsRead() throws IOException {
        Path file = dir.resolve("emoji.txt");
        Files.writeString(file, "\uFEFF" + "😀".repeat(512));
        assertThat(TextFiles.readText(file, 512, Phrase.of("textFile.kind.roleDescription"))).hasSize(1 + 2 * 512);
    }

    @Test
    void aReaderSeesOneByteMoreThanItsLimitSoItCanReportItsOwnSizeRule() throws IOException {
        Path file = dir.resolve("big.json");
        Files.write(file, new byte[5000]);
        Integer seen = TextFiles.read(file, 100, in -> {
            try {
                return in.readAllBytes().length;
            } catch (IOException e) {
                throw new AssertionError(e);
            }
        });
        assertThat(seen).isEqualTo(101);
    }

    @Test
    void missingFilesAndFoldersAreNamed() {
        assertThatThrownBy(() -> TextFiles.readText(dir.resolve("gone.txt"), 10, Phrase.of("textFile.kind.roleDescription")))
                .hasMessage(dir.resolve("gone.txt") + ": no such file");
        assertThatThrownBy(() -> TextFiles.readText(dir, 10, Phrase.of("textFile.kind.roleDescription")))
                .hasMessage(dir + ": is a folder, not a file");
    }

    @Test
    void anExportReplacesTheFileWholeAndLeavesNoTemporaryFileBehind() throws IOException {
        Path file = dir.resolve("path.json");
        Files.writeString(file, "old");
        TextFiles.writeAtomically(file, "{\"new\": true}");
        assertThat(Files.readString(file)).isEqualTo("{\"new\": true}");
        try (var files = Files.list(dir)) {
            assertThat(files).containsExactly(file);
        }
    }

    @Test
    void anExportThatCannotBeWrittenLeavesTheOldFileAsItWas() throws IOException {
        Path folder = dir.resolve("it-is-a-folder.json");
        Files.createDirectory(folder);
        assertThatThrownBy(() -> TextFiles.writeAtomically(folder, "x"))
                .hasMessage("cannot write " + folder + ": it is a folder");
        Path missing = dir.resolve("no-such-folder").resolve("x.json");
        assertThatThrownBy(() -> TextFiles.writeAtomically(missing, "x"))
                .hasMessage("cannot write " + missing + ": the folder " + missing.getParent() + " does not exist");
        try (var files = Files.list(dir)) {
            assertThat(files).containsExactly(folder);
        }
    }

    @Test
    void anExportNeverReplacesADatabaseOrItsLogFiles() throws Exception {
        Path database = dir.resolve("stepwise.db");
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + database);
             Statement statement = connection.createStatement()) {
            statement.executeUpdate("CREATE TABLE t (x)");
        }
        byte[] before = Files.readAllBytes(database);
        Path log = dir.resolve("stepwise.db-wal");
        Files.writeString(log, "frames");

        assertThatThrownBy(() -> TextFiles.writeAtomically(database, "a,b\n")).isInstanceOf(TextFileException.class)
                .hasMessageStartingWith("cannot write " + database + ": it is a database");
        assertThatThrownBy(() -> TextFiles.checkWritable(log)).hasMessageStartingWith("cannot write " + log + ": it is a database");
        assertThat(Files.readAllBytes(database)).isEqualTo(before);
        assertThat(Files.readString(log)).isEqualTo("frames");
        // A file merely named like one is an ordinary file.
        TextFiles.writeAtomically(dir.resolve("notes.db"), "text");
        assertThat(Files.readString(dir.resolve("notes.db"))).isEqualTo("text");
    }

    @Test
    void aLinkIsFollowedSoTheLinkStaysAndItsFileIsUpdated() throws IOException {
        Path real = Files.writeString(dir.resolve("real.json"), "old");
        Path link = Files.createSymbolicLink(dir.resolve("link.json"), Path.of("real.json"));
        Path dangling = Files.createSymbolicLink(dir.resolve("later.json"), Path.of("made-later.json"));

        TextFiles.writeAtomically(link, "new");
        TextFiles.writeAtomically(dangling, "made");

        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(Files.readString(real)).isEqualTo("new");
        assertThat(Files.isSymbolicLink(dangling)).isTrue();
        assertThat(Files.readString(dir.resolve("made-later.json"))).isEqualTo("made");
    }

    @Test
    void linksInACircleAreRefused() throws IOException {
        Path one = Files.createSymbolicLink(dir.resolve("one.json"), Path.of("two.json"));
        Files.createSymbolicLink(dir.resolve("two.json"), Path.of("one.json"));

        assertThatThrownBy(() -> TextFiles.writeAtomically(one, "x"))
                .hasMessage("cannot write " + one + ": its links lead round in a circle");
    }

    @Test
    void aPipeIsWrittenAsAStreamAndStaysAPipe() throws Exception {
        Path pipe = dir.resolve("pipe");
        Assumptions.assumeTrue(new ProcessBuilder("mkfifo", pipe.toString()).start().waitFor() == 0, "mkfifo is not available");
        CompletableFuture<String> read = CompletableFuture.supplyAsync(() -> {
            try {
                return Files.readString(pipe);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });

        TextFiles.writeAtomically(pipe, "through the pipe");

        assertThat(read.get(10, TimeUnit.SECONDS)).isEqualTo("through the pipe");
        assertThat(Files.isRegularFile(pipe)).isFalse();
        assertThat(Files.exists(pipe)).isTrue();
    }

    @Test
    void aReplacedFileKeepsItsPermissionsAndANewOneGetsTheUsualOnes() throws IOException {
        Assumptions.assumeTrue(dir.getFileSystem().supportedFileAttributeViews().contains("posix"));
        Path shared = Files.writeString(dir.resolve("shared.csv"), "old");
        Set<PosixFilePermission> readableByAll = PosixFilePermissions.fromString("rw-r--r--");
        Files.setPosixFilePermissions(shared, readableByAll);
        Path usual = Files.createFile(dir.resolve("usual.txt"));

        TextFiles.writeAtomically(shared, "new");
        TextFiles.writeAtomically(dir.resolve("report.html"), "<p>");

        assertThat(Files.getPosixFilePermissions(shared)).isEqualTo(readableByAll);
        assertThat(Files.getPosixFilePermissions(dir.resolve("report.html"))).isEqualTo(Files.getPosixFilePermissions(usual));
    }

    @Test
    void aBlankNameIsNotAFileName() {
        assertThatThrownBy(() -> TextFiles.writeAtomically(Path.of(""), "x"))
                .hasMessage("cannot write \u201c\u201d: that is not a file name");
        assertThatThrownBy(() -> TextFiles.checkWritable(dir.resolve("   "))).hasMessage("cannot write \u201c" + dir.resolve("   ")
                + "\u201d: that is not a file name");
        assertThat(dir.resolve("   ")).doesNotExist();
    }
}

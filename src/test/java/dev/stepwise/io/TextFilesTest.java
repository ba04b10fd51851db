package dev.stepwise.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stepwise.domain.Phrase;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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

    @Test
    void aTextFileOverTheLimitIsRefusedUnread() throws IOException {
        Path file = dir.resolve("big.txt");
        Files.write(file, new byte[2049]);
        assertThatThrownBy(() -> TextFiles.readText(file, 2048, Phrase.of("textFile.kind.roleDescription")))
                .hasMessage(file + ": larger than 2 KB, too large for a role description");
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
}

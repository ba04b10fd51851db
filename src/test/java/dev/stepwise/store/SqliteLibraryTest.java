package dev.stepwise.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stepwise.Launcher;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteJDBCLoader;
import org.sqlite.util.LibraryLoaderUtil;

/** The driver's native library, kept once in the cache folder instead of written to the temp folder at every start. */
class SqliteLibraryTest {
    @TempDir
    Path dir;

    private static byte[] shipped() throws IOException {
        try (InputStream in = SQLiteJDBCLoader.class.getResourceAsStream(
                LibraryLoaderUtil.getNativeLibResourcePath() + "/" + LibraryLoaderUtil.getNativeLibName())) {
            assertThat(in).as("sqlite-jdbc ships a library for this system").isNotNull();
            return in.readAllBytes();
        }
    }

    @Test
    void theCopyIsTheDriversOwnLibraryUnderItsVersion() throws IOException {
        Path copy = SqliteLibrary.ensureCopy(dir);

        assertThat(copy.getParent().getFileName()).hasToString("sqlite-jdbc-" + SQLiteJDBCLoader.getVersion());
        assertThat(Files.readAllBytes(copy)).isEqualTo(shipped());
        try (Stream<Path> left = Files.list(copy.getParent())) {
            assertThat(left).as("no part file left behind").containsExactly(copy);
        }
    }

    @Test
    void aCopyAlreadyThereIsKeptAndAWrongSizedOneIsMadeAgain() throws IOException {
        Path copy = SqliteLibrary.ensureCopy(dir);
        FileTime marked = FileTime.from(Instant.parse("2020-01-01T00:00:00Z"));
        Files.setLastModifiedTime(copy, marked);

        assertThat(SqliteLibrary.ensureCopy(dir)).isEqualTo(copy);
        assertThat(Files.getLastModifiedTime(copy)).as("not written again").isEqualTo(marked);

        Files.write(copy, new byte[] {1, 2, 3});
        SqliteLibrary.ensureCopy(dir);
        assertThat(Files.readAllBytes(copy)).as("a cut-off copy is replaced").isEqualTo(shipped());
    }

    @Test
    void aFolderThatCannotBeMadeIsAnErrorAndTheDriverIsLeftAlone() throws IOException {
        Path notAFolder = Files.writeString(dir.resolve("file"), "x");

        assertThatThrownBy(() -> SqliteLibrary.ensureCopy(notAFolder)).isInstanceOf(IOException.class);
        assertThat(System.getProperty(SqliteLibrary.PATH_PROPERTY)).as("this test JVM never chose a library").isNull();
        assertThat(SqliteLibrary.useCopyIn(notAFolder)).isFalse();
        assertThat(System.getProperty(SqliteLibrary.PATH_PROPERTY)).isNull();
        assertThat(System.getProperty(SqliteLibrary.NAME_PROPERTY)).isNull();
    }

    /** A real start of the command line: it opens a database, and the temp folder gets no copy of the library. */
    @Test
    void theCommandLineLoadsTheCachedCopyAndWritesNothingToTheTempFolder() throws Exception {
        Path temp = Files.createDirectories(dir.resolve("tmp"));
        Path cache = dir.resolve("cache");
        Path data = dir.resolve("data");
        ProcessBuilder builder = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.io.tmpdir=" + temp, "-cp", System.getProperty("java.class.path"), Launcher.class.getName(),
                "list", "--data-dir", data.toString()))
                .redirectErrorStream(true).redirectOutput(dir.resolve("out.txt").toFile());
        builder.environment().put("XDG_CACHE_HOME", cache.toString());
        builder.environment().remove("STEPWISE_DATA_DIR");

        for (int start = 1; start <= 2; start++) {
            Process process = builder.start();
            assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
            assertThat(process.exitValue()).as(Files.readString(dir.resolve("out.txt"))).isZero();
        }

        assertThat(Files.exists(data.resolve("stepwise.db"))).as("the database was opened").isTrue();
        try (Stream<Path> extracted = Files.list(temp)) {
            assertThat(extracted.map(path -> path.getFileName().toString())).noneMatch(name -> name.startsWith("sqlite-"));
        }
        try (Stream<Path> cached = Files.walk(cache)) {
            assertThat(cached.filter(path -> path.getFileName().toString().equals(LibraryLoaderUtil.getNativeLibName())))
                    .hasSize(1);
        }
    }
}

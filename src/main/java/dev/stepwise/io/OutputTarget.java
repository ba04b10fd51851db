package dev.stepwise.io;

import dev.stepwise.domain.Phrase;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * Where a file the learner names for an export really goes, decided before a byte is written. A link is followed to
 * the file it names, so the link stays and its file is updated. A device or a pipe ({@code /dev/null}, a FIFO) is
 * written as a stream, since it cannot be replaced by a rename. A folder, a missing folder and a blank name are
 * refused. So is any SQLite database and its log files: the one file an export must never replace is the learner's
 * data (or a backup of it), and a report written over {@code stepwise.db} would have destroyed it with "Wrote …".
 */
record OutputTarget(Path file, boolean stream) {
    /** Linux's own limit on links followed in one name (ELOOP). */
    private static final int MAX_LINKS = 40;
    /** The first 16 bytes of every SQLite database (https://www.sqlite.org/fileformat.html). */
    private static final byte[] DATABASE_HEADER = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);
    private static final List<String> LOG_SUFFIXES = List.of("-wal", "-shm", "-journal");

    /**
     * @throws TextFileException naming the file and why nothing can be written to it
     */
    static OutputTarget of(Path named) {
        String shown = named.toString();
        if (shown.isBlank() || named.getFileName() == null || named.getFileName().toString().isBlank()) {
            throw new TextFileException(Phrase.of("textFile.noName", shown), null);
        }
        Path file = followLinks(named, named.toAbsolutePath());
        if (Files.isDirectory(file)) {
            throw new TextFileException(Phrase.of("textFile.writeFolder", shown), null);
        }
        Path folder = file.getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw new TextFileException(Phrase.of("textFile.noFolder", shown, String.valueOf(folder)), null);
        }
        if (Files.exists(file) && !Files.isRegularFile(file)) {
            return new OutputTarget(file, true);
        }
        if (isDatabase(file) || isDatabaseLog(file)) {
            throw new TextFileException(Phrase.of("textFile.database", shown), null);
        }
        return new OutputTarget(file, false);
    }

    private static Path followLinks(Path named, Path absolute) {
        Path current = absolute;
        for (int hops = 0; Files.isSymbolicLink(current); hops++) {
            if (hops == MAX_LINKS) {
                throw new TextFileException(Phrase.of("textFile.linkLoop", named.toString()), null);
            }
            try {
                // A relative link is relative to the folder it is in; resolveSibling keeps an absolute one as it is.
                current = current.resolveSibling(Files.readSymbolicLink(current)).normalize();
            } catch (IOException e) {
                throw new TextFileException(Phrase.of("textFile.unwritable", named.toString(), String.valueOf(e.getMessage())), e);
            }
        }
        return current;
    }

    private static boolean isDatabase(Path file) {
        if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            return false;
        }
        try (InputStream in = Files.newInputStream(file)) {
            return Arrays.equals(in.readNBytes(DATABASE_HEADER.length), DATABASE_HEADER);
        } catch (IOException e) {
            // Unreadable here means unwritable too, most likely; writing will say so in its own words.
            return false;
        }
    }

    /** {@code stepwise.db-wal} and the like, beside their database: they hold its latest changes. */
    private static boolean isDatabaseLog(Path file) {
        String name = file.getFileName().toString();
        return LOG_SUFFIXES.stream().filter(name::endsWith).anyMatch(suffix ->
                name.length() > suffix.length() && isDatabase(file.resolveSibling(name.substring(0, name.length() - suffix.length()))));
    }
}

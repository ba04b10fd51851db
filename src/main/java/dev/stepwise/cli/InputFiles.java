package dev.stepwise.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Function;

/**
 * Files the learner names on the command line, read as untrusted input: a missing, unreadable or oversized file is
 * refused with one line naming it, before any of it is parsed or the database is opened.
 */
final class InputFiles {
    private InputFiles() {
    }

    /** Hands the open file to a strict reader (which limits the size itself) and returns what it read. */
    static <T> T read(Path file, Function<InputStream, T> reader) {
        requireFile(file);
        try (InputStream in = Files.newInputStream(file)) {
            return reader.apply(in);
        } catch (IOException e) {
            throw unreadable(file, e);
        }
    }

    /**
     * The file as UTF-8 text, refused unread beyond {@code maxBytes} and refused if it is not UTF-8.
     *
     * @param kind what the file should hold, for the message ("a role description")
     */
    static String readText(Path file, int maxBytes, String kind) {
        requireFile(file);
        byte[] bytes;
        try (InputStream in = Files.newInputStream(file)) {
            bytes = in.readNBytes(maxBytes + 1);
        } catch (IOException e) {
            throw unreadable(file, e);
        }
        if (bytes.length > maxBytes) {
            throw new CliProblem(String.format(Locale.ROOT, "%s: larger than %,d KB, too large for %s", file,
                    maxBytes / 1024, kind));
        }
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new CliProblem(file + ": not UTF-8 text, so not " + kind, e);
        }
    }

    private static void requireFile(Path file) {
        if (Files.isDirectory(file)) {
            throw new CliProblem(file + ": is a folder, not a file");
        }
    }

    private static CliProblem unreadable(Path file, IOException e) {
        if (e instanceof NoSuchFileException) {
            return new CliProblem(file + ": no such file", e);
        }
        if (e instanceof AccessDeniedException) {
            return new CliProblem(file + ": cannot be read (permission denied)", e);
        }
        return new CliProblem(file + ": cannot be read (" + e.getMessage() + ")", e);
    }
}

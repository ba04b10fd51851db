package dev.stepwise.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;

/**
 * Text files in and out for imports and exports. Reading is bounded and strict (a file larger than the limit is
 * not read at all; bytes that are not UTF-8 are refused, not replaced); writing goes to a temporary file beside the
 * target that is moved into place, so a failed export never leaves half a file or spoils the one already there.
 * Failures are {@link UncheckedIOException}s whose message names the file and says what went wrong.
 */
public final class TextFiles {
    private TextFiles() {
    }

    /** The file's text, decoded as UTF-8 (a byte-order mark is kept for the parser to skip). */
    public static String read(Path file, int maxBytes) {
        byte[] bytes = readBytes(file, maxBytes);
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new UncheckedIOException(name(file) + ": is not UTF-8 text", e);
        }
    }

    /** The file's bytes, refused unread when there are more than {@code maxBytes}. */
    public static byte[] readBytes(Path file, int maxBytes) {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] bytes = in.readNBytes(maxBytes + 1);
            if (bytes.length > maxBytes) {
                String problem = name(file) + ": is larger than " + size(maxBytes) + ", the most Stepwise reads";
                throw new UncheckedIOException(problem, new IOException(problem));
            }
            return bytes;
        } catch (NoSuchFileException e) {
            throw new UncheckedIOException(name(file) + ": no such file", e);
        } catch (AccessDeniedException e) {
            throw new UncheckedIOException(name(file) + ": cannot be read (permission denied)", e);
        } catch (IOException e) {
            throw new UncheckedIOException(name(file) + ": cannot be read (" + e.getMessage() + ")", e);
        }
    }

    /** Writes the text as UTF-8, all or nothing. The folder must exist. */
    public static void writeAtomically(Path file, String text) {
        Path target = file.toAbsolutePath();
        Path folder = target.getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            String problem = target + ": the folder " + folder + " does not exist";
            throw new UncheckedIOException(problem, new NoSuchFileException(String.valueOf(folder)));
        }
        Path temporary = null;
        try {
            temporary = Files.createTempFile(folder, "." + target.getFileName(), ".part");
            Files.writeString(temporary, text, StandardCharsets.UTF_8);
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AccessDeniedException e) {
            throw new UncheckedIOException(target + ": cannot be written (permission denied)", e);
        } catch (IOException e) {
            throw new UncheckedIOException(target + ": cannot be written (" + e.getMessage() + ")", e);
        } finally {
            deleteQuietly(temporary);
        }
    }

    private static void deleteQuietly(Path temporary) {
        if (temporary == null) {
            return;
        }
        try {
            Files.deleteIfExists(temporary);
        } catch (IOException ignored) {
            // The export itself succeeded or already failed with its own message; a stray ".part" file is harmless.
        }
    }

    private static String name(Path file) {
        Path name = file.getFileName();
        return name == null ? file.toString() : name.toString();
    }

    private static String size(int bytes) {
        return bytes >= 1024 * 1024 ? String.format(Locale.ROOT, "%d MB", bytes / (1024 * 1024))
                : String.format(Locale.ROOT, "%d KB", bytes / 1024);
    }
}

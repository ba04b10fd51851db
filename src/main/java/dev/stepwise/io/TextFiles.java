package dev.stepwise.io;

import dev.stepwise.domain.Phrase;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;

/**
 * Files the learner names, in and out — the one way the window and the command line read imports and write exports.
 * Reading is bounded and strict: a file larger than the limit is not read at all, and bytes that are not UTF-8 are
 * refused, not replaced. Writing goes to a temporary file beside the target, forced to disk, then moved over the
 * target in one step, so a failed export never leaves half a file and never replaces a good one; where the target
 * really is (a link's file, a device), and whether it may be written at all, is {@link OutputTarget}'s call. Every
 * failure is a {@link TextFileException} naming the file.
 */
public final class TextFiles {
    private TextFiles() {
    }

    /** UTF-8 takes at most four bytes a character, and a byte-order mark three more. */
    private static final int MAX_UTF8_BYTES = 4;
    private static final int BOM_BYTES = 3;

    /** Hands the file's bytes (at most {@code maxBytes}) to a reader, which applies its own rules and limits. */
    public static <T> T read(Path file, int maxBytes, Function<InputStream, T> reader) {
        return reader.apply(new ByteArrayInputStream(readBytes(file, maxBytes, null)));
    }

    /** The file's bytes (at most {@code maxBytes}, and one more for a reader that reports its own limit). */
    public static byte[] bytes(Path file, int maxBytes) {
        return readBytes(file, maxBytes, null);
    }

    /**
     * The most bytes a UTF-8 file of {@code maxChars} characters (and a byte-order mark) can take: a larger file holds
     * more characters than that, whatever they are, so it need not be read to be refused.
     */
    public static int maxBytesOf(int maxChars) {
        return MAX_UTF8_BYTES * maxChars + BOM_BYTES;
    }

    /**
     * The file as UTF-8 text (a byte-order mark is kept for the parser to skip). A file too large to hold at most
     * {@code maxChars} characters is refused unread, its limit said in characters; the caller counts the characters of
     * a file below that size and says the same limit the same way.
     *
     * @param kind what the file should hold, for the message ("a role description")
     */
    public static String readText(Path file, int maxChars, Phrase kind) {
        byte[] bytes = readBytes(file, maxBytesOf(maxChars), Phrase.of("textFile.tooLarge", file.toString(), maxChars, kind));
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new TextFileException(Phrase.of("textFile.notUtf8", file.toString(), kind), e);
        }
    }

    /**
     * Refuses, in the words every read uses, a file that cannot be read: for a file another reader opens (a backup,
     * read by SQLite), so its refusal reads like every other input file's.
     *
     * @throws TextFileException when it is a folder, missing or not readable
     */
    public static void checkReadable(Path file) {
        if (Files.isDirectory(file)) {
            throw new TextFileException(Phrase.of("textFile.isFolder", file.toString()), null);
        }
        if (!Files.exists(file)) {
            throw new TextFileException(Phrase.of("textFile.missing", file.toString()), null);
        }
        if (!Files.isReadable(file)) {
            throw new TextFileException(Phrase.of("textFile.denied", file.toString()), null);
        }
    }

    /**
     * The file's bytes. One byte more than the limit is let through for a reader that reports its own size limit;
     * with a {@code tooLarge} refusal, a larger file is refused here, unread.
     */
    private static byte[] readBytes(Path file, int maxBytes, Phrase tooLarge) {
        if (Files.isDirectory(file)) {
            throw new TextFileException(Phrase.of("textFile.isFolder", file.toString()), null);
        }
        try (InputStream in = Files.newInputStream(file)) {
            byte[] bytes = in.readNBytes(maxBytes + 1);
            if (bytes.length > maxBytes && tooLarge != null) {
                throw new TextFileException(tooLarge, null);
            }
            return bytes;
        } catch (NoSuchFileException e) {
            throw new TextFileException(Phrase.of("textFile.missing", file.toString()), e);
        } catch (AccessDeniedException e) {
            throw new TextFileException(Phrase.of("textFile.denied", file.toString()), e);
        } catch (IOException e) {
            throw new TextFileException(Phrase.of("textFile.unreadable", file.toString(), String.valueOf(e.getMessage())), e);
        }
    }

    /**
     * Refuses a target that cannot be written, before any work is done: its folder is missing, it is a folder, it has no
     * name, or it is a database ({@link OutputTarget}).
     */
    public static void checkWritable(Path target) {
        OutputTarget.of(target);
    }

    /** Writes the text as UTF-8, all or nothing. */
    public static void writeAtomically(Path target, String content) {
        writeAtomically(target, content.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Writes the bytes (a report's picture), all or nothing, as {@link #writeAtomically(Path, String)} writes text. A
     * file that is replaced keeps its permissions; a new one gets the ones any new file of the learner's gets.
     */
    public static void writeAtomically(Path target, byte[] content) {
        OutputTarget output = OutputTarget.of(target);
        if (output.stream()) {
            writeStream(target, output.file(), content);
            return;
        }
        Path file = output.file();
        String unique = Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), Character.MAX_RADIX);
        Path temp = file.resolveSibling("." + file.getFileName() + "." + unique + ".tmp");
        try {
            // CREATE_NEW, not createTempFile: that one makes the file readable by its owner only, whatever the umask.
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                ByteBuffer bytes = ByteBuffer.wrap(content);
                while (bytes.hasRemaining()) {
                    channel.write(bytes);
                }
                channel.force(true);
            }
            keepPermissions(file, temp);
            move(temp, file);
        } catch (IOException e) {
            deleteQuietly(temp);
            throw writeFailure(target, file, e);
        }
    }

    /** A device or a pipe: written in place, as {@code > /dev/null} would. */
    private static void writeStream(Path target, Path file, byte[] content) {
        try (OutputStream out = Files.newOutputStream(file, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
            out.write(content);
        } catch (IOException e) {
            throw writeFailure(target, file, e);
        }
    }

    private static void keepPermissions(Path replaced, Path temp) throws IOException {
        if (Files.exists(replaced) && Files.getFileStore(temp).supportsFileAttributeView(PosixFileAttributeView.class)) {
            Files.setPosixFilePermissions(temp, Files.getPosixFilePermissions(replaced));
        }
    }

    /** Names the file the learner gave, and the system's reason; never the temporary file's name. */
    private static TextFileException writeFailure(Path target, Path file, IOException e) {
        if (e instanceof AccessDeniedException) {
            return new TextFileException(Phrase.of("textFile.writeDenied", target.toString()), e);
        }
        if (e instanceof NoSuchFileException) {
            return new TextFileException(Phrase.of("textFile.cannotCreate", target.toString(), String.valueOf(file.getParent())), e);
        }
        String reason = e instanceof FileSystemException system && system.getReason() != null ? system.getReason()
                : String.valueOf(e.getMessage());
        return new TextFileException(Phrase.of("textFile.unwritable", target.toString(), reason), e);
    }

    private static void move(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void deleteQuietly(Path temp) {
        if (temp == null) {
            return;
        }
        try {
            Files.deleteIfExists(temp);
        } catch (IOException ignored) {
            // Already reporting why the write failed; a stray temporary file is the lesser problem.
        }
    }
}

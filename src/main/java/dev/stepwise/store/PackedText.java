package dev.stepwise.store;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;

/**
 * Large text kept small in a TEXT column: its UTF-8, DEFLATE-compressed (fastest level), in base64. A path's
 * upstream base — the whole path as a file, 8.7 MB at 10,000 items — packs to about a sixth, which the install
 * writes, the log carries and every backup copies. Base64 and not a BLOB: the undo log keeps rows as JSON, which
 * cannot hold a BLOB.
 *
 * <p>Unpacking reads a value that may come from a file Stepwise did not write (a restored backup): anything that is
 * not base64, not DEFLATE, not UTF-8 or larger than {@link #MAX_UNPACKED_BYTES} is refused, never guessed at.
 */
final class PackedText {
    /** Like the largest path file read: nothing Stepwise packs is larger. */
    static final int MAX_UNPACKED_BYTES = 32 * 1024 * 1024;

    private PackedText() {
    }

    static String pack(String text) {
        Deflater deflater = new Deflater(Deflater.BEST_SPEED);
        try {
            deflater.setInput(text.getBytes(StandardCharsets.UTF_8));
            deflater.finish();
            ByteArrayOutputStream packed = new ByteArrayOutputStream(text.length() / 4 + 64);
            byte[] chunk = new byte[64 * 1024];
            while (!deflater.finished()) {
                packed.write(chunk, 0, deflater.deflate(chunk));
            }
            return Base64.getEncoder().encodeToString(packed.toByteArray());
        } finally {
            deflater.end();
        }
    }

    /**
     * The text packed into {@code packed}.
     *
     * @throws IllegalArgumentException saying what is wrong with it
     */
    static String unpack(String packed) {
        // DEFLATE never grows what it packs by more than a few bytes per block: a longer value was not packed here.
        if (packed.length() > MAX_UNPACKED_BYTES / 3 * 4 + 4_096) {
            throw new IllegalArgumentException("packed text larger than " + MAX_UNPACKED_BYTES + " bytes");
        }
        byte[] deflated;
        try {
            deflated = Base64.getDecoder().decode(packed);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("packed text that is not base64", e);
        }
        Inflater inflater = new Inflater();
        try {
            inflater.setInput(deflated);
            ByteArrayOutputStream text = new ByteArrayOutputStream(Math.min(deflated.length * 4, MAX_UNPACKED_BYTES));
            byte[] chunk = new byte[64 * 1024];
            while (!inflater.finished()) {
                int read = inflater.inflate(chunk);
                if (read == 0 && !inflater.finished() && (inflater.needsInput() || inflater.needsDictionary())) {
                    throw new IllegalArgumentException("packed text cut short");
                }
                if (text.size() + read > MAX_UNPACKED_BYTES) {
                    throw new IllegalArgumentException("packed text larger than " + MAX_UNPACKED_BYTES + " bytes");
                }
                text.write(chunk, 0, read);
            }
            if (inflater.getRemaining() > 0) {
                throw new IllegalArgumentException("packed text with bytes after its end");
            }
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(text.toByteArray())).toString();
        } catch (DataFormatException e) {
            throw new IllegalArgumentException("packed text that is not DEFLATE data", e);
        } catch (CharacterCodingException e) {
            throw new IllegalArgumentException("packed text that is not UTF-8", e);
        } finally {
            inflater.end();
        }
    }
}

package dev.stepwise.fuzz;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Byte-level damage any imported file may carry, whatever its format: cut short, spans lost, doubled or swapped,
 * bytes that are not UTF-8, raw control characters, byte-order marks where none belong. Each mutation names itself in
 * the recipe so a failing case can be read as well as replayed.
 */
final class ByteMutations {
    /** UTF-8, UTF-16 BE and LE byte-order marks. */
    private static final List<byte[]> BOMS = List.of(
            new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
            new byte[] {(byte) 0xFE, (byte) 0xFF},
            new byte[] {(byte) 0xFF, (byte) 0xFE});
    /** Lone continuation byte, overlong slash, surrogate half, bytes UTF-8 never uses, a sequence cut short. */
    private static final List<byte[]> NOT_UTF8 = List.of(
            new byte[] {(byte) 0x80},
            new byte[] {(byte) 0xC0, (byte) 0xAF},
            new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
            new byte[] {(byte) 0xFF},
            new byte[] {(byte) 0xF8, (byte) 0x88, (byte) 0x80, (byte) 0x80, (byte) 0x80},
            new byte[] {(byte) 0xE2, (byte) 0x82});
    /** C0 controls, DEL and C1 controls (the last as UTF-8), including NUL and the line breaks JSON forbids raw. */
    private static final String CONTROLS = "\u0000\u0001\u0007\u0008\u000B\u000C\r\u001B\u001F\u007F\u0085\u009B\u2028\u202E";

    private ByteMutations() {
    }

    /** One random byte-level mutation of {@code in}, its name appended to {@code recipe}. */
    static byte[] mutate(byte[] in, SplittableRandom random, StringBuilder recipe) {
        int choice = random.nextInt(8);
        return switch (choice) {
            case 0 -> truncate(in, random, recipe);
            case 1 -> deleteSpan(in, random, recipe);
            case 2 -> duplicateSpan(in, random, recipe);
            case 3 -> swapSpans(in, random, recipe);
            case 4 -> flipBytes(in, random, recipe);
            case 5 -> insert(in, random, recipe, "not-utf8", NOT_UTF8.get(random.nextInt(NOT_UTF8.size())));
            case 6 -> insert(in, random, recipe, "control", String.valueOf(CONTROLS.charAt(random.nextInt(CONTROLS.length())))
                    .getBytes(StandardCharsets.UTF_8));
            default -> bom(in, random, recipe);
        };
    }

    private static byte[] truncate(byte[] in, SplittableRandom random, StringBuilder recipe) {
        int at = in.length == 0 ? 0 : random.nextInt(in.length);
        recipe.append(" truncate@").append(at);
        return Arrays.copyOf(in, at);
    }

    private static byte[] deleteSpan(byte[] in, SplittableRandom random, StringBuilder recipe) {
        int[] span = span(in.length, random);
        recipe.append(" delete@").append(span[0]).append('+').append(span[1]);
        return join(Arrays.copyOfRange(in, 0, span[0]), Arrays.copyOfRange(in, span[0] + span[1], in.length));
    }

    private static byte[] duplicateSpan(byte[] in, SplittableRandom random, StringBuilder recipe) {
        int[] span = span(in.length, random);
        recipe.append(" duplicate@").append(span[0]).append('+').append(span[1]);
        byte[] copy = Arrays.copyOfRange(in, span[0], span[0] + span[1]);
        return join(Arrays.copyOfRange(in, 0, span[0] + span[1]), copy, Arrays.copyOfRange(in, span[0] + span[1], in.length));
    }

    /** Two spans of the same length exchange places (the second taken after the first, so they never overlap). */
    private static byte[] swapSpans(byte[] in, SplittableRandom random, StringBuilder recipe) {
        if (in.length < 4) {
            return truncate(in, random, recipe);
        }
        int length = 1 + random.nextInt(Math.max(1, Math.min(64, in.length / 2)));
        int first = random.nextInt(in.length - 2 * length + 1);
        int second = first + length + random.nextInt(in.length - first - 2 * length + 1);
        recipe.append(" swap@").append(first).append('/').append(second).append('+').append(length);
        byte[] out = in.clone();
        System.arraycopy(in, second, out, first, length);
        System.arraycopy(in, first, out, second, length);
        return out;
    }

    private static byte[] flipBytes(byte[] in, SplittableRandom random, StringBuilder recipe) {
        byte[] out = in.clone();
        int flips = 1 + random.nextInt(4);
        recipe.append(" flip");
        for (int i = 0; i < flips && out.length > 0; i++) {
            int at = random.nextInt(out.length);
            out[at] = (byte) (out[at] ^ (1 << random.nextInt(8)));
            recipe.append('@').append(at);
        }
        return out;
    }

    private static byte[] insert(byte[] in, SplittableRandom random, StringBuilder recipe, String what, byte[] bytes) {
        int at = in.length == 0 ? 0 : random.nextInt(in.length + 1);
        recipe.append(' ').append(what).append('@').append(at);
        return join(Arrays.copyOfRange(in, 0, at), bytes, Arrays.copyOfRange(in, at, in.length));
    }

    /** A mark at the start (where a reader may skip it), doubled, or in the middle (where it is just a character). */
    private static byte[] bom(byte[] in, SplittableRandom random, StringBuilder recipe) {
        byte[] bom = BOMS.get(random.nextInt(BOMS.size()));
        int where = random.nextInt(3);
        recipe.append(" bom").append(bom.length).append(where == 0 ? "@start" : where == 1 ? "@start*2" : "");
        return switch (where) {
            case 0 -> join(bom, in);
            case 1 -> join(bom, bom, in);
            default -> insert(in, random, recipe, "", bom);
        };
    }

    /** Start and length of a random span of at most 256 bytes inside {@code length}. */
    private static int[] span(int length, SplittableRandom random) {
        if (length == 0) {
            return new int[] {0, 0};
        }
        int start = random.nextInt(length);
        return new int[] {start, 1 + random.nextInt(Math.min(256, length - start))};
    }

    static byte[] join(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }
}

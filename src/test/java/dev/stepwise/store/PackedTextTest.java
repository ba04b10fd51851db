package dev.stepwise.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import java.util.Base64;
import java.util.zip.Deflater;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@link PackedText}: what is packed comes back exactly, and a value Stepwise did not pack is refused, not guessed. */
class PackedTextTest {

    @ParameterizedTest
    @ValueSource(strings = {"", "{}", "Grüße, 学习, 😀 and a tab\\t", "{\"id\":\"x\"}"})
    void whatIsPackedComesBackExactly(String text) {
        assertThat(PackedText.unpack(PackedText.pack(text))).isEqualTo(text);
    }

    @Test
    void aLargeDocumentPacksToAFractionAndBack() {
        String document = "{\"items\":[" + "{\"id\":\"learn-sql\",\"title\":\"Learn SQL and design databases\"},".repeat(50_000) + "]}";

        String packed = PackedText.pack(document);

        assertThat(packed.length()).isLessThan(document.length() / 5);
        assertThat(PackedText.unpack(packed)).isEqualTo(document);
    }

    @Test
    void textThatIsNotBase64IsRefused() {
        assertThatThrownBy(() -> PackedText.unpack("{\"plain\": \"json\"}")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("packed text that is not base64");
    }

    @Test
    void base64ThatIsNotDeflateIsRefused() {
        assertThatThrownBy(() -> PackedText.unpack(Base64.getEncoder().encodeToString("not deflate at all".getBytes())))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("packed text that is not DEFLATE data");
    }

    @Test
    void aValueCutShortIsRefused() {
        byte[] whole = Base64.getDecoder().decode(PackedText.pack("a long enough text to be cut ".repeat(200)));
        byte[] half = Arrays.copyOf(whole, whole.length / 2);

        assertThatThrownBy(() -> PackedText.unpack(Base64.getEncoder().encodeToString(half)))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("packed text cut short");
    }

    @Test
    void bytesAfterTheEndAreRefused() {
        byte[] whole = Base64.getDecoder().decode(PackedText.pack("text"));
        byte[] longer = Arrays.copyOf(whole, whole.length + 3);

        assertThatThrownBy(() -> PackedText.unpack(Base64.getEncoder().encodeToString(longer)))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("packed text with bytes after its end");
    }

    @Test
    void bytesThatAreNotUtf8AreRefused() {
        assertThatThrownBy(() -> PackedText.unpack(deflated(new byte[] {'o', 'k', (byte) 0xC3, (byte) 0x28})))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("packed text that is not UTF-8");
    }

    @Test
    void aBombIsRefusedAtTheLimitNotUnpackedWhole() {
        String bomb = deflated(new byte[PackedText.MAX_UNPACKED_BYTES + 1]);
        assertThat(bomb.length()).as("a small value").isLessThan(100_000);

        assertThatThrownBy(() -> PackedText.unpack(bomb)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("packed text larger than " + PackedText.MAX_UNPACKED_BYTES + " bytes");
    }

    @Test
    void aValueLongerThanAnythingPackedIsRefusedBeforeItIsDecoded() {
        String huge = "A".repeat(PackedText.MAX_UNPACKED_BYTES / 3 * 4 + 4_100);

        assertThatThrownBy(() -> PackedText.unpack(huge)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("packed text larger than " + PackedText.MAX_UNPACKED_BYTES + " bytes");
    }

    private static String deflated(byte[] bytes) {
        Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION);
        deflater.setInput(bytes);
        deflater.finish();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] chunk = new byte[64 * 1024];
        while (!deflater.finished()) {
            out.write(chunk, 0, deflater.deflate(chunk));
        }
        deflater.end();
        return Base64.getEncoder().encodeToString(out.toByteArray());
    }
}

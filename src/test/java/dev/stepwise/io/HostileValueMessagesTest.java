package dev.stepwise.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * Regression tests for the fuzz finding "a refusal echoes the hostile value whole": a string of tens of thousands of
 * characters (or megabytes, in a progress file) where an id, a date, an answer or a list belongs made a message just
 * as long. The message now shows the value's start and stops. Wording is not asserted, only its length and its start.
 */
class HostileValueMessagesTest {
    private static final String LONG = "y".repeat(20_001);

    private static String resource(String name) {
        try (InputStream in = HostileValueMessagesTest.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ByteArrayInputStream bytes(String json) {
        return new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aLongStringWhereAListBelongsIsShownByItsStart() {
        String json = Documents.with(resource("minimal-path.json"), "/sections/0/items/0/subItems", "\"" + LONG + "\"");

        PathFileException refusal = catchThrowableOfType(PathFileException.class,
                () -> new PathFileReader().read("long.json", bytes(json)));

        assertThat(refusal.getMessage()).startsWith("long.json").contains("\"" + "y".repeat(FieldRules.MAX_QUOTED) + "…\"")
                .hasSizeLessThan(300);
    }

    @Test
    void aLongStringWhereAnIdBelongsIsShownByItsStart() {
        String json = Documents.with(resource("small-progress.json"), "/items/0/itemId", "\"" + LONG + "\"");

        ProgressFileException refusal = catchThrowableOfType(ProgressFileException.class,
                () -> new ProgressFileReader().read("long.json", bytes(json)));

        assertThat(refusal.field()).isEqualTo("items[0].itemId");
        assertThat(refusal.getMessage()).contains("\"" + "y".repeat(FieldRules.MAX_QUOTED) + "…\"").hasSizeLessThan(300);
    }

    @Test
    void aValueIsNeverCutBetweenTheHalvesOfACharacter() {
        String value = "y".repeat(FieldRules.MAX_QUOTED - 1) + "😀" + "y";

        assertThat(FieldRules.quoted(value).english()).isEqualTo("\"" + "y".repeat(FieldRules.MAX_QUOTED - 1) + "…\"");
        assertThat(FieldRules.quoted("short").english()).isEqualTo("\"short\"");
    }
}

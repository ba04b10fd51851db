package dev.stepwise.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Half of a character — a UTF-16 surrogate without its other half, which JSON's {@code \\u} escapes can write — cannot
 * be stored: it used to be kept, and the database turned it into "?" without a word. Every text field now refuses it,
 * naming the field and where in the text it is; so does a role description.
 */
class LoneSurrogateTest {
    private static final String BROKEN = "contains a broken character (a lone UTF-16 surrogate) at position ";

    private static String replaced(String json, String target, String replacement) {
        assertThat(json).containsOnlyOnce(target);
        return json.replace(target, replacement);
    }

    private static ByteArrayInputStream bytes(String json) {
        return new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8));
    }

    static Stream<Arguments> pathFiles() {
        String path = PathFileReaderTest.minimal();
        return Stream.of(
                arguments(replaced(path, "\"  Mini path  \"", "\"Mini\\ud800path\""), "field title: " + BROKEN + 5),
                arguments(replaced(path, "\"Learn SQL\"", "\"\\udfffLearn SQL\""), "field sections[0].items[0].title: " + BROKEN + 1),
                arguments(replaced(path, "\"Joins first.\"", "\"Joins first.\\ud800\""),
                        "field sections[0].items[0].detail: " + BROKEN + 13),
                arguments(replaced(path, "\"Joins first.\"", "\"😀 \\ud83d\\ud83d\\ude00\""),
                        "field sections[0].items[0].detail: " + BROKEN + 3),
                arguments(replaced(path, "\"I like data.\"", "\"I like \\udc00\\ud800 data.\""),
                        "field selfChecks[0].statement: " + BROKEN + 8));
    }

    @ParameterizedTest
    @MethodSource("pathFiles")
    void aPathTextWithHalfACharacterIsRefused(String json, String message) {
        PathFileException refused = catchThrowableOfType(PathFileException.class,
                () -> new PathFileReader().read("mini.json", bytes(json)));

        assertThat(refused).hasMessage("mini.json, " + message);
    }

    @Test
    void wholeCharactersOutsideTheFirstPlaneAreKept() {
        String json = replaced(PathFileReaderTest.minimal(), "\"Joins first.\"", "\"\\ud83d\\ude00 Joins\"");

        assertThat(PathFileReaderTest.read(json).items().findFirst().orElseThrow().detail()).isEqualTo("😀 Joins");
    }

    static Stream<Arguments> progressFiles() {
        String progress = ProgressFileWriterTest.golden();
        return Stream.of(
                arguments(replaced(progress, "\"Chose Kotlin.\"", "\"Chose \\udfffKotlin.\""), "field items[1].note: " + BROKEN + 7),
                arguments(replaced(progress, "\"Shipped a CLI.\"", "\"Shipped a CLI.\\ud800\""),
                        "field skills[1].ratings[1].note: " + BROKEN + 15));
    }

    @ParameterizedTest
    @MethodSource("progressFiles")
    void aProgressNoteWithHalfACharacterIsRefused(String json, String message) {
        ProgressFileException refused = catchThrowableOfType(ProgressFileException.class,
                () -> new ProgressFileReader().read("p.json", bytes(json)));

        assertThat(refused).hasMessage("p.json, " + message);
    }

    @Test
    void aPastedRoleDescriptionWithHalfACharacterIsRefusedNamingTheLine() {
        String text = "Game Developer\n\nWhat They Do (Day to Day)\n• Implement\ud800 gameplay.\n";

        assertThatThrownBy(() -> new RoleDescriptionParser().parse(text)).isInstanceOf(RoleDescriptionException.class)
                .hasMessage("The text contains a broken character (a lone UTF-16 surrogate) on line 4, at position 12.");
    }
}

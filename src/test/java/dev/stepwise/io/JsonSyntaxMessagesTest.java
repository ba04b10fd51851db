package dev.stepwise.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A file that is not JSON is refused in a sentence a path author can act on — what is wrong and where — never in the
 * parser's own words ("Unexpected end-of-input: expected close marker…", "Feature 'ALLOW_COMMENTS' not enabled…").
 * Path files and progress files are refused in the same words, since one mechanism explains both.
 */
class JsonSyntaxMessagesTest {
    private static final String PATH = "mini.json";
    private static final String PROGRESS = "p.json";

    private static String path() {
        return PathFileReaderTest.minimal();
    }

    private static String progress() {
        return ProgressFileWriterTest.golden();
    }

    private static String replaced(String json, String target, String replacement) {
        assertThat(json).containsOnlyOnce(target);
        return json.replace(target, replacement);
    }

    static Stream<Arguments> pathFiles() {
        String path = path();
        return Stream.of(
                arguments("cut inside an object", path.substring(0, path.indexOf("\"targetLevel\": 3")),
                        PATH + ": the file ends before its JSON is complete (an object opened at line 9 is not closed)"),
                arguments("cut inside a list", path.substring(0, path.indexOf("{\"id\": \"talk\"")),
                        PATH + ": the file ends before its JSON is complete (a list opened at line 8 is not closed)"),
                arguments("a line comment", replaced(path, "\"id\": \"mini\",", "\"id\": \"mini\", // the id"),
                        PATH + ": comments are not allowed in JSON (line 4, column 17)"),
                arguments("Infinity", replaced(path, "\"contentVersion\": 3", "\"contentVersion\": Infinity"),
                        PATH + ", field contentVersion: Infinity is not a number JSON allows (line 5, column 21)"),
                arguments("-Infinity", replaced(path, "\"contentVersion\": 3", "\"contentVersion\": -Infinity"),
                        PATH + ", field contentVersion: -Infinity is not a number JSON allows (line 5, column 21)"),
                arguments("a word after the path", path + "\ngarbage\n",
                        PATH + ": unexpected text \"garbage\" at line " + (path.lines().count() + 2) + ", column 1"),
                arguments("a control character not written as an escape", replaced(path, "Mini path", "Mini\u0001path"),
                        PATH + ", field title: holds an unescaped control character (U+0001) at line 6, column 19; "
                                + "JSON text writes it as an escape such as \\n or \\t"),
                arguments("a word where a value belongs", replaced(path, "\"contentVersion\": 3", "\"contentVersion\": three"),
                        PATH + ": unexpected text \"three\" at line 5, column 21"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pathFiles")
    void aPathFileThatIsNotJsonIsRefusedInPlainWords(String name, String json, String message) {
        PathFileException refused = catchThrowableOfType(PathFileException.class,
                () -> new PathFileReader().read(PATH, bytes(json)));

        assertThat(refused).hasMessage(message);
    }

    static Stream<Arguments> progressFiles() {
        String progress = progress();
        return Stream.of(
                arguments("cut between two fields", progress.substring(0, progress.indexOf("\"skills\"")),
                        PROGRESS + ": the file ends before its JSON is complete (an object opened at line 1 is not closed)"),
                arguments("cut inside an object", progress.substring(0, progress.indexOf("\"status\"")),
                        PROGRESS + ": the file ends before its JSON is complete (an object opened at line 7 is not closed)"),
                arguments("a block comment", replaced(progress, "\"pathId\"", "/* which path */ \"pathId\""),
                        PROGRESS + ": comments are not allowed in JSON (line 4, column 3)"),
                arguments("NaN", replaced(progress, "\"formatVersion\" : 2", "\"formatVersion\" : NaN"),
                        PROGRESS + ", field formatVersion: NaN is not a number JSON allows (line 3, column 21)"),
                arguments("a word after the progress", progress + "\ngarbage\n",
                        PROGRESS + ": unexpected text \"garbage\" at line " + (progress.lines().count() + 2) + ", column 1"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("progressFiles")
    void aProgressFileThatIsNotJsonIsRefusedInPlainWords(String name, String json, String message) {
        ProgressFileException refused = catchThrowableOfType(ProgressFileException.class,
                () -> new ProgressFileReader().read(PROGRESS, bytes(json)));

        assertThat(refused).hasMessage(message);
    }

    private static ByteArrayInputStream bytes(String json) {
        return new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8));
    }
}

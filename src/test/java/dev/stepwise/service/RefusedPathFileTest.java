package dev.stepwise.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stepwise.domain.LearningPath;
import dev.stepwise.fixtures.FixturePath;
import dev.stepwise.fixtures.TestClock;
import dev.stepwise.io.PathFileException;
import dev.stepwise.io.PathFileReader;
import dev.stepwise.store.Snapshot;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** A path file the strict reader refuses is refused before the install transaction writes anything. */
class RefusedPathFileTest {
    @TempDir
    Path dir;

    private final TestClock clock = TestClock.utc("2026-01-10T09:00:00.000000000Z");

    private static String minimal() {
        try (InputStream in = RefusedPathFileTest.class.getResourceAsStream("/dev/stepwise/io/minimal-path.json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Stream<Arguments> refusedFiles() {
        return Stream.of(
                Arguments.of(minimal().replace("\"estimateHours\": 20", "\"estimateHours\": \"20\""),
                        "mini.json, field sections[0].items[0].estimateHours: wrong kind of value: must be a whole number, was \"20\""),
                Arguments.of(minimal().replace("\"Joins first.\"", "\"Joins\\u001b[2Jfirst.\""),
                        "mini.json, field sections[0].items[0].detail: holds a control character (U+001B);"
                                + " only tab and newline are allowed"),
                Arguments.of(minimal().replace("\"title\": \"  Mini path  \",", "\"title\": \"Mini\", \"title\": \"Other\","),
                        "mini.json, field title: is given twice at line 6, column 27"));
    }

    /** The file as a bundled path: the header reads, the full read (inside the install transaction) refuses it. */
    private static BundledPath bundled(String json) {
        PathFileReader reader = new PathFileReader();
        var header = reader.readHeader("mini.json", new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
        return new BundledPath(header.id(), header.contentVersion(),
                () -> reader.read("mini.json", new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8))));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("refusedFiles")
    void aRefusedFileWritesNothing(String json, String message) {
        Path file = dir.resolve("stepwise.db");
        LearningPath installed = FixturePath.path();
        Stepwise.open(file, List.of(installed), clock).close();
        Snapshot was = Snapshot.of(file);

        assertThatThrownBy(() -> Stepwise.openWith(file, List.of(BundledPath.of(installed), bundled(json)), clock))
                .isInstanceOf(PathFileException.class).hasMessage(message);

        assertThat(Snapshot.of(file)).as("the refused file left the database as it was").isEqualTo(was);
    }
}

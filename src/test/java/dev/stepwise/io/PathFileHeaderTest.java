package dev.stepwise.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Reading only a path file's id and content version, as start-up does for bundled paths. */
class PathFileHeaderTest {
    private final PathFileReader reader = new PathFileReader();

    private PathFileHeader header(String json) {
        return reader.readHeader("test.json", new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void readsIdAndVersionWhereverTheyStandAndSkipsTheRest() {
        PathFileHeader header = header("""
                {"format": "stepwise-path", "sections": [{"id": "not-this", "items": [{"contentVersion": 9}]}],
                 "contentVersion": 3, "title": "T", "id": "my-path"}
                """);

        assertThat(header).isEqualTo(new PathFileHeader("my-path", 3));
    }

    @Test
    void aMissingVersionIsNamed() {
        assertThatThrownBy(() -> header("{\"id\": \"p\", \"title\": \"T\"}"))
                .isInstanceOfSatisfying(PathFileException.class, e -> {
                    assertThat(e.field()).isEqualTo("contentVersion");
                    assertThat(e.source()).isEqualTo("test.json");
                });
    }

    @Test
    void aVersionThatIsNotANumberIsNamed() {
        assertThatThrownBy(() -> header("{\"id\": \"p\", \"contentVersion\": \"two\"}"))
                .isInstanceOfSatisfying(PathFileException.class, e -> assertThat(e.field()).isEqualTo("contentVersion"));
    }

    @Test
    void brokenJsonSaysWhere() {
        assertThatThrownBy(() -> header("{\"id\": \"p\",, }"))
                .isInstanceOfSatisfying(PathFileException.class,
                        e -> assertThat(e.problem().english()).contains("not valid JSON at line 1"));
    }

    @Test
    void aListIsNotAPathFile() {
        assertThatThrownBy(() -> header("[1, 2]"))
                .isInstanceOfSatisfying(PathFileException.class, e -> assertThat(e.problem().english()).contains("not a JSON object"));
    }
}

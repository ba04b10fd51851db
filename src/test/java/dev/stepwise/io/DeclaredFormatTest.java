package dev.stepwise.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Which reader a file of either kind goes to: what its top-level "format" says, wherever it stands in the object. */
class DeclaredFormatTest {
    private static DeclaredFormat of(String json) {
        return DeclaredFormat.of("drop.json", json.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void theTopLevelFormatSaysWhichReaderGetsTheFile() {
        assertThat(of("{\"format\": \"stepwise-path\", \"formatVersion\": 1}")).isEqualTo(DeclaredFormat.PATH);
        assertThat(of("{\"pathId\": \"x\", \"items\": [{\"format\": \"stepwise-path\"}], \"format\": \"stepwise-progress\"}"))
                .as("after other fields, past a nested one of the same name").isEqualTo(DeclaredFormat.PROGRESS);
    }

    @Test
    void aFileThatSaysNeitherIsRefusedNamingWhatItSays() {
        assertThatThrownBy(() -> of("{\"format\": \"my-notes\"}")).isInstanceOf(DeclaredFormat.UnknownFileException.class)
                .hasMessage("drop.json, field format: must be \"stepwise-path\" or \"stepwise-progress\", was \"my-notes\"");
        for (String other : new String[] {"{\"format\": 1}", "{\"items\": []}", "[]", "not json at all", "{\"format\": \"stepwise-pa",
            ""}) {
            assertThatThrownBy(() -> of(other)).as(other).isInstanceOf(DeclaredFormat.UnknownFileException.class)
                    .hasMessage("drop.json: is not a Stepwise path or progress file: it has no \"format\" saying which");
        }
    }
}

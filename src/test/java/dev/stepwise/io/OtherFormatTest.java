package dev.stepwise.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * A file of Stepwise's other kind is refused for what it says it is, before any of its fields is checked: a progress
 * file given to the path reader used to be refused for its first field the path format lacks ({@code unknown field
 * "skillId"}), and a path file given to the progress reader for {@code unknown field "id"}, which sent the learner
 * looking for a typo that is not there.
 */
class OtherFormatTest {
    private static ByteArrayInputStream bytes(String json) {
        return new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aProgressFileGivenAsAPathFileIsNamedAsProgress() {
        PathFileException refused = catchThrowableOfType(PathFileException.class,
                () -> new PathFileReader().read("p.json", bytes(ProgressFileWriterTest.golden())));

        assertThat(refused).hasMessage("p.json: this is a stepwise-progress file (progress), not a path file");
        assertThat(refused.otherFormat()).contains(DeclaredFormat.PROGRESS);
    }

    @Test
    void aPathFileGivenAsAProgressFileIsNamedAsAPath() {
        ProgressFileException refused = catchThrowableOfType(ProgressFileException.class,
                () -> new ProgressFileReader().read("mini.json", bytes(PathFileReaderTest.minimal())));

        assertThat(refused).hasMessage("mini.json: this is a stepwise-path file (a path), not a progress file");
        assertThat(refused.otherFormat()).contains(DeclaredFormat.PATH);
    }

    @Test
    void theFormatIsCheckedFirstWhereverItStands() {
        String json = "{\"skills\": [{\"skillId\": \"sql\"}], \"pathId\": \"x\", \"format\": \"stepwise-progress\"}";

        PathFileException refused = catchThrowableOfType(PathFileException.class, () -> new PathFileReader().read("p.json", bytes(json)));

        assertThat(refused).hasMessage("p.json: this is a stepwise-progress file (progress), not a path file");
    }

    @Test
    void aFileOfItsOwnKindOrOfNoKindIsNotMistaken() {
        PathFileException unknown = catchThrowableOfType(PathFileException.class,
                () -> new PathFileReader().read("n.json", bytes("{\"format\": \"notes\"}")));

        assertThat(unknown).hasMessage("n.json, field format: must be \"stepwise-path\", was \"notes\"");
        assertThat(unknown.otherFormat()).isEmpty();
    }
}

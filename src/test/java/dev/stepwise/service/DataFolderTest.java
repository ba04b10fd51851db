package dev.stepwise.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Where the database lives: --data-dir, then STEPWISE_DATA_DIR, then the per-OS user data folder. */
class DataFolderTest {
    @TempDir
    Path dir;

    private static final Map<String, String> NO_ENVIRONMENT = Map.of();

    @Test
    void dataDirOptionFollowedByAFolder() {
        DataFolder folder = DataFolder.resolve(List.of("--data-dir", dir.toString()), NO_ENVIRONMENT);

        assertThat(folder.directory()).isEqualTo(dir.toAbsolutePath());
        assertThat(folder.origin()).isEqualTo("--data-dir");
    }

    @Test
    void dataDirOptionWithEqualsSign() {
        DataFolder folder = DataFolder.resolve(List.of("--data-dir=" + dir), NO_ENVIRONMENT);

        assertThat(folder.directory()).isEqualTo(dir.toAbsolutePath());
        assertThat(folder.origin()).isEqualTo("--data-dir");
    }

    @Test
    void dataDirOptionAmongOtherArguments() {
        DataFolder folder = DataFolder.resolve(List.of("--verbose", "--data-dir", dir.toString(), "extra.json"), NO_ENVIRONMENT);

        assertThat(folder.directory()).isEqualTo(dir.toAbsolutePath());
    }

    @Test
    void aRelativeFolderIsMadeAbsolute() {
        DataFolder folder = DataFolder.resolve(List.of("--data-dir", "relative/data"), NO_ENVIRONMENT);

        assertThat(folder.directory()).isAbsolute().isEqualTo(Path.of("relative/data").toAbsolutePath());
    }

    @Test
    void environmentVariableWhenThereIsNoOption() {
        DataFolder folder = DataFolder.resolve(List.of("--verbose"), Map.of("STEPWISE_DATA_DIR", "  " + dir + "  "));

        assertThat(folder.directory()).isEqualTo(dir.toAbsolutePath());
        assertThat(folder.origin()).isEqualTo("STEPWISE_DATA_DIR");
    }

    @Test
    void theOptionBeatsTheEnvironmentVariable() {
        Path fromArgs = dir.resolve("from-args");
        Path fromEnvironment = dir.resolve("from-env");

        DataFolder folder = DataFolder.resolve(List.of("--data-dir", fromArgs.toString()),
                Map.of("STEPWISE_DATA_DIR", fromEnvironment.toString()));

        assertThat(folder.directory()).isEqualTo(fromArgs.toAbsolutePath());
        assertThat(folder.origin()).isEqualTo("--data-dir");
    }

    @Test
    void aBlankEnvironmentVariableIsIgnored() {
        DataFolder folder = DataFolder.resolve(List.of(), Map.of("STEPWISE_DATA_DIR", "   "));

        assertThat(folder.origin()).isEqualTo("user data folder");
    }

    @Test
    void dataDirOptionWithoutAFolderIsRefused() {
        assertThatThrownBy(() -> DataFolder.resolve(List.of("--verbose", "--data-dir"), NO_ENVIRONMENT))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("--data-dir needs a folder");
    }

    @ParameterizedTest
    @ValueSource(strings = {"--data-dir=", "--data-dir=   "})
    void dataDirOptionWithAnEmptyFolderAfterTheEqualsSignIsRefused(String argument) {
        assertThatThrownBy(() -> DataFolder.resolve(List.of(argument), Map.of("STEPWISE_DATA_DIR", dir.toString())))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("--data-dir needs a folder");
    }

    @Test
    void dataDirOptionFollowedByABlankFolderIsRefused() {
        assertThatThrownBy(() -> DataFolder.resolve(List.of("--data-dir", " "), NO_ENVIRONMENT))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void withoutOptionOrVariableItIsTheUserDataFolderNamedStepwiseOnLinux() {
        assumeTrue(System.getProperty("os.name", "").toLowerCase(Locale.ROOT).contains("linux"));

        DataFolder folder = DataFolder.resolve(List.of(), NO_ENVIRONMENT);

        assertThat(folder.directory()).isAbsolute();
        assertThat(folder.directory().getFileName()).hasToString("stepwise");
        assertThat(folder.origin()).isEqualTo("user data folder");
    }

    @Test
    void theDatabaseFileIsStepwiseDbInsideTheFolder() {
        DataFolder folder = DataFolder.resolve(List.of("--data-dir", dir.toString()), NO_ENVIRONMENT);

        assertThat(folder.databaseFile()).isEqualTo(dir.toAbsolutePath().resolve("stepwise.db"));
        assertThat(folder.databaseFile().getParent()).isEqualTo(folder.directory());
    }
}

package dev.stepwise.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Which version About shows: the jar's manifest, else the filtered resource, else "development build". */
class AppVersionTest {
    private static InputStream properties(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.ISO_8859_1));
    }

    @Test
    void theManifestWins() {
        assertThat(AppVersion.choose("1.2.0", properties("version=0.9.0"))).isEqualTo("1.2.0");
    }

    @Test
    void fromClassesTheFilteredResourceIsRead() {
        assertThat(AppVersion.choose(null, properties("version=0.1.0-SNAPSHOT"))).isEqualTo("0.1.0-SNAPSHOT");
        assertThat(AppVersion.choose(" ", properties("version=0.1.0"))).isEqualTo("0.1.0");
    }

    @Test
    void anUnfilteredOrMissingResourceIsADevelopmentBuild() {
        assertThat(AppVersion.choose(null, properties("version=${project.version}"))).isEqualTo("development build");
        assertThat(AppVersion.choose(null, properties(""))).isEqualTo("development build");
        assertThat(AppVersion.choose(null, null)).isEqualTo("development build");
    }
}

package dev.stepwise.io;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stepwise.domain.LearningPath;
import dev.stepwise.domain.Texts;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * Regression test for the fuzz finding "a summary line longer than a tagline may be becomes the tagline": the app
 * stored a 20,006-character tagline, and the path's own export was refused ("is too long … at most 20,000"). Such a
 * line is now no tagline; it is listed as not placed, like any line that fits nowhere.
 */
class RoleLongTaglineTest {

    @Test
    void aSummaryLongerThanATaglineIsListedNotKept() {
        String summary = "> ".repeat(Texts.MAX_TEXT / 2 + 3) + "Builds games.";
        RoleImport role = new RoleDescriptionParser().parse("""
                Game Developer
                %s

                What They Do (Day to Day)
                • Implement gameplay features.
                """.formatted(summary));

        LearningPath path = role.path();
        assertThat(path.title()).isEqualTo("Game Developer");
        assertThat(path.tagline()).isEmpty();
        assertThat(role.unplaced()).containsExactly(summary);
        String file = new PathFileWriter().write(path);
        new PathFileReader().read("export.json", new ByteArrayInputStream(file.getBytes(StandardCharsets.UTF_8)));
    }
}

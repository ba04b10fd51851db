package dev.stepwise.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/**
 * Regression test for the fuzz finding "plain lines under a list heading escape the bullet limit": only lines with a
 * marker were counted, so 18,000 unmarked lines (within the 200,000-character limit) became 18,000 items and took
 * ten seconds of id-making. Unmarked entries now count as bullet points too.
 */
class RoleUnmarkedLinesLimitTest {
    private static final String HEAD = "Game Developer\nBuilds games.\n\nWhat They Do (Day to Day)\n";

    @Test
    void unmarkedEntriesCountAgainstTheBulletLimit() {
        String text = HEAD + "Do a thing\n".repeat(18_000);
        assertThat(text.length()).isLessThan(RoleDescriptionParser.MAX_CHARS);

        assertThatThrownBy(() -> new RoleDescriptionParser().parse(text)).isInstanceOf(RoleDescriptionException.class)
                .hasMessageContaining("18,000");
    }

    @Test
    void asManyUnmarkedEntriesAsTheLimitAreStillImported() {
        String text = HEAD + "Do a thing\n".repeat(RoleDescriptionParser.MAX_BULLETS);

        assertThat(new RoleDescriptionParser().parse(text).path().items()).hasSize(RoleDescriptionParser.MAX_BULLETS);
    }
}

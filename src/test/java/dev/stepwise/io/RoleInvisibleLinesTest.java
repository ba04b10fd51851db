package dev.stepwise.io;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stepwise.domain.Item;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Regression test for the fuzz finding "a line of invisible characters under a list heading crashes the import": a
 * line holding only an em space, a control character or a zero-width mark (or a bullet before nothing else) was kept
 * as an entry, could not become a title, and the warning about it threw StringIndexOutOfBoundsException. Such a line
 * is now blank, as it is for titles everywhere else. (A control character is no longer part of such a line: the text
 * is refused for it, see {@link RoleControlCharactersTest}.)
 */
class RoleInvisibleLinesTest {
    private static final String ROLE = """
            Game Developer
            Builds the rules, worlds and tools of video games.

            What They Do (Day to Day)
            • Implement gameplay features.
            %s
            • Fix bugs found by testers.
            """;

    @ParameterizedTest
    @ValueSource(strings = {"\u2003", "\u200E", "• \u00A0", "\u2003\u0085\u200F", "- \u200B"})
    void aLineOfInvisibleCharactersIsABlankLine(String line) {
        RoleImport role = new RoleDescriptionParser().parse(ROLE.formatted(line));

        assertThat(role.path().items().map(Item::title)).containsExactly("Implement gameplay features.", "Fix bugs found by testers.");
        assertThat(role.unplaced()).isEmpty();
    }
}

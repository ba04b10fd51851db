package dev.stepwise.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stepwise.domain.LearningPath;
import dev.stepwise.domain.Phrase;
import dev.stepwise.domain.Skill;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Regression test for the fuzz finding "a control character in a role text makes a path that cannot be imported
 * again": it was kept in a title, a skill name or the overview, the app stored it, and the path's own export was
 * refused ("holds a control character"). The fix then dropped control characters silently ("Backend\0Engineer" became
 * "BackendEngineer"), which changed the learner's words without a word. Now the text is refused, naming the line and
 * the position, as the JSON readers refuse a control character; tab and line breaks stay text.
 */
class RoleControlCharactersTest {
    private static final String ROLE = """
            Game Developer%1$s
            Builds the rules, worlds and tools of video games.

            What is a Game Developer?
            Game developers write the code that makes a game play.

            What They Do (Day to Day)
            • Implement gameplay features.
            Technical
            • C++ or C#.
            """;

    @ParameterizedTest
    @ValueSource(strings = {"\u0000", "\u0007", "\u001B[31m", "\u007F", "\u009B", "\u0001\u0002"})
    void aControlCharacterIsRefusedNamingItsLine(String control) {
        String code = "%04X".formatted((int) control.charAt(0));

        assertThatThrownBy(() -> new RoleDescriptionParser().parse(ROLE.formatted(control)))
                .isInstanceOf(RoleDescriptionException.class)
                .hasMessage("The text holds a control character (U+" + code + ") on line 1, at position 15; "
                        + "only tab and line breaks are allowed.");
    }

    @Test
    void tabsAndEveryKindOfLineBreakAreTextAndTheExportReadsBack() {
        LearningPath path = new RoleDescriptionParser().parse(ROLE.formatted("\tand more").replace("\n", "\r\n")
                .replaceFirst("\r\n", "\u0085").replaceFirst("\r\n", "\r")).path();

        // A title is one line: the pasted page's tab is the space between its words.
        assertThat(path.title()).isEqualTo("Game Developer and more");
        String file = new PathFileWriter().write(path);
        LearningPath readBack = new PathFileReader().read("export.json", new ByteArrayInputStream(file.getBytes(StandardCharsets.UTF_8)));
        assertThat(readBack.title()).isEqualTo("Game Developer and more");
    }

    @Test
    void tabsInsideAnEntryBecomeOneSpaceEach() {
        LearningPath path = new RoleDescriptionParser().parse(ROLE.formatted("").replace("• C++ or C#.", "• C++\t\tor\tC#.")).path();

        assertThat(path.skills()).extracting(Skill::name).containsExactly("C++ or C#.");
    }

    @Test
    void anEntryWithATextDirectionControlIsNotPlacedAndTheWarningSaysWhy() {
        RoleImport result = new RoleDescriptionParser().parse(ROLE.formatted("").replace("• C++ or C#.", "• C++ \u202Eor C#."));

        assertThat(result.path().skills()).isEmpty();
        assertThat(result.unplaced()).containsExactly("C++ \u202Eor C#.");
        assertThat(result.preview().warnings()).extracting(Phrase::english)
                .contains("An entry holding a text-direction control (U+202E) was not placed: “C++ or C#.”.");
    }
}

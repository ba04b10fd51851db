package dev.stepwise.io;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stepwise.domain.Item;
import dev.stepwise.domain.LearningPath;
import dev.stepwise.domain.Skill;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Regression test for the fuzz finding "a control character in a role text makes a path that cannot be imported
 * again": it was kept in a title, a skill name or the overview, the app stored it, and the path's own export was
 * refused ("holds a control character"). Control characters other than tab are now dropped as the text is read.
 */
class RoleControlCharactersTest {
    private static final String ROLE = """
            Game Developer%1$s
            Builds the rules, worlds and tools of video games.

            What is a Game Developer?
            Game developers write the code%1$s that makes a game play.

            What They Do (Day to Day)
            • Implement%1$s gameplay features.
            Technical
            • C++%1$s or C#.
            """;

    @ParameterizedTest
    @ValueSource(strings = {"\u0000", "\u0007", "\u001B[31m", "\u007F", "\u009B", "\u0001\u0002"})
    void controlCharactersAreDroppedAndTheExportReadsBack(String control) {
        LearningPath path = new RoleDescriptionParser().parse(ROLE.formatted(control)).path();

        String left = control.replaceAll("\\p{Cc}", "");
        assertThat(path.title()).isEqualTo("Game Developer" + left);
        assertThat(path.items().map(Item::title)).containsExactly("Implement" + left + " gameplay features.");
        assertThat(path.skills()).extracting(Skill::name).containsExactly("C++" + left + " or C#.");
        assertThat(path.overview()).isEqualTo("Game developers write the code" + left + " that makes a game play.");
        String file = new PathFileWriter().write(path);
        new PathFileReader().read("export.json", new ByteArrayInputStream(file.getBytes(StandardCharsets.UTF_8)));
    }
}

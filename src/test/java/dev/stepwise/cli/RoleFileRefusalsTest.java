package dev.stepwise.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stepwise.io.RoleDescriptionParser;
import dev.stepwise.store.Snapshot;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code import-role FILE} refuses a text the way the other imports refuse a file: the file's name first, then the
 * problem ("FILE: the text is empty"), never the window's advice to paste something. Its limit is the one its help
 * states, 200,000 characters, counted as characters whatever their size in UTF-8; and a control character is refused
 * with its line, as the JSON readers refuse one, rather than silently removed.
 */
class RoleFileRefusalsTest {
    private static final String ROLE = CliRunner.resource("/dev/stepwise/io/roles/backend-engineer-role.txt");

    @TempDir
    Path dir;

    private CliRunner cli;
    private Snapshot before;

    @BeforeEach
    void setUp() {
        cli = new CliRunner(dir.resolve("data"));
        cli.run("list").succeeded();
        before = cli.snapshot();
    }

    private String refusal(String text) {
        Path file = CliRunner.write(dir.resolve("role.txt"), text);
        String err = cli.run("import-role", file.toString()).failedWith(ExitCodes.BAD_INPUT).errLines().get(0);
        assertThat(cli.snapshot()).as("nothing written").isEqualTo(before);
        return err.replace("stepwise: " + file + ": ", "FILE: ");
    }

    @Test
    void anEmptyTextNamesTheFile() {
        assertThat(refusal(" \n\u200b ")).isEqualTo("FILE: the text is empty");
    }

    @Test
    void aTextThatIsNoRoleDescriptionNamesTheFile() {
        assertThat(refusal("Groceries\n\n- milk\n- eggs\n")).isEqualTo("FILE: this does not look like a role description: no section "
                + "headings such as “How to Become …” or “Core Skills” were found");
    }

    @Test
    void aJsonFileIsRefusedAsJsonEvenWhenItsTextsLookLikeHeadings() {
        // The bundled path's file read as a role once made a path of 0 steps and 0 skills from its "industries" list.
        String pathFile = CliRunner.resource("/assets/paths/backend-engineer.json");

        assertThat(refusal(pathFile)).isEqualTo("FILE: this is a JSON file, not a role description (a Stepwise path or "
                + "progress file is imported with import or import-progress)");
        assertThat(refusal("[\n  \"Industries\",\n  \"- Finance\"\n]")).startsWith("FILE: this is a JSON file");
    }

    @Test
    void aRoleWhoseFirstLineStartsLikeJsonIsStillARole() {
        Path file = CliRunner.write(dir.resolve("draft.txt"), "[Draft] " + ROLE);

        cli.run("import-role", file.toString()).succeeded();
    }

    @Test
    void tooManyBulletsNamesTheFile() {
        String many = ROLE + "\n" + "• practice\n".repeat(RoleDescriptionParser.MAX_BULLETS + 1);

        assertThat(refusal(many)).startsWith("FILE: the text has ").endsWith(" bullet points; a role description may have at most 1,000");
    }

    @Test
    void aControlCharacterIsRefusedWithItsLine() {
        assertThat(refusal("Backend\u0000Engineer\n" + ROLE))
                .isEqualTo("FILE: line 1 holds a control character (U+0000) at position 8; only tab and line breaks are allowed");
        assertThat(refusal(ROLE + "\n• Ship \u001b[31mfast\n"))
                .isEqualTo("FILE: line " + (ROLE.lines().count() + 1) + " holds a control character (U+001B) at position 8; "
                        + "only tab and line breaks are allowed");
    }

    @Test
    void theLimitIsCountedInCharactersWhateverTheirSizeInUtf8() {
        String emoji = "😀";
        int room = RoleDescriptionParser.MAX_CHARS - ROLE.codePointCount(0, ROLE.length()) - 1;
        Path atTheLimit = CliRunner.write(dir.resolve("at-limit.txt"), ROLE + "\n" + emoji.repeat(room));

        cli.run("import-role", atTheLimit.toString()).succeeded();
        before = cli.snapshot();

        assertThat(refusal(ROLE + "\n" + "€".repeat(room + 1)))
                .isEqualTo("FILE: the text has 200,001 characters; a role description may have at most 200,000");
        assertThat(refusal(ROLE + "\n" + emoji.repeat(room + 1)))
                .isEqualTo("FILE: the text has 200,001 characters; a role description may have at most 200,000");
    }

    @Test
    void aFileFarOverTheLimitIsRefusedUnreadInCharactersToo() {
        assertThat(refusal("x".repeat(RoleDescriptionParser.MAX_FILE_BYTES + 1)))
                .isEqualTo("FILE: has more than 200,000 characters, too many for a role description");
    }
}

package dev.stepwise.ui.fx;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stepwise.fixtures.FixturePath;
import dev.stepwise.io.RoleDescriptionParser;
import dev.stepwise.io.RoleImport;
import dev.stepwise.store.Snapshot;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;

/**
 * A role description pasted into the "New path from role description" dialog: the preview shows what the path will
 * hold before anything is written, "Create path" adds and opens it, and a text that is not a role description is
 * refused with its reason and writes nothing.
 */
class RoleImportScreenTest extends AppTestBase {
    private static final String DATA_ENGINEER = "data-engineer-bullets-crlf-bom.txt";

    @Test
    void pastedTextIsPreviewedThenCreatedAsANewPathThatOpens() {
        String text = role(DATA_ENGINEER);
        RoleImport expected = new RoleDescriptionParser().parse(text);
        Snapshot before = Snapshot.of(databaseFile());

        shortcut(KeyCode.I, KeyCode.SHIFT);
        waitUntil(() -> shown("#role-text"));
        assertThat(this.<Button>node("#create-role-path").isDisabled()).isTrue();
        paste(text);

        waitUntil(() -> present("#role-preview-title"));
        assertThat(this.<Label>node("#role-preview-title").getText()).isEqualTo(expected.path().title());
        assertThat(texts(".role-sections")).containsExactlyElementsOf(expected.preview().itemsPerSection().entrySet()
                .stream().map(entry -> entry.getKey() + " — " + entry.getValue() + (entry.getValue() == 1 ? " entry" : " entries"))
                .toList());
        assertThat(texts(".role-skills")).hasSize(expected.preview().skillsPerCategory().size());
        assertThat(this.<Button>node("#create-role-path").isDisabled()).isFalse();
        // The preview wrote nothing.
        assertThat(before.changesTo(Snapshot.of(databaseFile()))).isEmpty();

        robot.clickOn("#create-role-path");
        waitUntil(() -> stage.getTitle().equals("Overview — " + expected.path().title() + " — Stepwise"));
        List<String> ids = column("SELECT id FROM path ORDER BY id");
        assertThat(ids).hasSize(2).contains(FixturePath.ID);
        String newId = ids.stream().filter(id -> !id.equals(FixturePath.ID)).findFirst().orElseThrow();
        int entries = expected.preview().itemsPerSection().values().stream().mapToInt(Integer::intValue).sum();
        assertThat(column("SELECT COUNT(*) FROM item WHERE path_id = ?", newId)).containsExactly(String.valueOf(entries));
        assertThat(column("SELECT origin FROM path WHERE id = ?", newId)).containsExactly("OWN");
        assertThat(column("SELECT kind FROM activity WHERE path_id = ? ORDER BY id DESC LIMIT 1", newId))
                .containsExactly("PATH_IMPORTED");
        assertThat(this.<Label>node("#status-path").getText()).startsWith(expected.path().title() + " · 0 of ");
    }

    @Test
    void aTextThatIsNotARoleDescriptionIsRefusedWithItsReasonAndWritesNothing() {
        Snapshot before = Snapshot.of(databaseFile());
        shortcut(KeyCode.I, KeyCode.SHIFT);
        waitUntil(() -> shown("#role-text"));
        paste("Shopping list\n\nmilk, eggs and bread\ncall the plumber on Monday\n");

        waitUntil(() -> present("#role-problem"));
        assertThat(this.<Label>node("#role-problem").getText())
                .startsWith("This does not look like a role description")
                .endsWith("Nothing will be created from this text.");
        assertThat(this.<Button>node("#create-role-path").isDisabled()).isTrue();

        robot.clickOn("#role-cancel");
        waitUntil(() -> !shown("#role-text"));
        assertThat(before.changesTo(Snapshot.of(databaseFile()))).isEmpty();
        assertThat(column("SELECT id FROM path")).containsExactly(FixturePath.ID);
    }

    @Test
    void editingTheTextDisablesCreateUntilItsOwnPreviewIsShown() {
        shortcut(KeyCode.I, KeyCode.SHIFT);
        waitUntil(() -> shown("#role-text"));
        paste(role(DATA_ENGINEER));
        waitUntil(() -> !this.<Button>node("#create-role-path").isDisabled());

        robot.interact(() -> this.<TextArea>node("#role-text").setText("just a line"));
        // The preview on screen belongs to the old text: creating from it now would create something else.
        assertThat(this.<Button>node("#create-role-path").isDisabled()).isTrue();
        waitUntil(() -> present("#role-problem"));
        assertThat(this.<Button>node("#create-role-path").isDisabled()).isTrue();
    }

    /**
     * A text with thousands of lines that fit nowhere (here under a heading that holds no list; 200,000 characters may
     * hold 7,000 such lines): the preview quotes the first of them and counts the rest, instead of laying out a label
     * per line on the FX thread at every edit.
     */
    @Test
    void thousandsOfUnplacedLinesAreQuotedUpToALimitAndTheRestCounted() {
        StringBuilder text = new StringBuilder(role(DATA_ENGINEER)).append("\n\nHow to become a data engineer\n\n");
        for (int i = 1; i <= 3_000; i++) {
            text.append("Remark number ").append(i).append(" from the meeting.\n");
        }
        List<String> unplaced = new RoleDescriptionParser().parse(text.toString()).preview().unplaced();
        assertThat(unplaced).as("the text's lines that fit nowhere").hasSizeGreaterThanOrEqualTo(3_000);

        shortcut(KeyCode.I, KeyCode.SHIFT);
        waitUntil(() -> shown("#role-text"));
        robot.interact(() -> this.<TextArea>node("#role-text").setText(text.toString()));

        waitUntil(() -> present("#role-preview-title"));
        assertThat(texts(".role-unplaced")).containsExactlyElementsOf(
                unplaced.stream().limit(50).map(line -> "“" + line + "”").toList());
        assertThat(texts(".role-warning")).as("the check above them, which no longer says every line is listed")
                .contains(String.format(Locale.ENGLISH,
                        "%,d lines found no place in the path: they are under “Not placed”, and your text keeps them.", unplaced.size()));
        assertThat(robot.lookup("#role-unplaced-more").<Label>query().getText()).as("at the foot of the preview, scrolled to")
                .isEqualTo(String.format(Locale.ENGLISH, "… and %,d more lines, left out as well", unplaced.size() - 50));
    }

    @Test
    void aTextFileIsOpenedIntoTheDialogAndPreviewed() throws IOException {
        Path file = dataDir.resolve("frontend.txt");
        Files.writeString(file, role("frontend-developer-numbered-tabs-reordered.txt"), StandardCharsets.UTF_8);
        files.next(file);
        shortcut(KeyCode.I, KeyCode.SHIFT);
        waitUntil(() -> shown("#open-role-file"));
        robot.clickOn("#open-role-file");

        waitUntil(() -> present("#role-preview-title"));
        assertThat(this.<TextArea>node("#role-text").getText()).isEqualTo(Files.readString(file));
        assertThat(files.asked()).extracting(GivenFiles.Question::kind)
                .containsExactly(dev.stepwise.ui.common.FilePicker.Kind.ROLE_TEXT);
    }

    /**
     * Whether the node is in the window. The preview replaces its content on the FX thread while the robot looks from
     * the test thread, so a visibility check could meet a node just taken out of the scene.
     */
    private boolean present(String query) {
        return robot.lookup(query).tryQuery().isPresent();
    }

    private void paste(String text) {
        robot.clickOn("#role-text");
        KeyStrokes.paste(robot, text);
    }

    private void shortcut(KeyCode code, KeyCode modifier) {
        KeyStrokes.stroke(robot, KeyCode.CONTROL, modifier, code);
    }

    private List<String> texts(String query) {
        return robot.lookup(query).queryAllAs(Label.class).stream().filter(Label::isVisible).map(Label::getText)
                .collect(Collectors.toList());
    }

    private static String role(String name) {
        try (InputStream in = RoleImportScreenTest.class.getResourceAsStream("/dev/stepwise/io/roles/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package dev.stepwise.ui.fx;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stepwise.domain.LearningPath;
import dev.stepwise.domain.SelfCheck;
import dev.stepwise.domain.Texts;
import dev.stepwise.fixtures.FixturePath;
import dev.stepwise.ui.overview.PathDetailsDialog;
import javafx.scene.control.Button;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The path details editor: its fields start from the path, Save returns what was typed, a blank title is refused. */
class PathDetailsDialogTest extends DialogTestBase {
    private static final LearningPath PATH = FixturePath.path();
    private PathDetailsDialog dialog;

    @BeforeEach
    void openDialog() {
        dialog = open(() -> new PathDetailsDialog(owner, PATH));
    }

    @Test
    void startsFromThePathAndSaveWithoutChangesReturnsItsTexts() {
        assertThat(this.<Button>node("#path-ok").getText()).as("the button says what it does").isEqualTo("Save");
        assertThat(this.<TextField>node("#path-title").getText()).isEqualTo(FixturePath.TITLE);
        assertThat(this.<TextField>node("#path-tagline").getText()).isEqualTo(PATH.tagline());
        assertThat(this.<TextArea>node("#path-overview").getText()).isEqualTo(PATH.overview());
        assertThat(this.<TextArea>node("#path-industries").getText()).isEqualTo(String.join("\n", PATH.industries()));

        robot.clickOn("#path-ok");

        assertThat(dialog.isShowing()).isFalse();
        assertThat(dialog.getResult())
                .isEqualTo(new PathDetailsDialog.Details(PATH.title(), PATH.tagline(), PATH.overview(), PATH.industries(),
                        PATH.selfChecks()));
    }

    @Test
    void returnsTheEditedTextsStripped() {
        typeOver("#path-title", "  My backend path ");
        typeOver("#path-tagline", "From zero to a first API");
        typeOver("#path-overview", "Line one");
        robot.type(KeyCode.ENTER).write("Line two");

        robot.clickOn("#path-ok");

        assertThat(dialog.getResult()).isEqualTo(new PathDetailsDialog.Details("My backend path", "From zero to a first API",
                "Line one\nLine two", PATH.industries(), PATH.selfChecks()));
    }

    @Test
    void aBlankTitleDisablesSaveAndSaysWhyUntilItIsFixed() {
        assertThat(problem("#path-title-problem")).isEmpty();

        typeOver("#path-title", "");
        assertThat(okEnabled("#path-ok")).isFalse();
        assertThat(problem("#path-title-problem")).isEqualTo("A path’s title cannot be empty.");

        typeOver("#path-title", "   ");
        assertThat(okEnabled("#path-ok")).isFalse();
        assertThat(problem("#path-title-problem")).isEqualTo("A path’s title cannot be empty.");
        robot.clickOn("#path-ok");
        assertThat(dialog.isShowing()).isTrue();

        typeOver("#path-title", "Backend");
        assertThat(okEnabled("#path-ok")).isTrue();
        assertThat(problem("#path-title-problem")).isEmpty();
        robot.clickOn("#path-ok");
        assertThat(dialog.getResult().title()).isEqualTo("Backend");
    }

    @Test
    void anEmptyTaglineAndOverviewAreAllowed() {
        typeOver("#path-tagline", "");
        typeOver("#path-overview", "");
        assertThat(okEnabled("#path-ok")).isTrue();

        robot.clickOn("#path-ok");

        assertThat(dialog.getResult()).isEqualTo(new PathDetailsDialog.Details(FixturePath.TITLE, "", "", PATH.industries(),
                PATH.selfChecks()));
    }

    @Test
    void cancelReturnsNullEvenAfterEdits() {
        typeOver("#path-title", "Something else");

        robot.clickOn("#path-cancel");

        assertThat(dialog.isShowing()).isFalse();
        assertThat(dialog.getResult()).isNull();
    }

    /**
     * The overview's leading industries could not be edited at all: a path of the learner's own never had any. One a
     * line; blank lines between them are nothing; a line too long for a title is refused, saying so.
     */
    @Test
    void theLeadingIndustriesAreEditedOneALine() {
        typeOver("#path-industries", "Healthcare");
        robot.type(KeyCode.ENTER).type(KeyCode.ENTER).write("  Public sector ");
        assertThat(okEnabled("#path-ok")).isTrue();
        // Pasted: typed key by key, a line this long took 20 s of the suite.
        robot.type(KeyCode.ENTER);
        KeyStrokes.paste(robot, "x".repeat(Texts.MAX_TITLE + 1));
        assertThat(okEnabled("#path-ok")).isFalse();
        assertThat(problem("#path-industries-problem")).startsWith("An industry ");
        robot.type(KeyCode.BACK_SPACE);
        KeyStrokes.stroke(robot, KeyCode.SHIFT, KeyCode.HOME);
        KeyStrokes.stroke(robot, KeyCode.BACK_SPACE);
        assertThat(okEnabled("#path-ok")).isTrue();

        robot.clickOn("#path-ok");

        assertThat(dialog.getResult().industries()).containsExactly("Healthcare", "Public sector");
    }

    /**
     * The self-check statements could not be edited at all: their answers are kept by id, so an edited statement keeps
     * its id (and its answer), a new one gets an id no statement had, and a removed one goes with its answer.
     */
    @Test
    void theSelfCheckStatementsAreAddedEditedMovedAndRemovedKeepingTheirIds() {
        assertThat(this.<ListView<SelfCheck>>node("#statements").getItems()).isEqualTo(PATH.selfChecks());

        robot.doubleClickOn("#statement-likes-data");
        answerPrompt("I would rather shape data than pixels.");
        robot.clickOn("#statement-likes-puzzles");
        robot.clickOn("#statement-remove");
        robot.clickOn("#statement-likes-bug-hunts");
        robot.clickOn("#statement-add");
        answerPrompt("I enjoy solving puzzles.");
        robot.clickOn("#statement-up");

        robot.clickOn("#path-ok");

        assertThat(dialog.getResult().selfChecks()).containsExactly(
                new SelfCheck("likes-data", "I would rather shape data than pixels."),
                new SelfCheck("i-enjoy-solving-puzzles", "I enjoy solving puzzles."),
                new SelfCheck("likes-bug-hunts", "I stay patient when a bug is hard to find."));
    }

    @Test
    void aBlankStatementIsNotTaken() {
        robot.clickOn("#statement-add");
        typeOver("#prompt-title", "   ");
        assertThat(okEnabled("#prompt-ok")).isFalse();
        robot.clickOn("#prompt-cancel");

        robot.clickOn("#path-ok");

        assertThat(dialog.getResult().selfChecks()).isEqualTo(PATH.selfChecks());
    }

    /** Answers the statement prompt that Add… and Edit… open. */
    private void answerPrompt(String statement) {
        typeOver("#prompt-title", statement);
        robot.clickOn("#prompt-ok");
    }
}

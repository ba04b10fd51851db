package dev.stepwise.ui.fx;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;

/** The item editor's target date: typed text counts without Enter, a bad or implausible date keeps Save disabled. */
class ItemDueDateDialogTest extends ItemEditorTestBase {
    private String written(LocalDate date) {
        return this.<DatePicker>node("#item-due").getConverter().toString(date);
    }

    private void typeDate(String text) {
        reveal("#item-due .text-field");
        typeOver("#item-due .text-field", text);
    }

    @Test
    void aTypedDateIsTakenWithoutEnterAndAnEmptyFieldClearsIt() {
        openOn(learnLanguage());
        assertThat(this.<DatePicker>node("#item-due").getValue()).isEqualTo(TARGET);

        typeDate(written(LocalDate.of(2030, 6, 15)));
        assertThat(ok().targetDate()).isEqualTo(LocalDate.of(2030, 6, 15));

        openOn(learnLanguage());
        typeDate("");
        assertThat(ok().targetDate()).isNull();
    }

    @Test
    void theExampleDateInThePromptAndTheProblemIsOneSoonAfterToday() {
        openOn(learnLanguage());
        // Today is 2 March 2030: the first day after it that cannot be a month number is the 13th.
        String example = written(LocalDate.of(2030, 3, 13));
        typeDate("");
        assertThat(this.<DatePicker>node("#item-due").getPromptText()).isEqualTo("e.g. " + example);
        typeDate("soon");
        assertThat(this.<Label>node("#item-due-problem").getText()).isEqualTo("Not a date; write it like " + example + ".");
    }

    @Test
    void somethingThatIsNotADateOrNoPlanNamesDisablesOkAndSaysWhy() {
        openOn(learnLanguage());
        typeDate("next tuesday");
        assertThat(this.<Button>node("#item-ok").isDisabled()).isTrue();
        assertThat(this.<Label>node("#item-due-problem").getText()).startsWith("Not a date");

        typeDate(written(LocalDate.of(3001, 1, 1)));
        assertThat(this.<Button>node("#item-ok").isDisabled()).isTrue();
        assertThat(this.<Label>node("#item-due-problem").getText()).contains("1970-01-01", "2999-12-31");

        typeDate(written(LocalDate.of(2031, 1, 1)));
        assertThat(this.<Button>node("#item-ok").isDisabled()).isFalse();
        assertThat(ok().targetDate()).isEqualTo(LocalDate.of(2031, 1, 1));
    }
    /**
     * Enter or Tab on text that is not a date leaves it there, with its problem, and Save disabled: Enter put the date
     * from before back without a word and Save saved it, and Tab threw the picker's parse error on the FX thread (both
     * found by trying it with a day-first date).
     */
    @Test
    void enterOrTabOnTextThatIsNotADateKeepsItWithItsProblem() {
        List<Throwable> uncaught = new CopyOnWriteArrayList<>();
        robot.interact(() -> Thread.currentThread().setUncaughtExceptionHandler((thread, error) -> uncaught.add(error)));
        openOn(learnLanguage());

        typeDate("31/31/2030");
        robot.type(KeyCode.ENTER);
        assertThat(this.<DatePicker>node("#item-due").getEditor().getText()).isEqualTo("31/31/2030");
        assertThat(this.<Label>node("#item-due-problem").getText()).startsWith("Not a date");
        assertThat(this.<Button>node("#item-ok").isDisabled()).isTrue();
        assertThat(shown("#item-ok")).as("Enter did not close the editor").isTrue();

        robot.type(KeyCode.TAB);
        assertThat(this.<DatePicker>node("#item-due").getEditor().getText()).isEqualTo("31/31/2030");
        assertThat(this.<Label>node("#item-due-problem").getText()).startsWith("Not a date");
        assertThat(this.<Button>node("#item-ok").isDisabled()).isTrue();
        assertThat(uncaught).isEmpty();

        typeDate(written(LocalDate.of(2031, 1, 1)));
        assertThat(ok().targetDate()).isEqualTo(LocalDate.of(2031, 1, 1));
        assertThat(uncaught).isEmpty();
    }
}

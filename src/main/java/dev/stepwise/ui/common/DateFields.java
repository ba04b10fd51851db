package dev.stepwise.ui.common;

import dev.stepwise.domain.Deadlines;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.DatePicker;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.util.StringConverter;

/**
 * A date field for the editors (a milestone's date, an item's target date): a date picker whose typed text counts as
 * soon as it is typed. A picker takes typed text only on Enter or when it loses the focus, so OK pressed straight
 * after typing would otherwise save the date it showed before.
 */
public final class DateFields {
    /** A day of the month up to this could be a month number too. */
    private static final int UNAMBIGUOUS_AFTER = 12;
    private static final String EXAMPLE = DateFields.class.getName() + ".example";
    private static final String STRICT = DateFields.class.getName() + ".strict";

    private DateFields() {
    }

    /** @param today the learner's today, from which the example date shown in the prompt and the problem is taken */
    public static DatePicker picker(String id, LocalDate initial, LocalDate today) {
        DatePicker picker = new DatePicker(initial);
        picker.setId(id);
        picker.setEditable(true);
        picker.setShowWeekNumbers(false);
        picker.getProperties().put(EXAMPLE, example(today));
        keepTextThatIsNotADate(picker);
        picker.setPromptText(Messages.tr("date.prompt", exampleText(picker)));
        return picker;
    }

    /**
     * Text that is not a date stays in the field, with its problem shown, until the learner changes it. The picker
     * takes typed text on Enter and when it loses the focus: on Enter it put the date from before back without a word
     * (and the editor then saved that date), on losing the focus its converter's parse error went unhandled. So Enter
     * does nothing on such text (pressed or released: the picker takes the text when the key is released), and the
     * picker's own converter keeps the date it has instead of failing; what the field holds is read with the strict
     * one ({@link #typed}).
     */
    private static void keepTextThatIsNotADate(DatePicker picker) {
        StringConverter<LocalDate> strict = picker.getConverter();
        picker.getProperties().put(STRICT, strict);
        picker.setConverter(new StringConverter<>() {
            @Override
            public String toString(LocalDate date) {
                return strict.toString(date);
            }

            @Override
            public LocalDate fromString(String text) {
                try {
                    return strict.fromString(text);
                } catch (DateTimeParseException e) {
                    return picker.getValue();
                }
            }
        });
        picker.addEventFilter(KeyEvent.ANY, event -> {
            String text = picker.getEditor().getText();
            if (event.getCode() == KeyCode.ENTER && text != null && !text.isBlank() && typed(picker) == null) {
                event.consume();
            }
        });
    }

    /**
     * The date the prompt writes as its example: the first day after today whose day of the month is above 12. A
     * date soon to come reads as one to plan for, and a day no month number can be tells which comes first in the
     * learner's format (24/4 or 4/24).
     */
    public static LocalDate example(LocalDate today) {
        LocalDate tomorrow = today.plusDays(1);
        return tomorrow.getDayOfMonth() > UNAMBIGUOUS_AFTER ? tomorrow : tomorrow.withDayOfMonth(UNAMBIGUOUS_AFTER + 1);
    }

    private static String exampleText(DatePicker picker) {
        return picker.getConverter().toString((LocalDate) picker.getProperties().get(EXAMPLE));
    }

    @SuppressWarnings("unchecked")
    private static StringConverter<LocalDate> strictConverter(DatePicker picker) {
        return (StringConverter<LocalDate>) picker.getProperties().getOrDefault(STRICT, picker.getConverter());
    }

    /** The date the field holds now, typed text included; {@code null} when it is empty or not a date. */
    public static LocalDate typed(DatePicker picker) {
        String text = picker.getEditor().getText();
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return strictConverter(picker).fromString(text.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** What is wrong with what the field holds, or {@code null}: not a date, a day no plan names, or (when required) empty. */
    public static ObservableValue<String> problem(DatePicker picker, boolean required) {
        return Bindings.createStringBinding(() -> {
            String text = picker.getEditor().getText();
            if (text == null || text.isBlank()) {
                return required ? Messages.tr("date.required") : null;
            }
            LocalDate date = typed(picker);
            if (date == null) {
                return Messages.tr("date.notADate", exampleText(picker));
            }
            return Messages.problem(Deadlines.dateProblem(date));
        }, picker.getEditor().textProperty(), picker.valueProperty());
    }
}

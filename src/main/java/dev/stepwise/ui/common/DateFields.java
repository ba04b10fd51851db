package dev.stepwise.ui.common;

import dev.stepwise.domain.Deadlines;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.DatePicker;

/**
 * A date field for the editors (a milestone's date, an item's target date): a date picker whose typed text counts as
 * soon as it is typed. A picker takes typed text only on Enter or when it loses the focus, so OK pressed straight
 * after typing would otherwise save the date it showed before.
 */
public final class DateFields {
    private DateFields() {
    }

    public static DatePicker picker(String id, LocalDate initial) {
        DatePicker picker = new DatePicker(initial);
        picker.setId(id);
        picker.setEditable(true);
        picker.setShowWeekNumbers(false);
        picker.setPromptText(Messages.tr("date.prompt", picker.getConverter().toString(LocalDate.of(2026, 4, 24))));
        return picker;
    }

    /** The date the field holds now, typed text included; {@code null} when it is empty or not a date. */
    public static LocalDate typed(DatePicker picker) {
        String text = picker.getEditor().getText();
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return picker.getConverter().fromString(text.strip());
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
                return Messages.tr("date.notADate", picker.getConverter().toString(LocalDate.of(2026, 4, 24)));
            }
            return Messages.problem(Deadlines.dateProblem(date));
        }, picker.getEditor().textProperty(), picker.valueProperty());
    }
}

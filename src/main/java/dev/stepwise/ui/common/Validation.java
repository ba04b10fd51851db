package dev.stepwise.ui.common;

import atlantafx.base.theme.Styles;
import java.util.Objects;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextInputControl;

/**
 * The problems of one editor's fields, each shown beside its field as the learner types, and whether any is left.
 * An editor enables OK only while {@link #validProperty()} holds, so it never hands back a value that the edit would
 * refuse. A problem is a message, or {@code null} while the field is fine ({@code Messages.problem} of a domain rule).
 */
public final class Validation {
    public static final String FIELD_PROBLEM = "field-problem";

    private final ObservableList<ObservableValue<String>> problems =
            FXCollections.observableArrayList(problem -> new Observable[] {problem});
    private final BooleanBinding valid =
            Bindings.createBooleanBinding(() -> problems.stream().allMatch(problem -> problem.getValue() == null), problems);

    /**
     * Watches the field's problem: returns the label that shows it under the field (collapsed while there is none) and
     * marks the field with the theme's danger state meanwhile. A field that opens blank is not scolded before the
     * learner has reached it: OK waits meanwhile, and the reason shows from their first edit or once they leave it.
     * (A new milestone's dialog used to open on "cannot be empty" in red, before a key was pressed.)
     */
    public Label watch(Node field, ObservableValue<String> problem, String labelId) {
        add(problem);
        return problemLabel(markOnceReached(field, problem), labelId);
    }

    /**
     * The field's problem as the learner should see it: held back while a field that opened blank has not been reached
     * yet (no edit, never left), then the problem itself. Keeps the field's danger state in step with what is shown.
     */
    public static ObservableValue<String> markOnceReached(Node field, ObservableValue<String> problem) {
        BooleanProperty reached = new SimpleBooleanProperty(!opensBlank(field));
        problem.addListener((obs, old, now) -> reached.set(true));
        field.focusedProperty().addListener((obs, was, is) -> reached.set(reached.get() || was && !is));
        StringBinding shown = Bindings.createStringBinding(() -> reached.get() ? problem.getValue() : null, reached, problem);
        field.pseudoClassStateChanged(Styles.STATE_DANGER, shown.get() != null);
        shown.addListener((obs, old, now) -> field.pseudoClassStateChanged(Styles.STATE_DANGER, now != null));
        return shown;
    }

    private static boolean opensBlank(Node field) {
        if (field instanceof ComboBox<?> box && box.isEditable()) {
            return box.getValue() == null && box.getEditor().getText().isBlank();
        }
        return field instanceof TextInputControl text && text.getText().isBlank();
    }

    /** Counts a problem shown elsewhere (a row of a list, say) towards {@link #validProperty()}. */
    public void add(ObservableValue<String> problem) {
        problems.add(Objects.requireNonNull(problem));
    }

    /** Forgets a problem whose field went away (a removed row). */
    public void remove(ObservableValue<String> problem) {
        problems.remove(problem);
    }

    /** True while no watched field has a problem. */
    public BooleanBinding validProperty() {
        return valid;
    }

    /** A small red line under a field, showing the problem and taking no room while there is none. */
    public static Label problemLabel(ObservableValue<String> problem, String id) {
        Label label = new Label();
        label.setId(id);
        label.getStyleClass().add(FIELD_PROBLEM);
        label.setWrapText(true);
        label.textProperty().bind(Bindings.createStringBinding(() -> Objects.requireNonNullElse(problem.getValue(), ""), problem));
        label.visibleProperty().bind(label.textProperty().isNotEmpty());
        label.managedProperty().bind(label.visibleProperty());
        return label;
    }
}

package dev.stepwise.ui.common;

import atlantafx.base.theme.Styles;
import java.util.Objects;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.scene.control.Label;

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
     * marks the field with the theme's danger state meanwhile.
     */
    public Label watch(Node field, ObservableValue<String> problem, String labelId) {
        add(problem);
        Label label = problemLabel(problem, labelId);
        field.pseudoClassStateChanged(Styles.STATE_DANGER, problem.getValue() != null);
        problem.addListener((obs, old, now) -> field.pseudoClassStateChanged(Styles.STATE_DANGER, now != null));
        return label;
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

package dev.stepwise.ui.transfer;

import dev.stepwise.io.RoleImport;
import dev.stepwise.io.RoleImportPreview;
import dev.stepwise.ui.common.EditorForms;
import dev.stepwise.ui.common.StyleClasses;
import dev.stepwise.ui.common.Validation;
import java.util.List;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignI;

/**
 * The right-hand side of the role import: what the new path would hold (entries per section, skills per category,
 * what the text lacked, every line that found no place), the reason a text is refused, or a hint while it is empty.
 */
final class RolePreviewPane extends ScrollPane {
    private final VBox content = new VBox();

    RolePreviewPane() {
        setId("role-preview");
        getStyleClass().add("role-preview");
        content.getStyleClass().add("role-preview-content");
        setContent(content);
        setFitToWidth(true);
        showHint("Paste a role description on the left, or open a text file. What the new path will hold shows here "
                + "before anything is created.");
    }

    void showHint(String text) {
        Label hint = wrapped(text, "role-preview-hint");
        hint.getStyleClass().add(StyleClasses.MUTED);
        content.getChildren().setAll(hint);
    }

    void showWorking() {
        showHint("Reading the text…");
    }

    void showProblem(String message) {
        Label problem = wrapped(message + "\n\nNothing will be created from this text.", "role-problem");
        problem.setId("role-problem");
        problem.getStyleClass().add(Validation.FIELD_PROBLEM);
        problem.setGraphic(new FontIcon(MaterialDesignA.ALERT_CIRCLE_OUTLINE));
        content.getChildren().setAll(problem);
    }

    void show(RoleImport role) {
        RoleImportPreview preview = role.preview();
        Label title = wrapped(role.path().title(), "role-preview-title");
        title.setId("role-preview-title");
        title.getStyleClass().add(StyleClasses.CARD_TITLE);
        content.getChildren().setAll(heading("New path"), title);
        content.getChildren().add(heading("Checklist"));
        content.getChildren().addAll(counts(preview.itemsPerSection(), "entry", "entries", "role-sections"));
        content.getChildren().add(heading("Skills"));
        content.getChildren().addAll(counts(preview.skillsPerCategory(), "skill", "skills", "role-skills"));
        if (preview.selfChecks() > 0 || preview.industries() > 0) {
            content.getChildren().add(heading("Also"));
            content.getChildren().add(wrapped(plural(preview.selfChecks(), "self-check statement", "self-check statements")
                    + " · " + plural(preview.industries(), "industry", "industries"), "role-extras"));
        }
        if (!preview.warnings().isEmpty()) {
            content.getChildren().add(heading("Check"));
            preview.warnings().forEach(warning -> content.getChildren().add(withIcon(warning, "role-warning",
                    MaterialDesignA.ALERT_OUTLINE)));
        }
        if (!preview.notes().isEmpty()) {
            content.getChildren().add(heading("Good to know"));
            preview.notes().forEach(note -> content.getChildren().add(withIcon(note, "role-note",
                    MaterialDesignI.INFORMATION_OUTLINE)));
        }
        List<String> unplaced = preview.unplaced();
        content.getChildren().add(heading(unplaced.isEmpty() ? "Every line has a place"
                : "Not placed (" + unplaced.size() + ") — left out of the path"));
        unplaced.forEach(line -> {
            Label entry = wrapped("“" + line + "”", "role-unplaced");
            entry.getStyleClass().add(StyleClasses.MUTED);
            content.getChildren().add(entry);
        });
        setVvalue(0);
    }

    private static List<Node> counts(Map<String, Integer> counts, String one, String many, String styleClass) {
        if (counts.isEmpty()) {
            Label none = wrapped("None found", styleClass);
            none.getStyleClass().add(StyleClasses.MUTED);
            return List.of(none);
        }
        return counts.entrySet().stream()
                .<Node>map(entry -> wrapped(entry.getKey() + " — " + plural(entry.getValue(), one, many), styleClass))
                .toList();
    }

    private static Label heading(String text) {
        Label heading = new Label(text);
        heading.getStyleClass().add(EditorForms.GROUP_HEADING);
        return heading;
    }

    private static Label withIcon(String text, String styleClass, org.kordamp.ikonli.Ikon icon) {
        Label label = wrapped(text, styleClass);
        label.setGraphic(new FontIcon(icon));
        return label;
    }

    private static Label wrapped(String text, String styleClass) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.getStyleClass().add(styleClass);
        label.setMinHeight(Label.USE_PREF_SIZE);
        return label;
    }

    static String plural(int count, String one, String many) {
        return count + " " + (count == 1 ? one : many);
    }
}

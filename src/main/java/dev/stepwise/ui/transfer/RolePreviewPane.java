package dev.stepwise.ui.transfer;

import dev.stepwise.io.RoleImport;
import dev.stepwise.io.RoleImportPreview;
import dev.stepwise.ui.common.EditorForms;
import dev.stepwise.ui.common.Messages;
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
    /**
     * Lines that fit nowhere are quoted up to this many, the rest counted. A text may hold thousands (200,000
     * characters), and each is a wrapped label made and laid out on the FX thread at every edit: 3,000 took seconds.
     */
    static final int UNPLACED_QUOTED = 50;

    private final VBox content = new VBox();

    RolePreviewPane() {
        setId("role-preview");
        getStyleClass().add("role-preview");
        content.getStyleClass().add("role-preview-content");
        setContent(content);
        setFitToWidth(true);
        showHint(Messages.tr("dialog.roleImport.hint"));
    }

    void showHint(String text) {
        Label hint = wrapped(text, "role-preview-hint");
        hint.getStyleClass().add(StyleClasses.MUTED);
        content.getChildren().setAll(hint);
    }

    void showWorking() {
        showHint(Messages.tr("dialog.roleImport.working"));
    }

    void showProblem(String message) {
        Label problem = wrapped(Messages.tr("dialog.roleImport.problem", message), "role-problem");
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
        content.getChildren().setAll(heading(Messages.tr("dialog.roleImport.newPath")), title);
        content.getChildren().add(heading(Messages.tr("dialog.roleImport.checklist")));
        content.getChildren().addAll(counts(preview.itemsPerSection(), "count.entries", "role-sections"));
        content.getChildren().add(heading(Messages.tr("dialog.roleImport.skills")));
        content.getChildren().addAll(counts(preview.skillsPerCategory(), "count.skills", "role-skills"));
        if (preview.selfChecks() > 0 || preview.industries() > 0) {
            content.getChildren().add(heading(Messages.tr("dialog.roleImport.also")));
            content.getChildren().add(wrapped(Messages.tr("count.selfChecks", preview.selfChecks())
                    + Messages.tr("list.separator") + Messages.tr("count.industries", preview.industries()), "role-extras"));
        }
        if (!preview.warnings().isEmpty()) {
            content.getChildren().add(heading(Messages.tr("dialog.roleImport.check")));
            preview.warnings().forEach(warning -> content.getChildren().add(withIcon(Messages.tr(warning), "role-warning",
                    MaterialDesignA.ALERT_OUTLINE)));
        }
        if (!preview.notes().isEmpty()) {
            content.getChildren().add(heading(Messages.tr("dialog.roleImport.goodToKnow")));
            preview.notes().forEach(note -> content.getChildren().add(withIcon(Messages.tr(note), "role-note",
                    MaterialDesignI.INFORMATION_OUTLINE)));
        }
        List<String> unplaced = preview.unplaced();
        content.getChildren().add(heading(unplaced.isEmpty() ? Messages.tr("dialog.roleImport.allPlaced")
                : Messages.tr("dialog.roleImport.unplaced", unplaced.size())));
        unplaced.stream().limit(UNPLACED_QUOTED).forEach(line -> {
            Label entry = wrapped(Messages.tr("dialog.roleImport.quoted", line), "role-unplaced");
            entry.getStyleClass().add(StyleClasses.MUTED);
            content.getChildren().add(entry);
        });
        if (unplaced.size() > UNPLACED_QUOTED) {
            Label more = wrapped(Messages.tr("dialog.roleImport.unplacedMore", unplaced.size() - UNPLACED_QUOTED),
                    "role-unplaced-more");
            more.setId("role-unplaced-more");
            more.getStyleClass().add(StyleClasses.MUTED);
            content.getChildren().add(more);
        }
        setVvalue(0);
    }

    private static List<Node> counts(Map<String, Integer> counts, String countKey, String styleClass) {
        if (counts.isEmpty()) {
            Label none = wrapped(Messages.tr("dialog.roleImport.noneFound"), styleClass);
            none.getStyleClass().add(StyleClasses.MUTED);
            return List.of(none);
        }
        return counts.entrySet().stream()
                .<Node>map(entry -> wrapped(Messages.tr("dialog.roleImport.count", entry.getKey(),
                        Messages.tr(countKey, entry.getValue())), styleClass))
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
}

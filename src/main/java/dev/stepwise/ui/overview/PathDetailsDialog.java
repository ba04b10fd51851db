package dev.stepwise.ui.overview;

import dev.stepwise.domain.LearningPath;
import dev.stepwise.domain.SelfCheck;
import dev.stepwise.domain.Texts;
import dev.stepwise.ui.common.EditorForms;
import dev.stepwise.ui.common.Messages;
import dev.stepwise.ui.common.OrderedListEditor;
import dev.stepwise.ui.common.Validation;
import java.util.List;
import java.util.Objects;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * Edits a path's own text: the title, the one-line tagline under it and the overview in one column; the leading
 * industries (one a line; blank lines are nothing) and the self-check statements in the other. Sized like the item
 * editor, to fit a 1024×640 screen. A view only: it returns the learner's {@link Details} (or null when cancelled) and
 * the caller turns them into a saved edit. Save is enabled only while every field passes the rules of {@link Texts}
 * that the edit applies.
 */
public final class PathDetailsDialog extends Dialog<PathDetailsDialog.Details> {
    private static final OrderedListEditor.Kind<SelfCheck> STATEMENTS = new OrderedListEditor.Kind<>("statement",
            "overview.details.statements", "statement", Texts.Field.STATEMENT, SelfCheck::id, SelfCheck::statement, SelfCheck::new);

    /** The edited texts, with invisible characters stripped from their ends; statements keep their ids. */
    public record Details(String title, String tagline, String overview, List<String> industries, List<SelfCheck> selfChecks) {
    }

    private final TextField title = new TextField();
    private final TextField tagline = new TextField();
    private final TextArea overview = new TextArea();
    private final TextArea industries = new TextArea();

    public PathDetailsDialog(Window owner, LearningPath path) {
        EditorForms.prepare(this, owner, Messages.tr("overview.details.header"), "path-details");
        title.setId("path-title");
        title.setText(path.title());
        tagline.setId("path-tagline");
        tagline.setText(path.tagline());
        tagline.setPromptText(Messages.tr("overview.details.tagline.prompt"));
        overview.setId("path-overview");
        overview.setText(path.overview());
        overview.setWrapText(true);
        overview.setPromptText(Messages.tr("overview.details.overview.prompt"));
        industries.setId("path-industries");
        industries.setText(String.join("\n", path.industries()));
        industries.setPromptText(Messages.tr("overview.details.industries.prompt"));
        ObservableValue<String> industriesProblem = Bindings.createStringBinding(() -> lines(industries.getText()).stream()
                .map(line -> Messages.problem(Texts.titleProblem(Texts.Field.INDUSTRY, line))).filter(Objects::nonNull)
                .findFirst().orElse(null), industries.textProperty());

        OrderedListEditor<SelfCheck> statements = new OrderedListEditor<>(STATEMENTS, path.selfChecks());

        Validation validation = new Validation();
        VBox texts = EditorForms.column(
                EditorForms.field(Messages.tr("overview.details.title"), title,
                        validation.watch(title, EditorForms.titleProblem(Texts.Field.PATH_TITLE, title), "path-title-problem")),
                EditorForms.field(Messages.tr("overview.details.tagline"), tagline,
                        validation.watch(tagline, EditorForms.textProblem(Texts.Field.TAGLINE, tagline), "path-tagline-problem")),
                EditorForms.field(Messages.tr("overview.details.overview"), overview,
                        validation.watch(overview, EditorForms.textProblem(Texts.Field.OVERVIEW, overview), "path-overview-problem")));
        VBox lists = EditorForms.column(
                EditorForms.field(Messages.tr("overview.details.industries"), industries,
                        validation.watch(industries, industriesProblem, "path-industries-problem")),
                EditorForms.field(Messages.tr("overview.details.statements"), statements,
                        EditorForms.hint(Messages.tr("overview.details.statements.hint"))));
        getDialogPane().setContent(EditorForms.columns(texts, lists));

        ButtonType ok = EditorForms.saveCancel(this, "path", validation);
        setResultConverter(button -> button == ok
                ? new Details(Texts.title(Texts.Field.PATH_TITLE, title.getText()), Texts.text(Texts.Field.TAGLINE, tagline.getText()),
                        Texts.text(Texts.Field.OVERVIEW, overview.getText()),
                        lines(industries.getText()).stream().map(line -> Texts.title(Texts.Field.INDUSTRY, line)).toList(),
                        statements.entries())
                : null);
        Platform.runLater(title::requestFocus);
    }

    /** The text's lines that are not blank: one industry each. */
    private static List<String> lines(String text) {
        return text.lines().filter(line -> !Texts.isBlank(line)).toList();
    }
}

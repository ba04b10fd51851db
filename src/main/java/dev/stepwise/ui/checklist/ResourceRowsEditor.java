package dev.stepwise.ui.checklist;

import atlantafx.base.theme.Styles;
import dev.stepwise.domain.Resource;
import dev.stepwise.domain.Texts;
import dev.stepwise.ui.common.EditorForms;
import dev.stepwise.ui.common.Messages;
import dev.stepwise.ui.common.Validation;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;
import org.kordamp.ikonli.materialdesign2.MaterialDesignT;

/**
 * An item's resources as rows of title and link, each checked as it is typed (a title, and a web link by
 * {@link Texts#linkProblem}) with its problem under the row; a row left wholly blank is ignored. An item has a handful of resources, so plain rows serve
 * better here than a virtualised list: every field is always there to tab into. Row controls are numbered from 0 in
 * display order ({@code resource-title-0}, {@code resource-url-0}, {@code resource-remove-0},
 * {@code resource-problem-0}) and renumbered when a row is removed.
 */
final class ResourceRowsEditor extends VBox {
    private final Validation validation;
    private final VBox rowBox = new VBox();
    private final List<Row> rows = new ArrayList<>();
    private final Label empty = EditorForms.hint(Messages.tr("checklist.resources.none"));

    ResourceRowsEditor(List<Resource> resources, Validation validation) {
        this.validation = validation;
        getStyleClass().add("resource-editor");
        rowBox.getStyleClass().add("resource-rows");
        resources.forEach(resource -> addRow(resource.title(), resource.url()));
        Button add = new Button(Messages.tr("checklist.resources.add"), new FontIcon(MaterialDesignP.PLUS));
        add.setId("resource-add");
        add.setOnAction(event -> addRow("", "").title.requestFocus());
        empty.setId("resources-empty");
        empty.visibleProperty().bind(Bindings.isEmpty(rowBox.getChildren()));
        empty.managedProperty().bind(empty.visibleProperty());
        getChildren().addAll(empty, rowBox, add);
    }

    /** The resources in row order, texts stripped, rows left wholly blank skipped; only asked for once every row passes. */
    List<Resource> resources() {
        return rows.stream().filter(row -> !row.blank())
                .map(row -> new Resource(Texts.title(Texts.Field.RESOURCE_TITLE, row.title.getText()), row.url.getText().strip()))
                .toList();
    }

    private Row addRow(String title, String url) {
        Row row = new Row(title, url);
        rows.add(row);
        rowBox.getChildren().add(row);
        validation.add(row.problem);
        renumber();
        return row;
    }

    private void removeRow(Row row) {
        int index = rows.indexOf(row);
        rows.remove(index);
        rowBox.getChildren().remove(row);
        validation.remove(row.problem);
        renumber();
        if (!rows.isEmpty()) {
            rows.get(Math.min(index, rows.size() - 1)).title.requestFocus();
        }
    }

    private void renumber() {
        for (int i = 0; i < rows.size(); i++) {
            rows.get(i).number(i);
        }
    }

    /** One resource: title, link, a remove button, and the row's problems under them. */
    private final class Row extends VBox {
        private final TextField title = new TextField();
        private final TextField url = new TextField();
        private final Button remove = new Button(null, new FontIcon(MaterialDesignT.TRASH_CAN_OUTLINE));
        private final Label problemLabel;
        private final StringBinding problem;

        Row(String titleText, String urlText) {
            getStyleClass().add("resource-row");
            title.setText(titleText);
            title.setPromptText(Messages.tr("checklist.resources.title"));
            title.setAccessibleText(Messages.tr("checklist.resources.titleName"));
            url.setText(urlText);
            url.setPromptText(Messages.tr("checklist.resources.url"));
            url.setAccessibleText(Messages.tr("checklist.resources.urlName"));
            HBox.setHgrow(title, Priority.ALWAYS);
            HBox.setHgrow(url, Priority.ALWAYS);
            title.getStyleClass().add("resource-title");
            url.getStyleClass().add("resource-url");
            remove.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
            remove.setTooltip(new Tooltip(Messages.tr("checklist.resources.remove")));
            remove.setAccessibleText(Messages.tr("checklist.resources.remove"));
            remove.setOnAction(event -> removeRow(this));
            StringBinding titleProblem = Bindings.createStringBinding(
                    () -> Messages.problem(Texts.titleProblem(Texts.Field.RESOURCE_TITLE, title.getText())), title.textProperty());
            StringBinding linkProblem = Bindings.createStringBinding(() -> Messages.problem(Texts.linkProblem(url.getText())),
                    url.textProperty());
            // A row left wholly blank is no resource: it has nothing to fix and is not saved. A half-filled one has; its
            // problems show once the learner has typed in a field or left it.
            StringBinding titleToFix = unlessBlank(titleProblem);
            StringBinding linkToFix = unlessBlank(linkProblem);
            problem = joined(titleToFix, linkToFix);
            problemLabel = Validation.problemLabel(joined(Validation.markOnceReached(title, titleToFix),
                    Validation.markOnceReached(url, linkToFix)), null);
            HBox fields = new HBox(title, url, remove);
            fields.getStyleClass().add("resource-fields");
            getChildren().addAll(fields, problemLabel);
        }

        boolean blank() {
            return Texts.isBlank(title.getText()) && Texts.isBlank(url.getText());
        }

        private StringBinding unlessBlank(StringBinding fieldProblem) {
            return Bindings.createStringBinding(() -> blank() ? null : fieldProblem.get(), fieldProblem, title.textProperty(),
                    url.textProperty());
        }

        /** Both fields' problems in one line, or null when neither has one. */
        private static StringBinding joined(ObservableValue<String> first, ObservableValue<String> second) {
            return Bindings.createStringBinding(() -> {
                List<String> both = Stream.of(first.getValue(), second.getValue()).filter(Objects::nonNull).toList();
                return both.isEmpty() ? null : String.join(" ", both);
            }, first, second);
        }

        void number(int index) {
            title.setId("resource-title-" + index);
            url.setId("resource-url-" + index);
            remove.setId("resource-remove-" + index);
            problemLabel.setId("resource-problem-" + index);
        }
    }
}

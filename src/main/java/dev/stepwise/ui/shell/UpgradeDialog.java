package dev.stepwise.ui.shell;

import dev.stepwise.domain.UpstreamChange;
import dev.stepwise.service.PathUpdatePreview;
import dev.stepwise.ui.common.StyleClasses;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignM;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;
import org.kordamp.ikonli.materialdesign2.MaterialDesignR;
import org.kordamp.ikonli.materialdesign2.MaterialDesignS;

/** What a newer bundled version changes, one line each, with "Apply changes" or "Not now". True when applied. */
final class UpgradeDialog extends Dialog<Boolean> {
    private static final Map<UpstreamChange.Kind, Ikon> ICONS = new EnumMap<>(Map.of(
            UpstreamChange.Kind.ADDED, MaterialDesignP.PLUS_CIRCLE_OUTLINE,
            UpstreamChange.Kind.REMOVED, MaterialDesignM.MINUS_CIRCLE_OUTLINE,
            UpstreamChange.Kind.ARCHIVED, MaterialDesignA.ARCHIVE_OUTLINE,
            UpstreamChange.Kind.RENAMED, MaterialDesignR.RENAME_BOX,
            UpstreamChange.Kind.EDITED, MaterialDesignP.PENCIL_OUTLINE,
            UpstreamChange.Kind.MOVED, MaterialDesignA.ARROW_UP_DOWN,
            UpstreamChange.Kind.KEPT_YOURS, MaterialDesignS.SHIELD_CHECK_OUTLINE));

    UpgradeDialog(Window owner, PathUpdatePreview preview) {
        initOwner(owner);
        setTitle("Stepwise");
        setHeaderText("Update “%s” from version %d to %d".formatted(preview.title(), preview.fromVersion(),
                preview.toVersion()));
        setResizable(true);
        Label intro = new Label("What the newer version changes. Your own edits win where you changed the same thing; "
                + "an item it removes that holds your progress is archived, not deleted.");
        intro.setWrapText(true);
        intro.getStyleClass().add(StyleClasses.MUTED);
        ListView<UpstreamChange> changes = new ListView<>();
        changes.setId("upgrade-changes");
        changes.getItems().setAll(preview.changes());
        changes.setCellFactory(list -> new ChangeCell());
        changes.setPrefSize(620, 360);
        changes.setPlaceholder(new Label("Only details changed."));
        getDialogPane().setContent(new VBox(10, intro, changes));
        ButtonType apply = new ButtonType("Apply changes", ButtonBar.ButtonData.OK_DONE);
        ButtonType later = new ButtonType("Not now", ButtonBar.ButtonData.CANCEL_CLOSE);
        getDialogPane().getButtonTypes().setAll(apply, later);
        getDialogPane().lookupButton(apply).setId("apply-upgrade");
        setResultConverter(button -> button == apply);
    }

    /** "Added · item · Learn Docker — in Steps". */
    private static final class ChangeCell extends ListCell<UpstreamChange> {
        @Override
        protected void updateItem(UpstreamChange change, boolean empty) {
            super.updateItem(change, empty);
            setText(null);
            if (empty || change == null) {
                setGraphic(null);
                return;
            }
            Label title = new Label(kindLabel(change.kind()) + " · " + change.subject().name().toLowerCase(Locale.ROOT)
                    + " · " + change.title(), new FontIcon(ICONS.get(change.kind())));
            title.getStyleClass().add("change-title");
            Label detail = new Label(change.detail());
            detail.getStyleClass().add(StyleClasses.MUTED);
            detail.setWrapText(true);
            detail.setManaged(!change.detail().isEmpty());
            detail.setVisible(!change.detail().isEmpty());
            VBox box = new VBox(2, title, detail);
            box.setMaxWidth(580);
            setGraphic(box);
        }

        private static String kindLabel(UpstreamChange.Kind kind) {
            return switch (kind) {
                case ADDED -> "Added";
                case REMOVED -> "Removed";
                case ARCHIVED -> "Archived";
                case RENAMED -> "Renamed";
                case EDITED -> "Changed";
                case MOVED -> "Moved";
                case KEPT_YOURS -> "Kept yours";
            };
        }
    }
}

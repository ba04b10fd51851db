package dev.stepwise.ui.common;

import dev.stepwise.domain.UpstreamChange;
import java.util.EnumMap;
import java.util.Map;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignM;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;
import org.kordamp.ikonli.materialdesign2.MaterialDesignR;
import org.kordamp.ikonli.materialdesign2.MaterialDesignS;

/** One change an update would make, as a list row: "Added · item · Learn Docker", with what the merge did below. */
public final class UpstreamChangeCell extends ListCell<UpstreamChange> {
    private static final Map<UpstreamChange.Kind, Ikon> ICONS = new EnumMap<>(Map.of(
            UpstreamChange.Kind.ADDED, MaterialDesignP.PLUS_CIRCLE_OUTLINE,
            UpstreamChange.Kind.REMOVED, MaterialDesignM.MINUS_CIRCLE_OUTLINE,
            UpstreamChange.Kind.ARCHIVED, MaterialDesignA.ARCHIVE_OUTLINE,
            UpstreamChange.Kind.RENAMED, MaterialDesignR.RENAME_BOX,
            UpstreamChange.Kind.EDITED, MaterialDesignP.PENCIL_OUTLINE,
            UpstreamChange.Kind.MOVED, MaterialDesignA.ARROW_UP_DOWN,
            UpstreamChange.Kind.KEPT_YOURS, MaterialDesignS.SHIELD_CHECK_OUTLINE));

    @Override
    protected void updateItem(UpstreamChange change, boolean empty) {
        super.updateItem(change, empty);
        setText(null);
        if (empty || change == null) {
            setGraphic(null);
            return;
        }
        Label title = new Label(Messages.tr("change.line", Messages.tr("change." + change.kind().name()),
                Messages.tr("change.subject." + change.subject().name()), change.title()), new FontIcon(ICONS.get(change.kind())));
        title.getStyleClass().add("change-title");
        Label detail = new Label(change.hasDetail() ? Messages.tr(change.detail()) : "");
        detail.getStyleClass().add(StyleClasses.MUTED);
        detail.setWrapText(true);
        detail.setManaged(change.hasDetail());
        detail.setVisible(change.hasDetail());
        VBox box = new VBox(2, title, detail);
        box.setMaxWidth(UiScale.em(41.5));
        setGraphic(box);
    }
}

package dev.stepwise.ui.common;

import dev.stepwise.domain.ItemStatus;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignS;

/** One icon per item status, used in every view so a status always looks the same. */
public final class StatusIcons {
    private StatusIcons() {
    }

    public static Ikon ikonFor(ItemStatus status) {
        return switch (status) {
            case NOT_STARTED -> MaterialDesignC.CHECKBOX_BLANK_CIRCLE_OUTLINE;
            case LEARNING -> MaterialDesignC.CIRCLE_SLICE_4;
            case DONE -> MaterialDesignC.CHECK_CIRCLE;
            case SKIPPED -> MaterialDesignS.SKIP_NEXT_CIRCLE_OUTLINE;
        };
    }

    public static FontIcon iconFor(ItemStatus status) {
        FontIcon icon = new FontIcon(ikonFor(status));
        icon.getStyleClass().add(StyleClasses.forStatus(status));
        return icon;
    }
}

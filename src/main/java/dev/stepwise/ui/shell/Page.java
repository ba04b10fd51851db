package dev.stepwise.ui.shell;

import dev.stepwise.ui.common.Messages;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignG;
import org.kordamp.ikonli.materialdesign2.MaterialDesignV;

/** The main window's screens, in navigation order. */
public enum Page {
    OVERVIEW,
    CHECKLIST,
    SKILLS,
    TIMELINE;

    /** The page's name in the learner's language. */
    public String title() {
        return Messages.tr("page." + name());
    }

    /** The page's icon, the same in the sidebar and in the View menu. */
    public Ikon icon() {
        return switch (this) {
            case OVERVIEW -> MaterialDesignV.VIEW_DASHBOARD_OUTLINE;
            case CHECKLIST -> MaterialDesignC.CHECKBOX_MARKED_OUTLINE;
            case SKILLS -> MaterialDesignG.GRID;
            case TIMELINE -> MaterialDesignC.CALENDAR_CHECK_OUTLINE;
        };
    }
}

package dev.stepwise.ui.shell;

import dev.stepwise.ui.common.Messages;

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
}

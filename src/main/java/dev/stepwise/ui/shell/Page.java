package dev.stepwise.ui.shell;

/** The main window's screens, in navigation order. */
public enum Page {
    OVERVIEW("Overview"),
    CHECKLIST("Checklist"),
    SKILLS("Skills matrix");

    private final String title;

    Page(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }
}

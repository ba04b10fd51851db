package dev.stepwise.ui.shell;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;

/** Switches between AtlantaFX's Primer light and dark themes; our app.css follows through looked-up colours. */
final class Themes {
    private Themes() {
    }

    static void apply(boolean dark) {
        Application.setUserAgentStylesheet(dark
                ? new PrimerDark().getUserAgentStylesheet()
                : new PrimerLight().getUserAgentStylesheet());
    }
}

package dev.stepwise.ui.shell;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;

/** Switches between AtlantaFX's Primer light and dark themes; our app.css follows through looked-up colours. */
public final class Themes {
    private Themes() {
    }

    /** Parses the theme's stylesheet unless it is already the one in use (parsing costs a few hundred ms). */
    public static void apply(boolean dark) {
        String stylesheet = dark ? new PrimerDark().getUserAgentStylesheet() : new PrimerLight().getUserAgentStylesheet();
        if (!stylesheet.equals(Application.getUserAgentStylesheet())) {
            Application.setUserAgentStylesheet(stylesheet);
        }
    }
}

package dev.stepwise;

import javafx.application.Application;

/**
 * Starts the window. A main class that extends {@link Application} cannot start from the classpath ("JavaFX runtime
 * components are missing"), and {@link Launcher} must stay free of JavaFX so commands never load it: hence this
 * one-line class between them.
 */
final class WindowLauncher {
    private WindowLauncher() {
    }

    static void launch(String[] args) {
        Application.launch(App.class, args);
    }
}

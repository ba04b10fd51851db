package dev.stepwise;

import javafx.application.Application;

/**
 * Plain entry point. A main class that extends {@link Application} cannot start from the classpath ("JavaFX
 * runtime components are missing"), so {@code java -jar} and IDEs start here.
 */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) {
        Application.launch(App.class, args);
    }
}

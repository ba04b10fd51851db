package dev.stepwise.bench;

import javafx.application.Application;

/** Plain entry point for {@link HelloApp}: a class extending Application cannot be the main class on the classpath. */
public final class HelloLauncher {
    private HelloLauncher() {
    }

    public static void main(String[] args) {
        Application.launch(HelloApp.class, args);
    }
}

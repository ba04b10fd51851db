package dev.stepwise.bench;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import javafx.animation.AnimationTimer;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/**
 * The yardstick for start-up: a bare JavaFX window (a Stage with a Label, as large as the app's first window) that
 * reports its second rendered frame with the same markers as the app's {@code StartupReport}, then quits. What the app takes beyond this is its own
 * start-up work; the toolkit's share is the same for both.
 */
public final class HelloApp extends Application {
    @Override
    public void start(Stage stage) {
        stage.setScene(new Scene(new StackPane(new Label("Hello")), 1280, 820));
        stage.setTitle("Hello");
        stage.show();
        new AnimationTimer() {
            private int frames;

            @Override
            public void handle(long now) {
                if (++frames < 2) {
                    return;
                }
                stop();
                long elapsed = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
                long cpu = ProcessHandle.current().info().totalCpuDuration().map(Duration::toMillis).orElse(-1L);
                System.out.println(StartupBenchmark.PREFIX + elapsed);
                System.out.println(StartupBenchmark.CPU_PREFIX + cpu);
                System.out.flush();
                Platform.exit();
            }
        }.start();
    }
}

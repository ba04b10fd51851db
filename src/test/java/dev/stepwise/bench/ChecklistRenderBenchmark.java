package dev.stepwise.bench;

import dev.stepwise.App;
import dev.stepwise.domain.LearningPath;
import dev.stepwise.service.BundledPath;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * What the model benchmarks leave out: the pixels. The real app, headless under Monocle with software rendering as the
 * screen tests run it, shows the checklist of the 10,000-item path in a 1280×800 window; the FX thread's time to
 * bring a far row into view (scroll, style, lay out the cells in view) and to move three rows on is timed. Every cell
 * in view is given a new row by a jump, as by a search or a drag of the scroll bar. In a JVM of its own
 * ({@link Forked}): the toolkit is started once per JVM, with Monocle's settings.
 */
final class ChecklistRenderBenchmark {
    private static final int ITEMS = 10_000;
    private static final int WARMUPS = 60;
    private static final int RUNS = 120;

    private ChecklistRenderBenchmark() {
    }

    /** In a JVM of its own: the folder to work in. */
    public static void main(String[] args) throws Exception {
        for (String[] setting : new String[][] {{"glass.platform", "Monocle"}, {"monocle.platform", "Headless"},
                {"prism.order", "sw"}, {"prism.text", "t2k"}, {"testfx.headless", "true"}, {"java.awt.headless", "true"},
                {"stepwise.locale", "en"}}) {
            System.setProperty(setting[0], setting[1]);
        }
        LearningPath path = SyntheticPath.generate(ModelBenchmarks.SEED, ITEMS, ModelBenchmarks.SECTIONS, ModelBenchmarks.SKILLS);
        Path dataDir = Files.createTempDirectory(Path.of(args[0]), "render-");
        Stage stage = FxToolkit.registerPrimaryStage();
        Application app = FxToolkit.setupApplication(() -> new App(List.of("--data-dir", dataDir.toString()), Map.of(), () -> { },
                List.of(BundledPath.of(path))));
        Node checklistButton = waitFor(() -> stage.getScene() == null ? null : stage.getScene().lookup("#nav-checklist"));
        onFx(() -> {
            stage.setWidth(1280);
            stage.setHeight(800);
            ((ButtonBase) checklistButton).fire();
            return null;
        });
        ListView<?> list = waitFor(() -> stage.getScene().lookup("#checklist") instanceof ListView<?> view
                && view.getItems().size() > ITEMS ? view : null);
        Random random = new Random(ModelBenchmarks.SEED);
        Samples jumps = new Samples();
        Samples steps = new Samples();
        for (int i = 0; i < WARMUPS + RUNS; i++) {
            int far = random.nextInt(list.getItems().size() - 40);
            long jump = onFx(() -> timed(list, far));
            long step = onFx(() -> timed(list, far + 3));
            if (i >= WARMUPS) {
                jumps.add(jump);
                steps.add(step);
            }
        }
        Samples.say("checklist of %,d items, 1280x800, FX thread per jump to a far row (after %d warm-up): %s", ITEMS, WARMUPS,
                jumps.describe());
        Samples.bench("checklist.jump.fx.10000", jumps.medianMillis());
        Samples.say("  and per move of three rows on from there: %s", steps.describe());
        Samples.bench("checklist.step.fx.10000", steps.medianMillis());
        // Stopped as a window is closed (the store flushed and closed); the toolkit then goes with the JVM.
        FxToolkit.cleanupApplication(app);
        System.exit(0);
    }

    /** Brings row {@code index} to the top of the list and styles and lays out what is then in view. */
    private static long timed(ListView<?> list, int index) {
        long start = System.nanoTime();
        list.scrollTo(index);
        list.applyCss();
        list.layout();
        return System.nanoTime() - start;
    }

    private static <T> T onFx(Callable<T> work) throws Exception {
        return WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, WaitForAsyncUtils.asyncFx(work));
    }

    private static <T> T waitFor(Callable<T> lookup) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (System.nanoTime() < deadline) {
            T found = onFx(lookup);
            if (found != null) {
                return found;
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("the checklist did not appear within 120 s");
    }
}

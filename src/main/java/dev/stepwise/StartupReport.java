package dev.stepwise;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;

/**
 * Start-up measurement for the benchmark ({@code StartupBenchmark} in the tests): with
 * {@code -Dstepwise.reportStartup=true} the app prints the time from JVM start to its second rendered frame — the
 * first frame the learner can actually see — and the CPU time the process has used by then (all threads: start-up
 * work moved to a background thread still counts), and with {@code -Dstepwise.exitAfterStartup=true} it then quits,
 * once the overview's cards below its first screen, which join after those frames, are on the page as well: the
 * phases then say when that was, and a class list recorded from such a start holds their classes too. Off by
 * default; costs nothing when off.
 */
final class StartupReport {
    static final String REPORT = "stepwise.reportStartup";
    static final String EXIT = "stepwise.exitAfterStartup";
    static final String PREFIX = "stepwise-startup-ms=";
    static final String CPU_PREFIX = "stepwise-startup-cpu-ms=";
    static final String PHASE_PREFIX = "stepwise-startup-phase ";

    /** Of the two things an exit waits for, how many have happened (on the FX thread only). */
    private static int doneBeforeExit;

    private StartupReport() {
    }

    /** With reporting on, prints how long after JVM start a phase of the start ended (where the time goes). */
    static void mark(String phase) {
        if (Boolean.getBoolean(REPORT)) {
            long elapsed = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
            long cpu = ProcessHandle.current().info().totalCpuDuration().map(Duration::toMillis).orElse(-1L);
            System.out.println(PHASE_PREFIX + phase + " at " + elapsed + " ms, CPU " + cpu + " ms ["
                    + Thread.currentThread().getName() + "]");
        }
    }

    /** Call right after the main window is shown. */
    static void afterWindowShown() {
        if (!Boolean.getBoolean(REPORT)) {
            return;
        }
        new AnimationTimer() {
            private int frames;

            @Override
            public void handle(long now) {
                mark("frame " + (frames + 1));
                if (++frames < 2) {
                    return;
                }
                stop();
                long elapsed = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
                long cpu = ProcessHandle.current().info().totalCpuDuration().map(Duration::toMillis).orElse(-1L);
                System.out.println(PREFIX + elapsed);
                System.out.println(CPU_PREFIX + cpu);
                System.out.flush();
                exitOnceBothDone();
            }
        }.start();
    }

    /** Call once the overview has all its cards (after the first frames). */
    static void overviewComplete() {
        mark("overview complete");
        if (Boolean.getBoolean(REPORT)) {
            exitOnceBothDone();
        }
    }

    private static void exitOnceBothDone() {
        if (++doneBeforeExit == 2 && Boolean.getBoolean(EXIT)) {
            System.out.flush();
            Platform.exit();
        }
    }
}

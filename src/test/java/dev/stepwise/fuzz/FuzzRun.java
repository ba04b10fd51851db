package dev.stepwise.fuzz;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.IntFunction;

/**
 * Feeds generated cases to one importer the way the window does — the file written to disk, read by the importer's
 * reader, then imported through the service — and sorts each outcome: accepted (the workspace is reset), properly
 * refused (the rows must be unchanged), or a finding (a wrong exception, a poor message, changed rows). Findings are
 * collected, not thrown, so one run reports all of them. Time is reported, never judged: the run prints its CPU time and
 * names its slowest case, because a time limit failed CI on a busy machine (a case taking 0.3 s here took 2.6 s there);
 * cost that grows faster than the input belongs in the benchmarks.
 *
 * @param <T> what the reader makes of the file
 */
final class FuzzRun<T> {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private final String name;
    private final FuzzWorkspace workspace;
    private final Path file;
    private final Function<Path, T> read;
    private final Consumer<T> importer;
    private final RefusalRules rules;

    private final List<String> findings = new ArrayList<>();
    private final Map<String, Integer> refusals = new TreeMap<>();
    private int accepted;
    private long slowestMillis;
    private long checkNanos;
    private long makeNanos;
    private long resetNanos;
    private String slowest = "";

    FuzzRun(String name, FuzzWorkspace workspace, Path file, Function<Path, T> read, Consumer<T> importer, RefusalRules rules) {
        this.name = name;
        this.workspace = workspace;
        this.file = file;
        this.read = read;
        this.importer = importer;
        this.rules = rules;
    }

    /** Runs cases {@code first} to {@code first + count - 1} and prints the figures. */
    Summary run(long seed, int first, int count, IntFunction<HostileCase> cases) {
        long start = System.nanoTime();
        // CPU time too: the machine is shared, so wall time says as much about the neighbours as about the importer.
        long cpuStart = THREADS.getCurrentThreadCpuTime();
        for (int i = first; i < first + count; i++) {
            long made = System.nanoTime();
            HostileCase hostile = cases.apply(i);
            makeNanos += System.nanoTime() - made;
            runOne(seed, hostile);
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        long cpuMillis = (THREADS.getCurrentThreadCpuTime() - cpuStart) / 1_000_000;
        Summary summary = new Summary(count, accepted, refusals.values().stream().mapToInt(Integer::intValue).sum(),
                List.copyOf(findings), millis);
        System.out.printf("%s: seed %d, %d cases in %.1f s (%.1f s CPU): %d refused %s, %d accepted (%d workspace resets),"
                + " %d findings%n", name, seed, count, millis / 1e3, cpuMillis / 1e3, summary.refused(), refusals, accepted,
                workspace.resets(), findings.size());
        System.out.printf("%s: %.1f s making cases, %.1f s comparing digests, %.1f s after accepted cases;"
                        + " slowest case %d ms CPU (%s)%n",
                name, makeNanos / 1e9, checkNanos / 1e9, resetNanos / 1e9, slowestMillis, slowest);
        return summary;
    }

    private void runOne(long seed, HostileCase hostile) {
        write(hostile.bytes());
        long start = THREADS.getCurrentThreadCpuTime();
        boolean reading = true;
        Throwable refusal = null;
        try {
            T content = read.apply(file);
            reading = false;
            importer.accept(content);
        } catch (Throwable e) {
            // Everything is caught on purpose: a StackOverflowError or an OutOfMemoryError is a finding to report too.
            refusal = e;
        }
        if (refusal == null) {
            accepted++;
            long resetStart = System.nanoTime();
            workspace.accepted();
            resetNanos += System.nanoTime() - resetStart;
        } else {
            List<String> problems = new ArrayList<>(rules.problems(refusal, reading, file.getFileName().toString()));
            long digestStart = System.nanoTime();
            boolean unchanged = workspace.digestNow().equals(workspace.digestBefore());
            checkNanos += System.nanoTime() - digestStart;
            if (!unchanged) {
                problems.add("the database changed");
                workspace.reset();
            }
            if (problems.isEmpty()) {
                refusals.merge(refusal.getClass().getSimpleName(), 1, Integer::sum);
            } else {
                finding(seed, hostile, problems + " " + describe(refusal));
            }
        }
        long millis = (THREADS.getCurrentThreadCpuTime() - start) / 1_000_000;
        if (millis > slowestMillis) {
            slowestMillis = millis;
            slowest = "#" + hostile.index() + " " + abbreviate(hostile.recipe());
        }
    }

    private void finding(long seed, HostileCase hostile, String what) {
        findings.add("seed %d case %d [%s] %d bytes: %s".formatted(seed, hostile.index(), abbreviate(hostile.recipe()),
                hostile.bytes().length, what));
    }

    private static String describe(Throwable refusal) {
        StackTraceElement[] trace = refusal.getStackTrace();
        return refusal.getClass().getName() + ": " + abbreviate(String.valueOf(refusal.getMessage()))
                + (trace.length == 0 ? "" : " at " + trace[0]);
    }

    private static String abbreviate(String text) {
        return text.length() <= 300 ? text : text.substring(0, 300) + "…";
    }

    private void write(byte[] bytes) {
        try {
            Files.write(file, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The figures of one run. */
    record Summary(int cases, int accepted, int refused, List<String> findings, long millis) {
    }
}

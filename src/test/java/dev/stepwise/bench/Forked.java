package dev.stepwise.bench;

import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs a benchmark in a JVM of its own, as JMH forks one per benchmark: what ran before (the 100,000-item model, its
 * heap and the JIT's profile of it) then cannot slow or speed it. The child's output is the benchmark's own lines.
 */
final class Forked {
    private Forked() {
    }

    /** Runs {@code main} with {@code args} in a fresh JVM with the benchmarks' heap and logging; its exit code. */
    static int run(Class<?> main, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(java(), "-Xmx4g", "-cp", classpath()));
        String logging = System.getProperty("java.util.logging.config.file");
        if (logging != null) {
            command.add("-Djava.util.logging.config.file=" + logging);
        }
        command.add(main.getName());
        command.addAll(List.of(args));
        return new ProcessBuilder(command).inheritIO().start().waitFor();
    }

    static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** exec:java runs us inside Maven with a class loader of its own; a child JVM needs that class path. */
    static String classpath() {
        if (Forked.class.getClassLoader() instanceof URLClassLoader loader) {
            List<String> entries = new ArrayList<>();
            for (URL url : loader.getURLs()) {
                try {
                    entries.add(Path.of(url.toURI()).toString());
                } catch (URISyntaxException e) {
                    throw new IllegalStateException(e);
                }
            }
            return String.join(File.pathSeparator, entries);
        }
        return System.getProperty("java.class.path");
    }
}

package dev.stepwise.cli;

import dev.stepwise.io.TextFiles;
import java.io.PrintWriter;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** {@code --out FILE} of the export commands; {@code -} writes to standard output. */
final class OutputOption {
    static final String STDOUT = "-";

    @Option(names = "--out", paramLabel = "FILE", required = true,
            description = "where to write (UTF-8; replaced in one step, never left half written); - for standard output")
    String out;

    /** Whether the output is standard output ({@code --out -}) rather than a file. */
    boolean toStandardOutput() {
        return out.equals(STDOUT);
    }

    /** Refuses a target that cannot be written before the data is opened. */
    void check() {
        if (!out.equals(STDOUT)) {
            TextFiles.checkWritable(Path.of(out));
        }
    }

    void write(String content, PrintWriter stdout, String what) {
        if (out.equals(STDOUT)) {
            stdout.print(content);
            return;
        }
        TextFiles.writeAtomically(Path.of(out), content);
        stdout.println("Wrote " + what + " to " + out);
    }
}

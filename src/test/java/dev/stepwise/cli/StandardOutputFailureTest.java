package dev.stepwise.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * Standard output that cannot be written (a full disk behind {@code > file}, a closed pipe): {@code export --out -}
 * said nothing and exited 0, so a script saving a learner's export went on with an empty file.
 */
class StandardOutputFailureTest {
    @TempDir
    Path dataDir;

    /** Takes the first bytes, then fails as a full disk does. */
    private static final class FullDisk extends OutputStream {
        private int room = 64;

        @Override
        public void write(int b) throws IOException {
            if (room-- <= 0) {
                throw new IOException("No space left on device");
            }
        }
    }

    private record Run(int exitCode, String err) {
    }

    private Run run(String... args) {
        CommandLine commandLine = StepwiseCli.commandLine(new CliEnvironment(Map.of(), CliRunner::open));
        StringWriter err = new StringWriter();
        commandLine.setOut(new PrintWriter(new OutputStreamWriter(new FullDisk(), StandardCharsets.UTF_8), true));
        commandLine.setErr(new PrintWriter(err, true));
        return new Run(commandLine.execute(args), err.toString());
    }

    @Test
    void anExportThatDidNotAllArriveFailsAndSaysWhy() {
        Run export = run("export", "--data-dir", dataDir.toString(), "--out", "-", "fixture-path");

        assertThat(export.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(export.err().lines()).singleElement().asString()
                .startsWith("stepwise: cannot write standard output").contains("did not all arrive");
    }

    @Test
    void aCommandThatPrintedLittleEnoughStillSucceeds() {
        CommandLine commandLine = StepwiseCli.commandLine(new CliEnvironment(Map.of(), CliRunner::open));
        StringWriter out = new StringWriter();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(new StringWriter(), true));

        assertThat(commandLine.execute("list", "--data-dir", dataDir.toString())).isZero();
        assertThat(out.toString()).contains("fixture-path");
    }
}

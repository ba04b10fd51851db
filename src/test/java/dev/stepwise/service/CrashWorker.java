package dev.stepwise.service;

import dev.stepwise.fixtures.FixturePath;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

/**
 * Child process for {@link CrashRoundsTest}: {@code CrashWorker <file> <seed> <first change>} says {@code START},
 * opens Stepwise on the file, says {@code OPEN}, then runs {@link CrashScript} from the given change on through the
 * real services and, after each service call returns (the moment the UI would show "saved"), says
 * {@code ACK <n> <what>}, flushed. It runs until it is killed.
 */
public final class CrashWorker {
    private CrashWorker() {
    }

    public static void main(String[] args) {
        PrintStream out = System.out;
        say(out, "START");
        Stepwise stepwise = Stepwise.open(Path.of(args[0]), List.of(FixturePath.path()), Clock.systemUTC());
        say(out, "OPEN");
        long seed = Long.parseLong(args[1]);
        for (int n = Integer.parseInt(args[2]); ; n++) {
            CrashScript.Op op = CrashScript.op(seed, n);
            op.run(stepwise);
            say(out, "ACK " + n + " " + op.describe());
        }
    }

    private static void say(PrintStream out, String line) {
        out.println(line);
        out.flush();
    }
}

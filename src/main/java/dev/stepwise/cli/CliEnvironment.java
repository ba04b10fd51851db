package dev.stepwise.cli;

import dev.stepwise.service.BundledPaths;
import dev.stepwise.service.Stepwise;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * What the commands get from outside: the environment variables (for {@code STEPWISE_DATA_DIR}) and how to open the
 * services over a database file. Tests pass their own fixture path and clock; the real one opens the database
 * exactly like the window does, installing the bundled paths on first start.
 */
public record CliEnvironment(Map<String, String> variables, Function<Path, Stepwise> opener) {
    public CliEnvironment {
        variables = Map.copyOf(variables);
        Objects.requireNonNull(opener, "opener");
    }

    public static CliEnvironment system() {
        return new CliEnvironment(System.getenv(),
                databaseFile -> Stepwise.openWith(databaseFile, BundledPaths.available(), Clock.systemDefaultZone()));
    }
}

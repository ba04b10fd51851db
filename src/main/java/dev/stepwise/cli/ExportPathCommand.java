package dev.stepwise.cli;

import dev.stepwise.service.Stepwise;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code export PATH_ID --out FILE}: the path as the learner has shaped it, as a {@code stepwise-path} file. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Write an installed path, with your edits, as a path file (stepwise-path JSON).")
final class ExportPathCommand extends DataCommand {
    @Parameters(paramLabel = "PATH_ID", description = "the path's id, as `list` shows it")
    String pathId;

    @Mixin
    OutputOption output;

    ExportPathCommand(CliEnvironment environment) {
        super(environment);
    }

    @Override
    void run() {
        output.check();
        String json;
        try (Stepwise stepwise = open()) {
            json = stepwise.pathFiles().export(pathId);
        }
        output.write(json, out(), "path " + pathId);
    }
}

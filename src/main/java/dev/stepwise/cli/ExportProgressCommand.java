package dev.stepwise.cli;

import dev.stepwise.service.Stepwise;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code export-progress PATH_ID --out FILE}: the learner's progress on one path, as a {@code stepwise-progress} file. */
@Command(name = "export-progress", mixinStandardHelpOptions = true,
        description = "Write your progress on an installed path as a progress file (stepwise-progress JSON).")
final class ExportProgressCommand extends DataCommand {
    @Parameters(paramLabel = "PATH_ID", description = "the path's id, as `list` shows it")
    String pathId;

    @Mixin
    OutputOption output;

    ExportProgressCommand(CliEnvironment environment) {
        super(environment);
    }

    @Override
    void run() {
        output.check();
        String json;
        try (Stepwise stepwise = open()) {
            json = stepwise.progressFiles().export(pathId);
        }
        output.write(json, out(), "progress on " + pathId);
    }
}

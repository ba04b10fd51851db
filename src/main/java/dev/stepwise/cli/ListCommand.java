package dev.stepwise.cli;

import dev.stepwise.domain.PathSummary;
import dev.stepwise.service.Stepwise;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Command;

/** {@code list}: the installed paths, one a line, ids first so a script can cut them out. */
@Command(name = "list", mixinStandardHelpOptions = true,
        description = "List the installed paths: id, title, origin and progress, one path a line.")
final class ListCommand extends DataCommand {
    ListCommand(CliEnvironment environment) {
        super(environment);
    }

    @Override
    void run() {
        List<PathSummary> paths;
        try (Stepwise stepwise = open()) {
            paths = stepwise.workspace().summaries();
        }
        // At least 1: "%-0s" is no format at all, and an empty title (a file edited elsewhere) printed only that.
        int idWidth = Math.max(1, paths.stream().mapToInt(path -> path.id().length()).max().orElse(0));
        int titleWidth = Math.max(1, paths.stream().mapToInt(path -> path.title().length()).max().orElse(0));
        for (PathSummary path : paths) {
            out().println(String.format(Locale.ROOT, "%-" + idWidth + "s  %-" + titleWidth + "s  (%s, %s)", path.id(),
                    path.title(), path.origin().name().toLowerCase(Locale.ROOT), path.progress().summary()));
        }
    }
}

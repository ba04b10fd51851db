package dev.stepwise.cli;

import dev.stepwise.domain.ProgressFile;
import dev.stepwise.domain.ProgressMerge;
import dev.stepwise.io.ProgressFileReader;
import dev.stepwise.io.TextFiles;
import dev.stepwise.service.Stepwise;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code import-progress FILE}: a progress file merged into the installed path by stable ids, listing each change. */
@Command(name = "import-progress", mixinStandardHelpOptions = true,
        description = {"Merge a progress file (stepwise-progress JSON) into its installed path.",
            "Entries are matched by id; what the file does not mention is kept, and entries the path does not have "
                    + "are listed as skipped."})
final class ImportProgressCommand extends DataCommand {
    @Parameters(paramLabel = "FILE", description = "the progress file")
    Path file;

    @Option(names = "--dry-run", description = "show what the import would change and write nothing")
    boolean dryRun;

    ImportProgressCommand(CliEnvironment environment) {
        super(environment);
    }

    @Override
    void run() {
        ProgressFile progress = TextFiles.read(file, ProgressFileReader.MAX_BYTES,
                in -> new ProgressFileReader().read(file.toString(), in));
        ProgressMerge.Result result;
        try (Stepwise stepwise = open()) {
            String source = file.toString();
            result = dryRun ? stepwise.progressFiles().preview(source, progress)
                    : stepwise.progressFiles().importProgress(source, progress);
        }
        PrintWriter out = out();
        if (result.changesNothing()) {
            out.println("Nothing to change: " + progress.pathId() + " already has this progress");
        } else {
            int count = result.changes().size();
            out.println((dryRun ? "Would change " : "Changed ") + count + (count == 1 ? " entry" : " entries") + " of "
                    + progress.pathId() + ":");
            result.changes().forEach(change -> out.println("  " + change.subject().name().toLowerCase(Locale.ROOT)
                    .replace('_', '-') + " " + change.id() + "  " + change.title() + ": " + change.detail().english()));
        }
        if (!result.skipped().isEmpty()) {
            out.println("Skipped (" + result.skipped().size() + "):");
            result.skipped().forEach(skipped -> out.println("  " + skipped.english()));
        }
        if (dryRun) {
            out.println("Nothing was written (--dry-run).");
        }
    }
}

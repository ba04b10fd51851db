package dev.stepwise.cli;

import dev.stepwise.domain.LearningPath;
import dev.stepwise.domain.UpstreamChange;
import dev.stepwise.io.PathFileReader;
import dev.stepwise.io.TextFiles;
import dev.stepwise.service.OlderPathException;
import dev.stepwise.service.PathFiles.ImportPlan;
import dev.stepwise.service.PathUpdatePreview;
import dev.stepwise.service.Stepwise;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code import FILE}: a {@code stepwise-path} file as a new path, or, when its id is installed, as an update merged
 * exactly like a newer bundled version (the learner's progress and own edits are kept).
 */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Import a path file (stepwise-path JSON).",
            "If a path with its id is installed, the file updates it, merged like a newer bundled version: "
                    + "your progress and your own edits are kept, and each change is listed.",
            "A file older than the installed version is refused (it would take back what the newer version changed) "
                    + "unless --allow-older is given."})
final class ImportPathCommand extends DataCommand {
    @Parameters(paramLabel = "FILE", description = "the path file")
    Path file;

    @Option(names = "--as-new", description = "add it as a new path (under a free id) even if its id is installed")
    boolean asNew;

    @Option(names = "--dry-run", description = "show what the import would do and write nothing")
    boolean dryRun;

    @Option(names = "--allow-older", description = "update the installed path even from an older version of it")
    boolean allowOlder;

    ImportPathCommand(CliEnvironment environment) {
        super(environment);
    }

    @Override
    void run() {
        LearningPath path = TextFiles.read(file, PathFileReader.MAX_FILE_BYTES, in -> new PathFileReader().read(file.toString(), in));
        ImportPlan plan;
        try (Stepwise stepwise = open()) {
            plan = dryRun ? stepwise.pathFiles().plan(path, asNew) : stepwise.pathFiles().importPath(path, asNew, allowOlder).plan();
        } catch (OlderPathException older) {
            throw new IllegalArgumentException(olderThanYours(older.preview()) + ": importing it would take back what version "
                    + older.preview().fromVersion() + " changed. Use --allow-older to import it anyway, or --as-new to add it "
                    + "as a separate path.", older);
        }
        PrintWriter out = out();
        if (plan.update().isEmpty()) {
            out.println((dryRun ? "Would add " : "Added ") + plan.pathId() + "  " + plan.title() + String.format(Locale.ROOT,
                    "  (%d sections, %d items, %d skills)", plan.sections(), plan.items(), plan.skills()));
        } else {
            PathUpdatePreview update = plan.update().get();
            if (plan.changesNothing()) {
                out.println(plan.pathId() + " is already up to date (version " + update.toVersion() + ")");
            } else {
                out.println((dryRun ? "Would update " : "Updated ") + plan.pathId() + "  " + update.title()
                        + "  (version " + update.fromVersion() + " to " + update.toVersion() + ", "
                        + update.changes().size() + (update.changes().size() == 1 ? " change)" : " changes)"));
                update.changes().forEach(change -> out.println("  " + describe(change)));
                if (plan.takesBack() && !allowOlder) {
                    out.println(olderThanYours(update) + ": without --allow-older the import is refused.");
                }
            }
        }
        if (dryRun) {
            out.println("Nothing was written (--dry-run).");
        }
    }

    /** "v1.json is version 1 of backend-engineer, older than your copy (version 2)". */
    private String olderThanYours(PathUpdatePreview update) {
        return file + " is version " + update.toVersion() + " of " + update.pathId() + ", older than your copy (version "
                + update.fromVersion() + ")";
    }

    /** "renamed item learn-sql  Learn SQL well: renamed from “Learn SQL”". */
    static String describe(UpstreamChange change) {
        String line = change.kind().name().toLowerCase(Locale.ROOT).replace('_', ' ') + " "
                + change.subject().name().toLowerCase(Locale.ROOT) + " " + change.id() + "  " + change.title();
        return change.hasDetail() ? line + ": " + change.detail().english() : line;
    }
}

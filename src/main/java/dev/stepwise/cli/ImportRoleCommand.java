package dev.stepwise.cli;

import dev.stepwise.domain.PathSummary;
import dev.stepwise.domain.Phrase;
import dev.stepwise.io.RoleDescriptionParser;
import dev.stepwise.io.RoleImport;
import dev.stepwise.io.RoleImportPreview;
import dev.stepwise.io.TextFiles;
import dev.stepwise.service.Stepwise;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code import-role FILE}: a role description (plain text) becomes a new path, with the preview the window shows. */
@Command(name = "import-role", mixinStandardHelpOptions = true,
        description = "Turn a role description (UTF-8 text) into a new path and show what went where.")
final class ImportRoleCommand extends DataCommand {

    @Parameters(paramLabel = "FILE", description = "the role description, UTF-8 text (at most 200,000 characters)")
    Path file;

    ImportRoleCommand(CliEnvironment environment) {
        super(environment);
    }

    @Override
    void run() {
        String text = TextFiles.readText(file, RoleDescriptionParser.MAX_CHARS, Phrase.of("textFile.kind.roleDescription"));
        RoleImport role = new RoleDescriptionParser(file.toString()).parse(text);
        PathSummary added;
        try (Stepwise stepwise = open()) {
            added = stepwise.pathFiles().addRole(role);
        }
        PrintWriter out = out();
        out.println("Added " + added.id() + "  " + added.title());
        RoleImportPreview preview = role.preview();
        counts(out, "Checklist", preview.itemsPerSection());
        counts(out, "Skills", preview.skillsPerCategory());
        out.println("Self-checks: " + preview.selfChecks());
        out.println("Industries: " + preview.industries());
        lines(out, "Not placed", preview.unplaced());
        lines(out, "Warnings", preview.warnings().stream().map(Phrase::english).toList());
        lines(out, "Notes", preview.notes().stream().map(Phrase::english).toList());
    }

    private static void counts(PrintWriter out, String heading, Map<String, Integer> counts) {
        out.println(heading + ":");
        counts.forEach((name, count) -> out.println("  " + name + ": " + count));
    }

    private static void lines(PrintWriter out, String heading, List<String> lines) {
        if (!lines.isEmpty()) {
            out.println(heading + " (" + lines.size() + "):");
            lines.forEach(line -> out.println("  " + line));
        }
    }
}

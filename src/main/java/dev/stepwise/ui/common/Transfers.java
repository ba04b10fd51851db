package dev.stepwise.ui.common;

import dev.stepwise.domain.LearningPath;
import dev.stepwise.domain.PathEdits;
import dev.stepwise.domain.PathSummary;
import dev.stepwise.domain.Phrase;
import dev.stepwise.domain.ProgressFile;
import dev.stepwise.domain.ProgressMerge;
import dev.stepwise.domain.Texts;
import dev.stepwise.io.DeclaredFormat;
import dev.stepwise.io.PathFileReader;
import dev.stepwise.io.ProgressFileReader;
import dev.stepwise.io.RoleDescriptionParser;
import dev.stepwise.io.RoleImport;
import dev.stepwise.io.TextFiles;
import dev.stepwise.service.PathFiles;
import dev.stepwise.service.ProgressFiles;
import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Paths and progress in and out of the workspace, for the File menu: each import is read and checked, then
 * previewed, and only written when the learner confirms; exports write a whole file or none. FX-thread only; the
 * files are read and written on the store thread, so a large file never stalls the window. Failures reach the
 * job's own error callbacks (the caller names the file in its message); a refused file has written nothing.
 */
public final class Transfers {

    /** A file read and checked, with what importing it would do: a path file or a progress file. */
    public sealed interface FileImport permits PathFileImport, ProgressFileImport {
    }

    /** A path file, read and checked, with what importing it would do. */
    public record PathFileImport(Path file, LearningPath path, PathFiles.ImportPlan plan) implements FileImport {
    }

    /** A progress file, read and checked, with what importing it would change. */
    public record ProgressFileImport(Path file, ProgressFile progress, String pathTitle, ProgressMerge.Result preview)
            implements FileImport {
    }

    private final Workspace workspace;
    private final PathFiles pathFiles;
    private final ProgressFiles progressFiles;

    public Transfers(Workspace workspace, PathFiles pathFiles, ProgressFiles progressFiles) {
        this.workspace = workspace;
        this.pathFiles = pathFiles;
        this.progressFiles = progressFiles;
    }

    /** A role description's text, read from a {@code .txt} file. */
    public Background.Job<String> readRoleText(Path file) {
        return background().run(() ->
                TextFiles.readText(file, RoleDescriptionParser.MAX_CHARS, Phrase.of("textFile.kind.roleDescription")));
    }

    /** Adds the path a role description became, and opens it. */
    public Background.Job<PathSummary> addRole(RoleImport role) {
        workspace.saveBeforeReplacing();
        return background().run(() -> pathFiles.addRole(role))
                .onSuccess(added -> workspace.reload(added.id(), Messages.tr("transfer.created", added.title())));
    }

    /** Reads a path file and works out what importing it would do; writes nothing. */
    public Background.Job<PathFileImport> readPathFile(Path file) {
        return background().run(() -> previewPath(file, TextFiles.read(file, PathFileReader.MAX_FILE_BYTES,
                in -> new PathFileReader().read(name(file), in))));
    }

    /**
     * Imports the path as a new one, or as an update of the installed path with its id, and opens it. An older version
     * of the installed path is refused unless {@code allowOlder}: the learner was shown that it is older and chose it.
     */
    public Background.Job<PathFiles.Imported> importPath(LearningPath path, boolean asNew, boolean allowOlder) {
        workspace.saveBeforeReplacing();
        LearningPath named = asNew ? PathEdits.withDetails(path, copyTitle(path.title()), path.tagline(), path.overview()) : path;
        return background().run(() -> pathFiles.importPath(named, asNew, allowOlder)).onSuccess(imported -> {
            String message = Messages.tr(imported.plan().isUpdate() ? "transfer.updatedFromFile"
                    : "transfer.imported", imported.summary().title());
            workspace.reload(imported.summary().id(), message);
        });
    }

    /**
     * The title of a path imported as a copy: its own, unless an installed path has it, then "Copy of …" as Duplicate
     * names a copy, numbered if that is taken too. Two paths of one title could not be told apart in the path picker,
     * the window's title or the undo menu (found by trying it).
     */
    String copyTitle(String title) {
        Set<String> taken = workspace.paths().stream().map(summary -> summary.title().strip().toLowerCase(Locale.ROOT))
                .collect(Collectors.toSet());
        if (!taken.contains(title.strip().toLowerCase(Locale.ROOT))) {
            return title;
        }
        String copy = Messages.tr("dialog.duplicatePath.initial", title);
        String numbered = copy;
        for (int n = 2; taken.contains(numbered.strip().toLowerCase(Locale.ROOT)); n++) {
            numbered = copy + " (" + n + ")";
        }
        // A title near the limit keeps its own name rather than fail the import over the added words.
        return numbered.strip().length() <= Texts.MAX_TITLE ? numbered : title;
    }

    /** Writes the current path, with the learner's edits, as a path file. */
    public Background.Job<Path> exportCurrentPath(Path file) {
        workspace.saveBeforeReplacing();
        String pathId = workspace.currentPathId();
        return background().run(() -> {
            TextFiles.writeAtomically(file, pathFiles.export(pathId));
            return file;
        });
    }

    /** Writes the learner's progress on the current path as a progress file. */
    public Background.Job<Path> exportCurrentProgress(Path file) {
        workspace.saveBeforeReplacing();
        String pathId = workspace.currentPathId();
        return background().run(() -> {
            TextFiles.writeAtomically(file, progressFiles.export(pathId));
            return file;
        });
    }

    /** Reads a progress file and works out what importing it would change; writes nothing. */
    public Background.Job<ProgressFileImport> readProgressFile(Path file) {
        workspace.saveBeforeReplacing();
        List<PathSummary> known = List.copyOf(workspace.paths());
        return background().run(() -> previewProgress(file, TextFiles.read(file, ProgressFileReader.MAX_BYTES,
                in -> new ProgressFileReader().read(name(file), in)), known));
    }

    /**
     * Reads a file of either kind (one dropped on the window) and works out what importing it would do; writes nothing.
     * Its {@code "format"} says which reader gets it; a file that says neither is refused, naming what it says.
     */
    public Background.Job<FileImport> readAnyFile(Path file) {
        workspace.saveBeforeReplacing();
        List<PathSummary> known = List.copyOf(workspace.paths());
        return background().run(() -> {
            byte[] content = TextFiles.bytes(file, PathFileReader.MAX_FILE_BYTES);
            if (DeclaredFormat.of(name(file), content) == DeclaredFormat.PROGRESS) {
                return previewProgress(file, new ProgressFileReader().read(name(file), new ByteArrayInputStream(content)), known);
            }
            return previewPath(file, new PathFileReader().read(name(file), new ByteArrayInputStream(content)));
        });
    }

    private PathFileImport previewPath(Path file, LearningPath path) {
        return new PathFileImport(file, path, pathFiles.plan(path, false));
    }

    private ProgressFileImport previewProgress(Path file, ProgressFile progress, List<PathSummary> known) {
        ProgressMerge.Result preview = progressFiles.preview(name(file), progress);
        String title = known.stream().filter(path -> path.id().equals(progress.pathId()))
                .map(PathSummary::title).findFirst().orElse(progress.pathId());
        return new ProgressFileImport(file, progress, title, preview);
    }


    /** Merges the progress file, read and checked, into its path and opens that path. */
    public Background.Job<ProgressMerge.Result> importProgress(ProgressFileImport read) {
        workspace.saveBeforeReplacing();
        ProgressFile progress = read.progress();
        return background().run(() -> progressFiles.importProgress(name(read.file()), progress)).onSuccess(result -> {
            int count = result.changes().size();
            workspace.reload(progress.pathId(), Messages.tr("transfer.importedProgress", count));
        });
    }

    private Background background() {
        return workspace.session().background();
    }

    private static String name(Path file) {
        return file.getFileName() == null ? file.toString() : file.getFileName().toString();
    }
}

package dev.stepwise.service;

import dev.stepwise.domain.ActivityChange;
import dev.stepwise.domain.ActivityEvent;
import dev.stepwise.domain.ActivityKind;
import dev.stepwise.domain.BackupReason;
import dev.stepwise.domain.Ids;
import dev.stepwise.domain.InvalidEditException;
import dev.stepwise.domain.LearningPath;
import dev.stepwise.domain.PathOrigin;
import dev.stepwise.domain.PathSummary;
import dev.stepwise.domain.Phrase;
import dev.stepwise.io.PathFileWriter;
import dev.stepwise.io.RoleImport;
import dev.stepwise.store.ActivityRepository;
import dev.stepwise.store.Database;
import dev.stepwise.store.PathRepository;
import dev.stepwise.store.PathRepository.PackedBase;
import dev.stepwise.store.PathRepository.UpstreamBase;
import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

/**
 * Paths in and out: a path as the learner has shaped it written as a {@code stepwise-path} document, and paths
 * coming in — from a path file (as a new path, or as an update of the installed path with the same id, merged
 * exactly like a newer bundled version) or from a role description. The caller reads and validates the file first
 * ({@link dev.stepwise.io.PathFileReader}, {@link dev.stepwise.io.RoleDescriptionParser}); nothing here runs
 * before the content is known to be good, and each import is one transaction.
 *
 * <p>Not thread-safe: called from the single store thread only.
 */
public final class PathFiles {
    /**
     * What importing a path would do, shown before it is done.
     *
     * @param pathId the id the path has (an update) or will get (a new path)
     * @param update for an update, what the merge changes; empty for a new path
     */
    public record ImportPlan(String pathId, String title, int sections, int items, int skills,
                             Optional<PathUpdatePreview> update) {
        public boolean isUpdate() {
            return update.isPresent();
        }

        /** Whether importing would leave the workspace as it is (an update that changes nothing). */
        public boolean changesNothing() {
            return update.map(preview -> preview.changes().isEmpty()).orElse(false);
        }

        /** Whether the file is an older version of the installed path ({@link PathUpdatePreview#isOlder}). */
        public boolean isOlder() {
            return update.map(PathUpdatePreview::isOlder).orElse(false);
        }

        /**
         * Whether importing would take the installed path back to an older version: an older file that changes
         * something. {@link #importPath(LearningPath, boolean, boolean)} does that only when allowed by name.
         */
        public boolean takesBack() {
            return isOlder() && !changesNothing();
        }
    }

    /** A finished import: the path as it now is in the workspace, and the plan that was carried out. */
    public record Imported(PathSummary summary, ImportPlan plan) {
    }

    private final Database database;
    private final PathRepository paths;
    private final ActivityRepository activity;
    private final PathInstaller installer;
    private final PathUpdates updates;
    private final Clock clock;
    private final BackupService backups;

    PathFiles(Database database, PathRepository paths, ActivityRepository activity, PathInstaller installer,
              PathUpdates updates, Clock clock, BackupService backups) {
        this.database = database;
        this.paths = paths;
        this.activity = activity;
        this.installer = installer;
        this.updates = updates;
        this.clock = clock;
        this.backups = backups;
    }

    /**
     * The path with the learner's edits as a {@code stepwise-path} document. The learner's archive is not path
     * content and stays out.
     *
     * @throws IllegalArgumentException when no path with the id is installed
     */
    public String export(String pathId) {
        LearningPath path = database.inTransaction(() -> paths.load(pathId))
                .orElseThrow(() -> new InvalidEditException(Phrase.of("service.noPath", pathId)));
        return installer.writer().write(PathUpdates.withoutArchive(path));
    }

    /**
     * What importing the path would do. With {@code asNew}, or when no path has its id, it becomes a new path (under
     * a free id if its own is taken); otherwise it updates the installed path. Writes nothing.
     */
    public ImportPlan plan(LearningPath incoming, boolean asNew) {
        return database.inTransaction(() -> planIn(incoming, asNew));
    }

    /**
     * Carries out {@link #plan}, refusing a file that would take the installed path back to an older version
     * ({@link #importPath(LearningPath, boolean, boolean)}).
     *
     * @throws OlderPathException when the file is an older version of the installed path and would change it
     */
    public Imported importPath(LearningPath incoming, boolean asNew) {
        return importPath(incoming, asNew, false);
    }

    /**
     * Carries out {@link #plan} in one transaction. An update that changes nothing writes nothing. An update that does
     * replaces the learner's path, so a checked backup is made first, outside the transaction (planned once more for
     * that: the cost of a merge, only for updates); when it fails, nothing is imported.
     *
     * <p>An older version of the installed path would take back what the newer one changed; it is applied only with
     * {@code allowOlder}, which an importer passes once the learner has been told and asked. Otherwise it is refused
     * before the backup, and nothing is written.
     *
     * @throws OlderPathException when the file takes the path back to an older version and {@code allowOlder} is false
     */
    public Imported importPath(LearningPath incoming, boolean asNew, boolean allowOlder) {
        if (!asNew && database.inTransaction(() -> paths.exists(incoming.id()))) {
            ImportPlan plan = plan(incoming, false);
            refuseOlder(plan, allowOlder);
            if (!plan.changesNothing()) {
                backups.before(BackupReason.BEFORE_IMPORT);
            }
        }
        return database.inTransaction(() -> {
            ImportPlan plan = planIn(incoming, asNew);
            if (plan.isUpdate()) {
                refuseOlder(plan, allowOlder);
                if (!plan.changesNothing()) {
                    updates.apply(updates.plan(incoming));
                }
            } else {
                LearningPath path = withId(incoming, plan.pathId());
                // The base is the whole path as a file (11 MB at 10,000 items): writing and packing it is CPU work on
                // an immutable path, so it runs on another core while this thread inserts the rows.
                PathFileWriter writer = installer.writer();
                CompletableFuture<PackedBase> base = CompletableFuture.supplyAsync(
                        () -> PackedBase.of(new UpstreamBase(path.contentVersion(), writer.writeCompact(path))));
                insert(path, "file");
                paths.saveUpstreamBase(path.id(), base.join());
            }
            return new Imported(summaryOf(plan.pathId()), plan);
        });
    }

    /** Adds the path a role description was turned into, as a new path under a free id. */
    public PathSummary addRole(RoleImport role) {
        return database.inTransaction(() -> {
            LearningPath path = withId(role.path(), freeId(role.path().id()));
            insert(path, "role description");
            return summaryOf(path.id());
        });
    }

    private static void refuseOlder(ImportPlan plan, boolean allowOlder) {
        if (plan.takesBack() && !allowOlder) {
            throw new OlderPathException(plan.update().orElseThrow());
        }
    }

    private ImportPlan planIn(LearningPath incoming, boolean asNew) {
        LearningPath path = PathUpdates.withoutArchive(incoming);
        int items = (int) path.items().count();
        if (!asNew && paths.exists(path.id())) {
            PathUpdatePreview preview = updates.plan(path).preview();
            return new ImportPlan(path.id(), preview.title(), path.sections().size(), items, path.skills().size(),
                    Optional.of(preview));
        }
        return new ImportPlan(freeId(path.id()), path.title(), path.sections().size(), items, path.skills().size(),
                Optional.empty());
    }

    private void insert(LearningPath path, String source) {
        Instant now = clock.instant();
        paths.insert(path, PathOrigin.OWN, now);
        activity.append(new ActivityEvent(now, path.id(), ActivityKind.PATH_IMPORTED, path.id(),
                new ActivityChange.PathNamed(path.title(), source)));
    }

    private String freeId(String wanted) {
        Set<String> taken = new HashSet<>(paths.ids());
        return taken.contains(wanted) ? Ids.unique(wanted, "path", taken) : wanted;
    }

    private static LearningPath withId(LearningPath path, String id) {
        LearningPath content = PathUpdates.withoutArchive(path);
        return content.id().equals(id) ? content : new LearningPath(id, content.contentVersion(), content.title(),
                content.tagline(), content.overview(), content.industries(), content.skills(), content.sections(),
                content.selfChecks(), content.archived(), content.milestones());
    }

    private PathSummary summaryOf(String pathId) {
        return paths.summaries().stream().filter(summary -> summary.id().equals(pathId)).findFirst().orElseThrow();
    }
}

package dev.stepwise.service;

import dev.stepwise.domain.BackupReason;
import dev.stepwise.domain.LearningPath;
import dev.stepwise.domain.PathOrigin;
import dev.stepwise.domain.UpstreamMerge;
import dev.stepwise.store.Database;
import dev.stepwise.store.PathRepository;
import java.util.List;
import java.util.Optional;

/**
 * Newer bundled versions of the learner's bundled paths: what they change, shown before anything is applied, and
 * applying them on request. The learner's copy, the newer version and their common ancestor (the upstream base)
 * are merged three ways ({@link UpstreamMerge}), so edits and progress are kept; an item removed upstream that
 * carries progress is archived, never dropped.
 *
 * <p>Not thread-safe: called from the single store thread only.
 */
public final class UpstreamService {
    private final Database database;
    private final PathRepository paths;
    private final PathInstaller installer;
    private final PathUpdates updates;
    private final List<BundledPath> bundled;
    private final BackupService backups;

    UpstreamService(Database database, PathRepository paths, PathInstaller installer, PathUpdates updates,
                    List<BundledPath> bundled, BackupService backups) {
        this.database = database;
        this.paths = paths;
        this.installer = installer;
        this.updates = updates;
        this.bundled = List.copyOf(bundled);
        this.backups = backups;
    }

    /** Ids of the installed bundled paths that a newer bundled version exists for. Reads no path file in full. */
    public List<String> upgradable() {
        return database.inTransaction(() -> bundled.stream()
                .filter(path -> paths.origin(path.id()).orElse(null) == PathOrigin.BUNDLED)
                .filter(path -> path.contentVersion() > installer.baseOf(path.id()).contentVersion())
                .map(BundledPath::id)
                .toList());
    }

    /** What the newer version would change, or empty when there is none. Writes nothing. */
    public Optional<PathUpdatePreview> preview(String pathId) {
        return database.inTransaction(() -> merge(pathId).map(PathUpdates.Pending::preview));
    }

    /**
     * Applies the newer version in one transaction: the merged content, progress on whatever went (never on what
     * was archived), the newer version as the new base, and one activity event. A checked backup is made first,
     * outside the transaction; when it fails, nothing is applied.
     *
     * @return the path as it now is, or empty when there was nothing newer
     */
    public Optional<LearningPath> apply(String pathId) {
        if (upgradable().contains(pathId)) {
            backups.before(BackupReason.BEFORE_UPGRADE);
        }
        return database.inTransaction(() -> merge(pathId).map(updates::apply));
    }

    private Optional<PathUpdates.Pending> merge(String pathId) {
        Optional<BundledPath> newer = bundled.stream().filter(path -> path.id().equals(pathId)).findFirst();
        if (newer.isEmpty() || paths.origin(pathId).orElse(null) != PathOrigin.BUNDLED) {
            return Optional.empty();
        }
        if (newer.get().contentVersion() <= installer.baseOf(pathId).contentVersion()) {
            return Optional.empty();
        }
        return Optional.of(updates.plan(PathInstaller.contentOf(newer.get())));
    }
}

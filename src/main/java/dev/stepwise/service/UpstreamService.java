package dev.stepwise.service;

import dev.stepwise.domain.ActivityEvent;
import dev.stepwise.domain.ActivityKind;
import dev.stepwise.domain.LearningPath;
import dev.stepwise.domain.MergeResult;
import dev.stepwise.domain.PathOrigin;
import dev.stepwise.domain.PathState;
import dev.stepwise.domain.UpstreamChange;
import dev.stepwise.domain.UpstreamMerge;
import dev.stepwise.io.PathFileReader;
import dev.stepwise.store.ActivityRepository;
import dev.stepwise.store.Database;
import dev.stepwise.store.ItemProgressRepository;
import dev.stepwise.store.PathRepository;
import dev.stepwise.store.PathRepository.UpstreamBase;
import dev.stepwise.store.SkillProgressRepository;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
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
    /** What applying the newer version of a path would do. */
    public record Preview(String pathId, String title, int fromVersion, int toVersion, List<UpstreamChange> changes) {
    }

    private final Database database;
    private final PathRepository paths;
    private final ItemProgressRepository itemProgress;
    private final SkillProgressRepository skillProgress;
    private final ActivityRepository activity;
    private final PathInstaller installer;
    private final List<BundledPath> bundled;
    private final Clock clock;

    public UpstreamService(Database database, PathRepository paths, ItemProgressRepository itemProgress,
                           SkillProgressRepository skillProgress, ActivityRepository activity, PathInstaller installer,
                           List<BundledPath> bundled, Clock clock) {
        this.database = database;
        this.paths = paths;
        this.itemProgress = itemProgress;
        this.skillProgress = skillProgress;
        this.activity = activity;
        this.installer = installer;
        this.bundled = List.copyOf(bundled);
        this.clock = clock;
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
    public Optional<Preview> preview(String pathId) {
        return database.inTransaction(() -> merge(pathId).map(pending -> pending.preview()));
    }

    /**
     * Applies the newer version in one transaction: the merged content, progress on whatever went (never on what
     * was archived), the newer version as the new base, and one activity event.
     *
     * @return the path as it now is, or empty when there was nothing newer
     */
    public Optional<LearningPath> apply(String pathId) {
        return database.inTransaction(() -> merge(pathId).map(pending -> {
            Instant now = clock.instant();
            LearningPath merged = pending.result().merged();
            paths.update(pending.mine(), merged, now);
            new RemovedProgress(itemProgress, skillProgress).forget(pending.mine(), merged);
            paths.saveUpstreamBase(pathId, new UpstreamBase(pending.theirs().contentVersion(),
                    installer.writer().write(pending.theirs())));
            activity.append(new ActivityEvent(now, pathId, ActivityKind.PATH_UPDATED, pathId,
                    String.valueOf(pending.preview().fromVersion()), String.valueOf(pending.preview().toVersion())));
            return merged;
        }));
    }

    /** A computed, not yet applied, merge. */
    private record Pending(LearningPath mine, LearningPath theirs, MergeResult result, Preview preview) {
    }

    private Optional<Pending> merge(String pathId) {
        Optional<BundledPath> newer = bundled.stream().filter(path -> path.id().equals(pathId)).findFirst();
        if (newer.isEmpty() || paths.origin(pathId).orElse(null) != PathOrigin.BUNDLED) {
            return Optional.empty();
        }
        UpstreamBase baseRow = installer.baseOf(pathId);
        if (newer.get().contentVersion() <= baseRow.contentVersion()) {
            return Optional.empty();
        }
        LearningPath theirs = PathInstaller.contentOf(newer.get());
        LearningPath base = new PathFileReader().read("the stored base of " + pathId,
                new ByteArrayInputStream(baseRow.content().getBytes(StandardCharsets.UTF_8)));
        LearningPath mine = paths.load(pathId).orElseThrow();
        PathState progress = new PathState(mine, itemProgress.loadAll(pathId), skillProgress.loadAll(pathId));
        MergeResult result = UpstreamMerge.merge(base, theirs, mine, progress::carriesProgress,
                progress::skillCarriesProgress, clock.instant());
        Preview preview = new Preview(pathId, mine.title(), baseRow.contentVersion(), theirs.contentVersion(),
                result.changes());
        return Optional.of(new Pending(mine, theirs, result, preview));
    }
}

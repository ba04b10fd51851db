package dev.stepwise.service;

import dev.stepwise.domain.ActivityChange;
import dev.stepwise.domain.ActivityEvent;
import dev.stepwise.domain.ActivityKind;
import dev.stepwise.domain.LearningPath;
import dev.stepwise.domain.MergeResult;
import dev.stepwise.domain.PathState;
import dev.stepwise.domain.UpstreamMerge;
import dev.stepwise.io.PathFileReader;
import dev.stepwise.store.ActivityRepository;
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
 * The one way a newer version of an installed path comes in, whether it is a newer bundled version or a path file
 * with the same id: the learner's copy, the incoming version and their common ancestor (the upstream base) are
 * merged three ways ({@link UpstreamMerge}), so edits and progress are kept, and an item removed upstream that
 * carries progress is archived, never dropped. The incoming version becomes the new base.
 *
 * <p>Called inside a transaction on the store thread.
 */
final class PathUpdates {
    /** A computed, not yet applied, update. */
    record Pending(LearningPath mine, LearningPath theirs, MergeResult result, PathUpdatePreview preview) {
    }

    private final PathRepository paths;
    private final ItemProgressRepository itemProgress;
    private final SkillProgressRepository skillProgress;
    private final RemovedProgress removedProgress;
    private final ActivityRepository activity;
    private final PathInstaller installer;
    private final Clock clock;

    PathUpdates(PathRepository paths, ItemProgressRepository itemProgress, SkillProgressRepository skillProgress,
                RemovedProgress removedProgress, ActivityRepository activity, PathInstaller installer, Clock clock) {
        this.paths = paths;
        this.itemProgress = itemProgress;
        this.skillProgress = skillProgress;
        this.removedProgress = removedProgress;
        this.activity = activity;
        this.installer = installer;
        this.clock = clock;
    }

    /** What merging {@code theirs} into the installed path with its id would do. Writes nothing. */
    Pending plan(LearningPath theirs) {
        String pathId = theirs.id();
        LearningPath mine = paths.load(pathId).orElseThrow();
        // A path made in the app has no base until its first update; its own content is then the common ancestor,
        // so the incoming version wins wherever it differs (and whatever carries progress is archived, not lost).
        LearningPath base = paths.upstreamBase(pathId)
                .map(row -> PathFileReader.forStoredPaths().read("the stored base of " + pathId,
                        new ByteArrayInputStream(row.content().getBytes(StandardCharsets.UTF_8))))
                .orElseGet(() -> withoutArchive(mine));
        PathState progress = new PathState(mine, itemProgress.loadAll(pathId), skillProgress.loadAll(pathId));
        MergeResult result = UpstreamMerge.merge(base, theirs, mine, progress::carriesProgress,
                progress::skillCarriesProgress, clock.instant());
        PathUpdatePreview preview = new PathUpdatePreview(pathId, mine.title(), base.contentVersion(),
                theirs.contentVersion(), result.changes());
        return new Pending(mine, theirs, result, preview);
    }

    /**
     * Applies the update: the merged content, progress on whatever went (never on what was archived), the incoming
     * version as the new base, and one activity event.
     */
    LearningPath apply(Pending pending) {
        Instant now = clock.instant();
        LearningPath merged = pending.result().merged();
        String pathId = merged.id();
        paths.update(pending.mine(), merged, now);
        removedProgress.forget(pending.mine(), merged);
        paths.saveUpstreamBase(pathId, new UpstreamBase(pending.theirs().contentVersion(),
                installer.writer().writeCompact(withoutArchive(pending.theirs()))));
        activity.append(new ActivityEvent(now, pathId, ActivityKind.PATH_UPDATED, pathId,
                new ActivityChange.Versions(Optional.of(pending.preview().fromVersion()), pending.preview().toVersion())));
        return merged;
    }

    /** A path's content as a path file carries it: the learner's archive is theirs alone. */
    static LearningPath withoutArchive(LearningPath path) {
        return path.archived().isEmpty() ? path : new LearningPath(path.id(), path.contentVersion(), path.title(),
                path.tagline(), path.overview(), path.industries(), path.skills(), path.sections(), path.selfChecks(),
                List.of(), path.milestones());
    }
}

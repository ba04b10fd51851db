package dev.stepwise.service;

import dev.stepwise.domain.ActivityChange;
import dev.stepwise.domain.ActivityEvent;
import dev.stepwise.domain.ActivityKind;
import dev.stepwise.domain.LearningPath;
import dev.stepwise.domain.PathOrigin;
import dev.stepwise.io.PathFileWriter;
import dev.stepwise.store.ActivityRepository;
import dev.stepwise.store.Database;
import dev.stepwise.store.PathRepository;
import dev.stepwise.store.PathRepository.UpstreamBase;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Installs the bundled paths on first start and notices newer bundled versions. A newer version is never applied
 * here: the learner may have edited the path, so it is offered as upstream changes ({@link UpstreamService}).
 * The version each bundled path was brought up to is kept as its upstream base, the common ancestor of the
 * learner's copy and any newer version.
 */
public final class PathInstaller {
    /** What {@link #install} found or did. */
    public enum Outcome { INSTALLED, UPGRADE_AVAILABLE, UNCHANGED, DISMISSED }

    private final Database database;
    private final PathRepository paths;
    private final ActivityRepository activity;
    private final Clock clock;
    private PathFileWriter writer;

    public PathInstaller(Database database, PathRepository paths, ActivityRepository activity, Clock clock) {
        this.database = database;
        this.paths = paths;
        this.activity = activity;
        this.clock = clock;
    }

    /** One transaction: the path is installed whole, or not at all. */
    public Outcome install(LearningPath path) {
        return install(BundledPath.of(path));
    }

    /**
     * Installs the path if the workspace has never had it; otherwise only compares versions. Its content is read
     * only when it must be installed. A file that fails validation throws before the transaction writes anything.
     */
    public Outcome install(BundledPath bundled) {
        return database.inTransaction(() -> {
            if (paths.isDismissed(bundled.id())) {
                return Outcome.DISMISSED;
            }
            Optional<PathOrigin> origin = paths.origin(bundled.id());
            if (origin.isEmpty()) {
                LearningPath path = contentOf(bundled);
                Instant now = clock.instant();
                paths.insert(path, PathOrigin.BUNDLED, now);
                paths.saveUpstreamBase(path.id(), new UpstreamBase(path.contentVersion(), writer().writeCompact(path)));
                activity.append(new ActivityEvent(now, path.id(), ActivityKind.PATH_INSTALLED, path.id(),
                        new ActivityChange.Versions(Optional.empty(), path.contentVersion())));
                return Outcome.INSTALLED;
            }
            if (origin.get() == PathOrigin.OWN) {
                return Outcome.UNCHANGED;
            }
            return bundled.contentVersion() > baseOf(bundled.id()).contentVersion()
                    ? Outcome.UPGRADE_AVAILABLE : Outcome.UNCHANGED;
        });
    }

    /**
     * The installed path's upstream base. A database from before bundled upgrades kept one has none; its content
     * then is exactly the bundled version it was installed from (nobody could edit it), so that becomes the base.
     */
    UpstreamBase baseOf(String pathId) {
        return paths.upstreamBase(pathId).orElseGet(() -> {
            LearningPath current = paths.load(pathId).orElseThrow();
            LearningPath content = new LearningPath(current.id(), current.contentVersion(), current.title(),
                    current.tagline(), current.overview(), current.industries(), current.skills(), current.sections(),
                    current.selfChecks(), List.of(), current.milestones());
            UpstreamBase base = new UpstreamBase(current.contentVersion(), writer().writeCompact(content));
            paths.saveUpstreamBase(pathId, base);
            return base;
        });
    }

    static LearningPath contentOf(BundledPath bundled) {
        LearningPath path = bundled.content().get();
        if (!path.id().equals(bundled.id()) || path.contentVersion() != bundled.contentVersion()) {
            throw new IllegalStateException("bundled path " + bundled.id() + " changed while it was read");
        }
        return path;
    }

    /** Built on first need: most starts install nothing and never pay for Jackson. */
    PathFileWriter writer() {
        if (writer == null) {
            writer = new PathFileWriter();
        }
        return writer;
    }
}

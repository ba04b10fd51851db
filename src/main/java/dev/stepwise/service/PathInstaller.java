package dev.stepwise.service;

import dev.stepwise.domain.ActivityEvent;
import dev.stepwise.domain.ActivityKind;
import dev.stepwise.domain.LearningPath;
import dev.stepwise.store.ActivityRepository;
import dev.stepwise.store.Database;
import dev.stepwise.store.PathRepository;
import java.time.Clock;
import java.time.Instant;
import java.util.OptionalInt;

/**
 * Installs a path's content, or upgrades it when a newer content version arrives. Progress is keyed by the
 * path's and items' stable ids and is never touched, so an upgrade keeps every tick, note and rating.
 */
public final class PathInstaller {
    /** What {@link #install} did. */
    public enum Outcome { INSTALLED, UPDATED, UNCHANGED }

    private final Database database;
    private final PathRepository paths;
    private final ActivityRepository activity;
    private final Clock clock;

    public PathInstaller(Database database, PathRepository paths, ActivityRepository activity, Clock clock) {
        this.database = database;
        this.paths = paths;
        this.activity = activity;
        this.clock = clock;
    }

    /** One transaction: the path is installed or upgraded whole, or not at all. */
    public Outcome install(LearningPath path) {
        return install(BundledPath.of(path));
    }

    /**
     * Installs the path if it is new or newer than the installed copy; its content is read only in that case.
     * A file that fails validation throws before the transaction writes anything.
     */
    public Outcome install(BundledPath bundled) {
        return database.inTransaction(() -> {
            OptionalInt installed = paths.contentVersion(bundled.id());
            if (installed.isPresent() && installed.getAsInt() >= bundled.contentVersion()) {
                return Outcome.UNCHANGED;
            }
            LearningPath path = bundled.content().get();
            if (!path.id().equals(bundled.id()) || path.contentVersion() != bundled.contentVersion()) {
                throw new IllegalStateException("bundled path " + bundled.id() + " changed while it was read");
            }
            Instant now = clock.instant();
            paths.save(path, now);
            ActivityKind kind = installed.isPresent() ? ActivityKind.PATH_UPDATED : ActivityKind.PATH_INSTALLED;
            String before = installed.isPresent() ? String.valueOf(installed.getAsInt()) : "";
            activity.append(new ActivityEvent(now, path.id(), kind, path.id(), before, String.valueOf(path.contentVersion())));
            return installed.isPresent() ? Outcome.UPDATED : Outcome.INSTALLED;
        });
    }
}

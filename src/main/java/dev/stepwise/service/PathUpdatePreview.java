package dev.stepwise.service;

import dev.stepwise.domain.UpstreamChange;
import java.util.List;

/**
 * What bringing a newer version into an installed path would do, shown before anything is applied: the same for a
 * newer bundled version and for a path file with the same id.
 *
 * @param title the path's title as the learner has it now
 * @param fromVersion the content version the learner's copy was last brought up to
 * @param toVersion the incoming content version
 * @param changes what the merge does, in path order; empty when the incoming version changes nothing
 */
public record PathUpdatePreview(String pathId, String title, int fromVersion, int toVersion,
                                List<UpstreamChange> changes) {
    public PathUpdatePreview {
        changes = List.copyOf(changes);
    }

    /**
     * Whether the incoming version is older than the one the learner's copy was last brought up to. Merged, it takes
     * back what the newer version changed (what that version added goes, or is archived where it holds progress), so
     * an importer asks before doing it ({@link OlderPathException}). Equal versions are not older.
     */
    public boolean isOlder() {
        return toVersion < fromVersion;
    }
}

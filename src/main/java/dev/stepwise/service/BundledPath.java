package dev.stepwise.service;

import dev.stepwise.domain.LearningPath;
import java.util.function.Supplier;

/**
 * A path shipped with the application: its identity up front, its content read only when it has to be installed
 * or upgraded — on most starts the installed copy is current and the file is never parsed in full.
 */
public record BundledPath(String id, int contentVersion, Supplier<LearningPath> content) {

    /** An already-read path (tests, and callers that have the content anyway). */
    public static BundledPath of(LearningPath path) {
        return new BundledPath(path.id(), path.contentVersion(), () -> path);
    }
}

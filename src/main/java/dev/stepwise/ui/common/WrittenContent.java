package dev.stepwise.ui.common;

import dev.stepwise.domain.LearningPath;
import dev.stepwise.domain.PathState;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The state to show for path content a store job writes (an edit, an applied upgrade). It is made on the store thread
 * from the state shown when the job was asked for (every lookup and count of the path made again: tens of milliseconds
 * for a large path), and used if that state is still the one shown. Should another change have been shown meanwhile,
 * it is made from that one instead, on the FX thread, so no change is lost.
 */
final class WrittenContent {
    private final PathState base;
    private final AtomicReference<PathState> made = new AtomicReference<>();

    /** @param base the state shown when the job is asked for */
    WrittenContent(PathState base) {
        this.base = base;
    }

    /** On the store thread, once the content is written: makes its state from the base, and hands the content on. */
    LearningPath written(LearningPath content) {
        made.set(base.withPath(content));
        return content;
    }

    /** On the FX thread: the state to show in place of {@code shown}. */
    PathState over(PathState shown, LearningPath content) {
        return shown == base ? made.get() : shown.withPath(content);
    }
}

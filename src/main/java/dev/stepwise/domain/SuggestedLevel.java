package dev.stepwise.domain;

import java.util.Collection;
import java.util.Optional;

/**
 * Suggests a level for a skill from the checklist items that build it. The suggestion is only offered: the learner
 * confirms it as a rating, it never overwrites one.
 *
 * <p>The rule, over the skill's linked items that are not skipped:
 * <ul>
 *   <li>no linked items (or all skipped): no suggestion — the checklist says nothing about this skill;</li>
 *   <li>none started: {@link Level#NOT_YET};</li>
 *   <li>at least one learning or done: {@link Level#AWARE} — they have met it;</li>
 *   <li>at least half done: {@link Level#GUIDED} — they have practised it with material at hand;</li>
 *   <li>all done: {@link Level#INDEPENDENT} — they have used it across every item of the path.</li>
 * </ul>
 * {@link Level#TEACHES} is never suggested: teaching others is not something a checklist can show.
 */
public final class SuggestedLevel {
    private SuggestedLevel() {
    }

    public static Optional<Level> from(Collection<ItemStatus> linkedItemStatuses) {
        int counted = 0;
        int done = 0;
        int started = 0;
        for (ItemStatus status : linkedItemStatuses) {
            if (status == ItemStatus.SKIPPED) {
                continue;
            }
            counted++;
            if (status == ItemStatus.DONE) {
                done++;
            }
            if (status == ItemStatus.DONE || status == ItemStatus.LEARNING) {
                started++;
            }
        }
        return from(counted, started, done);
    }

    /**
     * The same rule from counts the state keeps up to date, so a tick never scans the items.
     *
     * @param counted linked items that are not skipped
     * @param started of those, learning or done
     * @param done of those, done
     */
    public static Optional<Level> from(int counted, int started, int done) {
        if (counted == 0) {
            return Optional.empty();
        }
        if (done == counted) {
            return Optional.of(Level.INDEPENDENT);
        }
        if (done * 2 >= counted) {
            return Optional.of(Level.GUIDED);
        }
        return Optional.of(started > 0 ? Level.AWARE : Level.NOT_YET);
    }
}

package dev.stepwise.domain;

import java.util.Set;

/**
 * What one {@link PathState} changed relative to the state it was made from, so a screen can update only the rows
 * concerned.
 *
 * @param content the path itself changed (an edit or an update): anything may differ
 * @param itemIds items whose progress changed
 * @param skillIds skills whose standing may have changed: rated, targeted, or one of their linked items moved
 * @param answers self-check answers changed
 */
public record StateChange(boolean content, Set<String> itemIds, Set<String> skillIds, boolean answers) {
    /** A state not made from its parent by one change (a load, or new content): anything may differ. */
    static final StateChange EVERYTHING = new StateChange(true, Set.of(), Set.of(), true);

    public StateChange {
        itemIds = Set.copyOf(itemIds);
        skillIds = Set.copyOf(skillIds);
    }
}

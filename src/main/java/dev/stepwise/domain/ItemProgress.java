package dev.stepwise.domain;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * What the learner has done with one item: its status, their note, the sub-steps ticked and the dates.
 * Immutable; every change returns a new value that the store saves whole.
 */
public record ItemProgress(
        String itemId,
        ItemStatus status,
        String note,
        Set<String> doneSubItemIds,
        LocalDate startedOn,
        LocalDate doneOn) {

    public ItemProgress {
        Objects.requireNonNull(itemId, "itemId");
        Objects.requireNonNull(status, "status");
        note = note == null ? "" : note;
        doneSubItemIds = Set.copyOf(doneSubItemIds);
    }

    public static ItemProgress notStarted(String itemId) {
        return new ItemProgress(itemId, ItemStatus.NOT_STARTED, "", Set.of(), null, null);
    }

    /**
     * Moves to a new status and keeps the dates honest: the start date is set the first time the item is being
     * learned and kept afterwards (an item marked done straight away has none: when work began is not known); the
     * done date is set when the item is done and cleared when it no longer is; a reset clears both.
     */
    public ItemProgress withStatus(ItemStatus newStatus, LocalDate today) {
        Objects.requireNonNull(newStatus, "newStatus");
        LocalDate started = startedOn == null && newStatus == ItemStatus.LEARNING ? today : startedOn;
        if (newStatus == ItemStatus.NOT_STARTED) {
            started = null;
        }
        LocalDate done = newStatus == ItemStatus.DONE ? (status == ItemStatus.DONE ? doneOn : today) : null;
        // A clock set back, or a flight west, must not date the finish before the start: a file would be refused for it.
        if (done != null && started != null && done.isBefore(started)) {
            done = started;
        }
        return new ItemProgress(itemId, newStatus, note, doneSubItemIds, started, done);
    }

    /**
     * What Space makes of the item: done, or, when it is done, back to where it was — learning if it had been
     * started (its start date says so), otherwise not started. Toggling twice never loses a date.
     */
    public ItemStatus toggledDone() {
        if (status != ItemStatus.DONE) {
            return ItemStatus.DONE;
        }
        return startedOn != null ? ItemStatus.LEARNING : ItemStatus.NOT_STARTED;
    }

    public ItemProgress withNote(String newNote) {
        return new ItemProgress(itemId, status, newNote, doneSubItemIds, startedOn, doneOn);
    }

    public ItemProgress withSubItemDone(String subItemId, boolean done) {
        Set<String> ids = new TreeSet<>(doneSubItemIds);
        if (done) {
            ids.add(subItemId);
        } else {
            ids.remove(subItemId);
        }
        return new ItemProgress(itemId, status, note, ids, startedOn, doneOn);
    }

    /**
     * Ticks or unticks a sub-step the way the checklist does: ticking one of an item not yet started starts it
     * (learning, from today), since the learner is evidently at work on it. Unticking never changes the status, and
     * a done or skipped item stays as it is; ticking the last sub-step does not finish the item by itself: the
     * checklist offers to mark it done, because an item can ask for more than its sub-steps.
     */
    public ItemProgress withSubItemTicked(String subItemId, boolean done, LocalDate today) {
        ItemProgress ticked = withSubItemDone(subItemId, done);
        return done && status == ItemStatus.NOT_STARTED ? ticked.withStatus(ItemStatus.LEARNING, today) : ticked;
    }

    public ItemProgress withSubItems(Set<String> subItemIds) {
        return new ItemProgress(itemId, status, note, subItemIds, startedOn, doneOn);
    }

    public boolean isSubItemDone(String subItemId) {
        return doneSubItemIds.contains(subItemId);
    }

    public Optional<LocalDate> started() {
        return Optional.ofNullable(startedOn);
    }

    public Optional<LocalDate> done() {
        return Optional.ofNullable(doneOn);
    }
}

package dev.stepwise.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Which milestones hold each item, and the earliest of their dates: built once per content, like the rest of
 * {@link PathShape}, so that a tick reaches the milestones of its item without walking the others.
 */
final class MilestoneIndex {
    /** One place of an item in a milestone: the milestone's index in the path's list, the item's in the milestone's. */
    record Slot(int milestone, int position) {
    }

    private final List<Milestone> milestones;
    private final Map<String, List<Slot>> slots = new HashMap<>();
    private final Map<String, LocalDate> plannedOn = new HashMap<>();

    MilestoneIndex(List<Milestone> milestones) {
        this.milestones = milestones;
        for (int m = 0; m < milestones.size(); m++) {
            Milestone milestone = milestones.get(m);
            List<String> itemIds = milestone.itemIds();
            for (int p = 0; p < itemIds.size(); p++) {
                slots.computeIfAbsent(itemIds.get(p), any -> new ArrayList<>()).add(new Slot(m, p));
                plannedOn.merge(itemIds.get(p), milestone.due(), (a, b) -> a.isBefore(b) ? a : b);
            }
        }
    }

    /** The item's places in the milestones, in the path's order of milestones; empty when none holds it. */
    List<Slot> slotsOf(String itemId) {
        return slots.getOrDefault(itemId, List.of());
    }

    /** The earliest date of the milestones holding the item, or {@code null} when none does. */
    LocalDate plannedOn(String itemId) {
        return plannedOn.get(itemId);
    }

    /** The earliest milestone holding the item; of two on that day, the first in the path's list. */
    Optional<Milestone> earliestHolding(String itemId) {
        Milestone earliest = null;
        for (Slot slot : slotsOf(itemId)) {
            Milestone milestone = milestones.get(slot.milestone());
            if (earliest == null || milestone.due().isBefore(earliest.due())) {
                earliest = milestone;
            }
        }
        return Optional.ofNullable(earliest);
    }
}

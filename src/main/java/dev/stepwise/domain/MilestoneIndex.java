package dev.stepwise.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Which milestones hold each item, and the day the plan first asks for it: built once per content, like the rest of
 * {@link PathShape}, so that a tick reaches the milestones of its item without walking the others, and the plan line
 * is made from counts by day rather than from a walk of every milestone's items.
 */
final class MilestoneIndex {
    /** One place of an item in a milestone: the milestone's index in the path's list, the item's in the milestone's. */
    record Slot(int milestone, int position) {
    }

    private final List<Milestone> milestones;
    private final Map<String, List<Slot>> slots = new HashMap<>();
    private final Map<String, LocalDate> plannedOn = new HashMap<>();
    private final NavigableMap<LocalDate, Integer> plannedFrom = new TreeMap<>();

    MilestoneIndex(List<Milestone> milestones) {
        this.milestones = milestones;
        for (int m = 0; m < milestones.size(); m++) {
            Milestone milestone = milestones.get(m);
            plannedFrom.putIfAbsent(milestone.due(), 0);
            List<String> itemIds = milestone.itemIds();
            for (int p = 0; p < itemIds.size(); p++) {
                slots.computeIfAbsent(itemIds.get(p), any -> new ArrayList<>()).add(new Slot(m, p));
                plannedOn.merge(itemIds.get(p), milestone.due(), (a, b) -> a.isBefore(b) ? a : b);
            }
        }
        plannedOn.values().forEach(day -> plannedFrom.merge(day, 1, Integer::sum));
    }

    /** The item's places in the milestones, in the path's order of milestones; empty when none holds it. */
    List<Slot> slotsOf(String itemId) {
        return slots.getOrDefault(itemId, List.of());
    }

    /** The earliest date of the milestones holding the item, or {@code null} when none does. */
    LocalDate plannedOn(String itemId) {
        return plannedOn.get(itemId);
    }

    /** Every item the milestones hold, with the earliest of their dates. Unmodifiable. */
    Map<String, LocalDate> plannedOn() {
        return Collections.unmodifiableMap(plannedOn);
    }

    /**
     * Every milestone date, oldest first, with how many items the plan asks for first on that day (an item held by
     * several milestones counts once, on the earliest). Unmodifiable.
     */
    NavigableMap<LocalDate, Integer> plannedFrom() {
        return Collections.unmodifiableNavigableMap(plannedFrom);
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

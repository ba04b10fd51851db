package dev.stepwise.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A dated goal of a path ("Week 4 — first API deployed"): a title, the day it is due and the items it holds. Path
 * content like sections and items, so it travels in path files: an instructor hands a cohort the path with its
 * calendar. Whether it is on track is worked out from the learner's progress ({@link Timeline}), never stored.
 */
public record Milestone(String id, String title, LocalDate due, List<String> itemIds) {
    public Milestone {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(due, "due");
        itemIds = List.copyOf(itemIds);
    }

    public boolean holds(String itemId) {
        return itemIds.contains(itemId);
    }
}

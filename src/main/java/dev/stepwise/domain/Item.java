package dev.stepwise.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * One checklist entry of a path. Content only: what the learner has done with it lives in {@link ItemProgress},
 * so a newer version of the path can replace the content without touching progress.
 */
public record Item(
        String id,
        String title,
        String detail,
        List<SubItem> subItems,
        List<Resource> resources,
        List<String> skillIds,
        Integer estimateHours,
        LocalDate targetDate) {

    public Item {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        detail = detail == null ? "" : detail;
        subItems = List.copyOf(subItems);
        resources = List.copyOf(resources);
        skillIds = List.copyOf(skillIds);
    }

    public Item withTitle(String newTitle) {
        return new Item(id, newTitle, detail, subItems, resources, skillIds, estimateHours, targetDate);
    }

    public Item withDetail(String newDetail) {
        return new Item(id, title, newDetail, subItems, resources, skillIds, estimateHours, targetDate);
    }

    public Item withEstimate(Integer hours) {
        return new Item(id, title, detail, subItems, resources, skillIds, hours, targetDate);
    }

    public Item withSubItems(List<SubItem> newSubItems) {
        return new Item(id, title, detail, newSubItems, resources, skillIds, estimateHours, targetDate);
    }

    public Item withResources(List<Resource> newResources) {
        return new Item(id, title, detail, subItems, newResources, skillIds, estimateHours, targetDate);
    }

    public Item withSkillIds(List<String> newSkillIds) {
        return new Item(id, title, detail, subItems, resources, newSkillIds, estimateHours, targetDate);
    }

    public Item withTargetDate(LocalDate date) {
        return new Item(id, title, detail, subItems, resources, skillIds, estimateHours, date);
    }

    public boolean buildsSkill(String skillId) {
        return skillIds.contains(skillId);
    }

    public OptionalInt estimate() {
        return estimateHours == null ? OptionalInt.empty() : OptionalInt.of(estimateHours);
    }

    public Optional<LocalDate> target() {
        return Optional.ofNullable(targetDate);
    }
}

package dev.stepwise.domain;

import java.util.List;
import java.util.Objects;

/** A group of items shown together in the checklist and counted together on the overview. */
public record Section(String id, SectionKind kind, String title, String description, List<Item> items) {
    public Section {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(title, "title");
        description = description == null ? "" : description;
        items = List.copyOf(items);
    }

    public Section withItems(List<Item> newItems) {
        return new Section(id, kind, title, description, newItems);
    }

    public Section withText(String newTitle, String newDescription) {
        return new Section(id, kind, newTitle, newDescription, items);
    }
}

package dev.stepwise.domain;

import java.util.Objects;

/** A smaller, concrete piece of an item that can be ticked on its own. */
public record SubItem(String id, String title) {
    public SubItem {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
    }
}

package dev.stepwise.domain;

import java.util.Objects;

/**
 * A skill of the role. {@code category} is free text ("Technical", "Soft", or a learner's own) so that new
 * categories need no code change. The target here is the path's suggestion; a learner's own target wins.
 */
public record Skill(String id, String name, String category, String description, Level targetLevel) {
    public static final String TECHNICAL = "Technical";
    public static final String SOFT = "Soft";

    public Skill {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(targetLevel, "targetLevel");
        description = description == null ? "" : description;
    }

    public Skill with(String newName, String newCategory, String newDescription, Level newTarget) {
        return new Skill(id, newName, newCategory, newDescription, newTarget);
    }
}

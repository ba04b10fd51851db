package dev.stepwise.domain;

import java.util.Objects;

/** One path of the workspace as the path switcher lists it: enough to choose it, without loading its content. */
public record PathSummary(String id, String title, PathOrigin origin, Progress progress) {
    public PathSummary {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(progress, "progress");
    }
}

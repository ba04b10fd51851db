package dev.stepwise.io;

import dev.stepwise.domain.LearningPath;
import java.util.List;
import java.util.Objects;

/**
 * A role description turned into a draft path, with the preview the learner checks before keeping it. Nothing is
 * stored yet: the draft's id is only a suggestion, the workspace gives it a free one when it is added.
 */
public record RoleImport(LearningPath path, RoleImportPreview preview) {
    public RoleImport {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(preview, "preview");
    }

    /** Lines of the text that found no place in the path, word for word, in the order of the text. */
    public List<String> unplaced() {
        return preview.unplaced();
    }
}

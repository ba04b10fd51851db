package dev.stepwise.service;

import dev.stepwise.domain.Explained;
import dev.stepwise.domain.Phrase;

/**
 * A path file refused because it is an older version of the installed path and importing it would take back what the
 * newer version changed. Refused before anything is written; the importer may ask the learner and import it anyway
 * ({@link PathFiles#importPath(dev.stepwise.domain.LearningPath, boolean, boolean)}). The preview says which versions.
 */
public final class OlderPathException extends IllegalArgumentException implements Explained {
    private final transient PathUpdatePreview preview;

    OlderPathException(PathUpdatePreview preview) {
        super(explanation(preview).english());
        this.preview = preview;
    }

    private static Phrase explanation(PathUpdatePreview preview) {
        return Phrase.of("service.olderPath", preview.pathId(), preview.toVersion(), preview.fromVersion());
    }

    /** What the refused import would have done, with both versions. */
    public PathUpdatePreview preview() {
        return preview;
    }

    @Override
    public Phrase explanation() {
        return explanation(preview);
    }
}

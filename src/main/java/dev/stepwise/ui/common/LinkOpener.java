package dev.stepwise.ui.common;

import java.net.URI;

/** Hands a web link to the system's browser; injectable so tests never start a real one. */
@FunctionalInterface
public interface LinkOpener {
    /** Throws when the link cannot be handed over (no browser, no helper program, the platform refused). */
    void open(URI link) throws Exception;
}

package dev.stepwise.ui.common;

import java.nio.file.Path;
import java.util.Optional;
import javafx.stage.Window;

/**
 * Asks the learner for a file to read or write. The window uses the system's file dialog ({@link SystemFilePicker});
 * UI tests give the file directly, since a native dialog cannot be driven headless.
 */
public interface FilePicker {
    /** The kinds of file Stepwise reads and writes, each with its extension filter. */
    enum Kind {
        ROLE_TEXT("Text files", "*.txt", "*.md", "*.text"),
        PATH_FILE("Stepwise path files", "*.json"),
        PROGRESS_FILE("Stepwise progress files", "*.json");

        private final String description;
        private final String[] patterns;

        Kind(String description, String... patterns) {
            this.description = description;
            this.patterns = patterns;
        }

        public String description() {
            return description;
        }

        public String[] patterns() {
            return patterns.clone();
        }
    }

    Optional<Path> open(Window owner, String title, Kind kind);

    Optional<Path> save(Window owner, String title, String suggestedName, Kind kind);
}

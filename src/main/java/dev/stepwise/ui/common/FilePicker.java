package dev.stepwise.ui.common;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import javafx.stage.Window;

/**
 * Asks the learner for a file to read or write. The window uses the system's file dialog ({@link SystemFilePicker});
 * UI tests give the file directly, since a native dialog cannot be driven headless.
 */
public interface FilePicker {
    /** The kinds of file Stepwise reads and writes, each with its extension filter. */
    enum Kind {
        ROLE_TEXT("*.txt", "*.md", "*.text"),
        PATH_FILE("*.json"),
        PROGRESS_FILE("*.json"),
        REPORT_HTML("*.html", "*.htm"),
        REPORT_MARKDOWN("*.md"),
        REPORT_CSV("*.csv"),
        REPORT_PNG("*.png");

        private final String[] patterns;

        Kind(String... patterns) {
            this.patterns = patterns;
        }

        /** The filter's name in the file dialog, in the learner's language. */
        public String description() {
            return Messages.tr("file.kind." + name());
        }

        public String[] patterns() {
            return patterns.clone();
        }

        /** Whether the file's name ends as one of the kind's patterns say ("*.md" takes "Role.MD"). */
        public boolean matches(Path file) {
            String name = String.valueOf(file.getFileName()).toLowerCase(Locale.ROOT);
            return Arrays.stream(patterns).anyMatch(pattern -> name.endsWith(pattern.substring(1)));
        }
    }

    Optional<Path> open(Window owner, String title, Kind kind);

    Optional<Path> save(Window owner, String title, String suggestedName, Kind kind);
}

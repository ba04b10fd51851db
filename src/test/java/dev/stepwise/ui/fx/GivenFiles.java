package dev.stepwise.ui.fx;

import dev.stepwise.ui.common.FilePicker;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import javafx.stage.Window;

/**
 * Answers the app's file questions with the files a test queued, in order: the system's file dialog cannot be driven
 * headless. Records each question, so a test can check what was asked (the kind, the suggested name).
 */
final class GivenFiles implements FilePicker {
    /** One question the app asked. */
    record Question(String title, Kind kind, String suggestedName) {
    }

    private final Deque<Path> answers = new ArrayDeque<>();
    private final List<Question> asked = new ArrayList<>();

    /** The next question is answered with this file. */
    void next(Path file) {
        answers.add(file);
    }

    List<Question> asked() {
        return List.copyOf(asked);
    }

    @Override
    public Optional<Path> open(Window owner, String title, Kind kind) {
        asked.add(new Question(title, kind, ""));
        return Optional.ofNullable(answers.poll());
    }

    @Override
    public Optional<Path> save(Window owner, String title, String suggestedName, Kind kind) {
        asked.add(new Question(title, kind, suggestedName));
        return Optional.ofNullable(answers.poll());
    }
}

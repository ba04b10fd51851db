package dev.stepwise.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stepwise.domain.ItemStatus;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import org.junit.jupiter.api.Test;

/** A reused node's classes change only where they differ: each change of the list restyles the node. */
class StyleClassesTest {
    private final ObservableList<String> classes = FXCollections.observableArrayList("label", "due-soon");
    private final AtomicInteger changes = new AtomicInteger();

    {
        classes.addListener((ListChangeListener<String>) change -> changes.incrementAndGet());
    }

    @Test
    void choosingTheClassANodeHasChangesNothing() {
        StyleClasses.choose(classes, "due-soon", "due-soon", "due-overdue");
        StyleClasses.showStatus(classes, ItemStatus.DONE);
        StyleClasses.showStatus(classes, ItemStatus.DONE);
        StyleClasses.toggle(classes, "archived", false);

        assertThat(classes).containsExactly("label", "due-soon", "status-done");
        assertThat(changes).as("only the first status was added").hasValue(1);
    }

    @Test
    void anotherChoiceReplacesTheOldOneAndNoneRemovesIt() {
        StyleClasses.choose(classes, "due-overdue", "due-soon", "due-overdue");
        assertThat(classes).containsExactly("label", "due-overdue");

        StyleClasses.showStatus(classes, ItemStatus.LEARNING);
        StyleClasses.showStatus(classes, ItemStatus.SKIPPED);
        assertThat(classes).containsExactly("label", "due-overdue", "status-skipped");

        StyleClasses.choose(classes, null, "due-soon", "due-overdue");
        assertThat(classes).containsExactly("label", "status-skipped");
    }
}

package dev.stepwise.service;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stepwise.store.Probe;
import dev.stepwise.store.Snapshot;
import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.provider.Arguments;

/**
 * A change to undo, and what has to be there first; with the round trip every undoable change must pass through the
 * real services on a real file (the undo tests of each kind of change share it).
 */
record UndoableChange(Consumer<Stepwise> setUp, Consumer<Stepwise> change) {

    /** A named case for a parameterised test. */
    static Arguments named(String name, Consumer<Stepwise> setUp, Consumer<Stepwise> change) {
        return Arguments.of(Named.of(name, new UndoableChange(setUp, change)));
    }

    /**
     * Makes the change on {@code file}, whose set-up already ran: undo gives exactly the data as it was before, redo
     * exactly the data as the change left it, and both work again after a restart ({@code reopen} closes the open
     * Stepwise and opens the file again). The file stays whole and its foreign keys hold.
     */
    void assertUndoesAndRedoes(Path file, Stepwise open, Supplier<Stepwise> reopen) {
        Snapshot before = Snapshot.of(file);
        change.accept(open);
        Snapshot after = Snapshot.of(file);
        assertThat(before.changesTo(after)).as("the change changes something").isNotEmpty();

        assertThat(open.undo().undo()).isPresent();
        assertThat(before.changesTo(Snapshot.of(file))).as("after undo").isEmpty();
        assertThat(open.undo().redo()).isPresent();
        assertThat(after.changesTo(Snapshot.of(file))).as("after redo").isEmpty();

        assertThat(reopen.get().undo().undo()).isPresent();
        assertThat(before.changesTo(Snapshot.of(file))).as("after a restart and undo").isEmpty();
        assertThat(reopen.get().undo().redo()).isPresent();
        assertThat(after.changesTo(Snapshot.of(file))).as("after a restart and redo").isEmpty();
        assertThat(Probe.text(file, "PRAGMA integrity_check")).isEqualTo("ok");
        assertThat(Probe.rows(file, "PRAGMA foreign_key_check")).isEmpty();
    }
}

package dev.stepwise.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The rows a list edit writes: the places of new, moved and changed entries, and the ids that went. */
class ListDiffTest {
    private record Entry(String id, String text) {
    }

    @Test
    void newMovedAndChangedEntriesAreWrittenAndMissingOnesGo() {
        List<Entry> before = List.of(new Entry("a", "A"), new Entry("b", "B"), new Entry("c", "C"), new Entry("d", "D"));
        List<Entry> after = List.of(new Entry("a", "A"), new Entry("c", "C"), new Entry("b", "B, reworded"), new Entry("e", "E"));

        ListDiff diff = ListDiff.of(before, after, Entry::id, Entry::equals);

        assertThat(diff.written()).as("c and b moved (b also changed), e is new; a stayed").containsExactly(1, 2, 3);
        assertThat(diff.gone()).containsExactly("d");
    }

    @Test
    void anUnchangedListWritesNothing() {
        List<String> ids = List.of("x", "y");
        ListDiff diff = ListDiff.of(ids, List.copyOf(ids), id -> id, (was, now) -> true);

        assertThat(diff.written()).isEmpty();
        assertThat(diff.gone()).isEmpty();
    }
}

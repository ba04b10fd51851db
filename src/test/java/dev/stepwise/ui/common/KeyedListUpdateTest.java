package dev.stepwise.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * The list shown ends equal to the one wanted, whatever the two hold, and changes only where they differ: an equal
 * content changes nothing, a changed element is replaced where it stands and the others stay the same objects.
 */
class KeyedListUpdateTest {
    /** An element with a key and a value, as a path's summary has an id and a title. */
    private record Entry(String key, int value) {
    }

    @Property(tries = 500)
    void theShownListEndsEqualToTheWantedOne(@ForAll("entries") List<Entry> shown, @ForAll("entries") List<Entry> wanted) {
        List<Entry> list = new ArrayList<>(shown);
        KeyedListUpdate.apply(list, wanted, Entry::key);
        assertThat(list).isEqualTo(wanted);
    }

    @Provide
    Arbitrary<List<Entry>> entries() {
        // Distinct keys from a small set, so the two lists share some, in any order, with equal or other values.
        return Arbitraries.of("a", "b", "c", "d", "e", "f").list().uniqueElements().ofMaxSize(6)
                .flatMap(keys -> Arbitraries.integers().between(0, 2).list().ofSize(keys.size())
                        .map(values -> {
                            List<Entry> built = new ArrayList<>();
                            for (int i = 0; i < keys.size(); i++) {
                                built.add(new Entry(keys.get(i), values.get(i)));
                            }
                            return built;
                        }));
    }

    @Test
    void anEqualContentChangesNothing() {
        ObservableList<Entry> list = FXCollections.observableArrayList(new Entry("a", 1), new Entry("b", 2));
        List<ListChangeListener.Change<? extends Entry>> changes = new ArrayList<>();
        list.addListener((ListChangeListener<Entry>) changes::add);

        KeyedListUpdate.apply(list, List.of(new Entry("a", 1), new Entry("b", 2)), Entry::key);

        assertThat(changes).isEmpty();
    }

    @Test
    void aChangedElementIsReplacedWhereItStandsAndTheOthersStayTheSameObjects() {
        Entry first = new Entry("a", 1);
        Entry last = new Entry("c", 3);
        ObservableList<Entry> list = FXCollections.observableArrayList(first, new Entry("b", 2), last);
        List<String> changes = new ArrayList<>();
        list.addListener((ListChangeListener<Entry>) change -> {
            while (change.next()) {
                changes.add(change.wasReplaced() ? "replaced " + change.getFrom() : change.toString());
            }
        });

        KeyedListUpdate.apply(list, List.of(new Entry("a", 1), new Entry("b", 5), new Entry("c", 3)), Entry::key);

        assertThat(changes).containsExactly("replaced 1");
        assertThat(list.get(0)).isSameAs(first);
        assertThat(list.get(2)).isSameAs(last);
        assertThat(list.get(1)).isEqualTo(new Entry("b", 5));
    }
}

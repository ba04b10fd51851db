package dev.stepwise.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

/** What a page selects after its search or filter changed the rows it shows. */
class HiddenSelectionTest {
    private static final Set<String> ALL = Set.of("a", "b", "c");
    private static final Set<String> NONE = Set.of();

    private final HiddenSelection selection = new HiddenSelection();

    @Test
    void aSelectionStillShownStays() {
        assertThat(selection.afterRowsChanged("a", Set.of("a", "b")::contains)).isEqualTo("a");
        assertThat(selection.afterRowsChanged(null, ALL::contains)).as("nothing was set aside").isNull();
    }

    @Test
    void aHiddenSelectionComesBackWhenItsRowIsShownAgain() {
        assertThat(selection.afterRowsChanged("b", NONE::contains)).isNull();
        assertThat(selection.afterRowsChanged(null, Set.of("a")::contains)).as("still hidden").isNull();

        assertThat(selection.afterRowsChanged(null, ALL::contains)).isEqualTo("b");
        assertThat(selection.afterRowsChanged(null, ALL::contains)).as("given back once").isNull();
    }

    @Test
    void aRowChosenWhileTheOtherWasHiddenStays() {
        selection.afterRowsChanged("b", Set.of("a")::contains);

        assertThat(selection.afterRowsChanged("a", ALL::contains)).isEqualTo("a");
        assertThat(selection.afterRowsChanged(null, ALL::contains)).as("b was forgotten").isNull();
    }

    @Test
    void theLastRowHiddenIsTheOneThatComesBack() {
        selection.afterRowsChanged("b", Set.of("a")::contains);
        selection.afterRowsChanged("a", NONE::contains);

        assertThat(selection.afterRowsChanged(null, ALL::contains)).isEqualTo("a");
    }

    @Test
    void aForgottenSelectionDoesNotComeBack() {
        selection.afterRowsChanged("b", NONE::contains);
        selection.forget();

        assertThat(selection.afterRowsChanged(null, ALL::contains)).isNull();
    }
}

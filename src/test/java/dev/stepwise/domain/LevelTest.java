package dev.stepwise.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.Arrays;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class LevelTest {

    @ParameterizedTest(name = "of({0}) has value {0}")
    @ValueSource(ints = {0, 1, 2, 3, 4})
    @DisplayName("of(n) round-trips through value() for every level on the 0–4 scale")
    void ofRoundTripsValue(int value) {
        assertThat(Level.of(value).value()).isEqualTo(value);
    }

    @Test
    @DisplayName("the scale is exactly 0 Not yet, 1 Aware, 2 Guided, 3 Independent, 4 Teaches")
    void scaleMatchesProductDescription() {
        assertThat(Level.of(0)).isEqualTo(Level.NOT_YET);
        assertThat(Level.of(1)).isEqualTo(Level.AWARE);
        assertThat(Level.of(2)).isEqualTo(Level.GUIDED);
        assertThat(Level.of(3)).isEqualTo(Level.INDEPENDENT);
        assertThat(Level.of(4)).isEqualTo(Level.TEACHES);
        assertThat(Level.MIN).isEqualTo(Level.NOT_YET);
        assertThat(Level.MAX).isEqualTo(Level.TEACHES);
        assertThat(Level.values()).hasSize(5);
    }

    @ParameterizedTest(name = "of({0}) is rejected")
    @ValueSource(ints = {-1, 5, Integer.MIN_VALUE, Integer.MAX_VALUE})
    @DisplayName("of() outside 0–4 throws IllegalArgumentException naming the value")
    void ofOutsideScaleIsRejected(int value) {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Level.of(value))
                .withMessageContaining(String.valueOf(value));
    }

    @Test
    @DisplayName("every level has a non-blank label and behavioural anchor, all distinct")
    void anchorsAreNonEmptyAndDistinct() {
        assertThat(Level.values()).allSatisfy(level -> {
            assertThat(level.anchor()).isNotBlank();
            assertThat(level.label()).isNotBlank();
        });
        assertThat(Arrays.stream(Level.values()).map(Level::anchor)).doesNotHaveDuplicates();
        assertThat(Arrays.stream(Level.values()).map(Level::label)).doesNotHaveDuplicates();
    }

    @Test
    @DisplayName("anchors describe behaviour as in the product description")
    void anchorsFollowProductDescription() {
        assertThat(Level.AWARE.anchor()).containsIgnoringCase("knows what it is");
        assertThat(Level.GUIDED.anchor()).containsIgnoringCase("with help or a reference");
        assertThat(Level.INDEPENDENT.anchor()).containsIgnoringCase("alone in a real project");
        assertThat(Level.TEACHES.anchor()).containsIgnoringCase("teach");
    }

    @ParameterizedTest(name = "{0} raised by {1} is {2}")
    @CsvSource({
        "NOT_YET, 1, AWARE",
        "AWARE, 2, INDEPENDENT",
        "GUIDED, 0, GUIDED",
        "INDEPENDENT, -1, GUIDED",
        "INDEPENDENT, 1, TEACHES",
        "INDEPENDENT, 5, TEACHES",
        "TEACHES, 1, TEACHES",
        "AWARE, -3, NOT_YET",
        "NOT_YET, -1, NOT_YET",
        "TEACHES, -100, NOT_YET",
        "GUIDED, 100, TEACHES"
    })
    @DisplayName("raisedBy moves along the scale and clamps at both ends")
    void raisedByClamps(Level start, int steps, Level expected) {
        assertThat(start.raisedBy(steps)).isEqualTo(expected);
    }

    @Test
    @DisplayName("raisedBy clamps to the top even for a step that would overflow an int")
    void raisedByDoesNotOverflow() {
        assertThat(Level.AWARE.raisedBy(Integer.MAX_VALUE)).isEqualTo(Level.TEACHES);
    }

    @Test
    @DisplayName("toString shows the number and the label")
    void toStringShowsValueAndLabel() {
        assertThat(Level.GUIDED).hasToString("2 Guided");
        assertThat(Level.NOT_YET).hasToString("0 Not yet");
    }
}

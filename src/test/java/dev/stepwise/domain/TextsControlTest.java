package dev.stepwise.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The hand-written control-character check agrees with Unicode's own category for every character there is. */
class TextsControlTest {
    @Test
    void agreesWithTheControlCategoryForEveryCharacter() {
        List<String> disagreements = new ArrayList<>();
        for (int code = Character.MIN_VALUE; code <= Character.MAX_VALUE; code++) {
            char c = (char) code;
            if (Texts.isControl(c) != (Character.getType(c) == Character.CONTROL)) {
                disagreements.add("%04X".formatted(code));
            }
        }

        assertThat(disagreements).isEmpty();
        assertThat(Texts.isControl('\u0000')).isTrue();
        assertThat(Texts.isControl('\u009F')).isTrue();
        assertThat(Texts.isControl('\u00A0')).as("a no-break space is not a control character").isFalse();
    }
}

package dev.stepwise.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The words of the question before a path is deleted: everything that goes is named, nothing that does not. */
class HeldProgressTest {

    @Test
    void nothingHeldIsSaidSo() {
        HeldProgress none = new HeldProgress(0, 0, 0, 0, 0, 0, 0, 0);

        assertThat(none.isEmpty()).isTrue();
        assertThat(none.describe()).isEqualTo("no progress yet");
    }

    @Test
    void everyKindIsNamedWithItsCount() {
        HeldProgress all = new HeldProgress(2, 3, 4, 7, 1, 1, 5, 2);

        assertThat(all.describe()).isEqualTo("3 items done, 2 items in progress, 1 item skipped, 5 ticked sub-steps, 4 notes, "
                + "7 skill ratings, 2 skill targets of your own and 1 self-check answer");
    }

    @Test
    void aSkipATickedSubStepOrATargetAloneIsProgress() {
        assertThat(new HeldProgress(0, 0, 0, 0, 0, 1, 0, 0).describe()).isEqualTo("1 item skipped");
        assertThat(new HeldProgress(0, 0, 0, 0, 0, 0, 1, 0).describe()).isEqualTo("1 ticked sub-step");
        assertThat(new HeldProgress(0, 0, 0, 0, 0, 0, 0, 1).describe()).isEqualTo("1 skill target of your own");
        assertThat(new HeldProgress(0, 0, 0, 0, 0, 0, 0, 1).isEmpty()).isFalse();
    }
}

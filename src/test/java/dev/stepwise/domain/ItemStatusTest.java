package dev.stepwise.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ItemStatusTest {

    @ParameterizedTest(name = "{0} reads \"{1}\"")
    @CsvSource({
        "NOT_STARTED, Not started",
        "LEARNING, Learning",
        "DONE, Done",
        "SKIPPED, Skipped"
    })
    @DisplayName("labels match the product wording")
    void labels(ItemStatus status, String label) {
        assertThat(status.label()).isEqualTo(label);
    }
}

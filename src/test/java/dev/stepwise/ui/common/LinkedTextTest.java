package dev.stepwise.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** How a link in a learner's text reads: without its scheme, and a long one shortened in the middle. */
class LinkedTextTest {

    @Test
    void aShortLinkShowsWithoutItsScheme() {
        assertThat(LinkedText.shown("https://github.com/me/api")).isEqualTo("github.com/me/api");
        assertThat(LinkedText.shown("HTTP://example.org")).isEqualTo("example.org");
    }

    @Test
    void aLongLinkKeepsItsStartAndEndAroundAnEllipsis() {
        String shown = LinkedText.shown("https://github.com/learner/todo-service/tree/main/src/test/java/Api.java");

        assertThat(shown).hasSize(LinkedText.SHOWN_CHARACTERS).startsWith("github.com/learner/todo").endsWith("Api.java")
                .contains("…");
    }
}

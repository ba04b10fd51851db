package dev.stepwise.domain;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stepwise.domain.WebLinks.Span;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class WebLinksTest {

    private static Span text(String text) {
        return new Span(text, false);
    }

    private static Span link(String text) {
        return new Span(text, true);
    }

    @Test
    @DisplayName("a note without a link is one stretch of text")
    void plainText() {
        assertThat(WebLinks.split("Presented at the meetup")).containsExactly(text("Presented at the meetup"));
    }

    @Test
    @DisplayName("a link ends before the punctuation after it, and the text around it is kept whole")
    void linkInASentence() {
        assertThat(WebLinks.split("Shipped it: https://github.com/me/todo-api. Next: tests"))
                .containsExactly(text("Shipped it: "), link("https://github.com/me/todo-api"), text(". Next: tests"));
    }

    @Test
    @DisplayName("a closing bracket the link did not open is the aside's, one it opened is the link's")
    void brackets() {
        assertThat(WebLinks.split("(see https://example.org/a)")).containsExactly(text("(see "),
                link("https://example.org/a"), text(")"));
        assertThat(WebLinks.split("https://en.wikipedia.org/wiki/Cache_(computing)"))
                .containsExactly(link("https://en.wikipedia.org/wiki/Cache_(computing)"));
    }

    @Test
    @DisplayName("several links, any case of the scheme, each with the words between them")
    void severalLinks() {
        assertThat(WebLinks.split("HTTPS://Example.org/x and http://localhost:8080/api"))
                .containsExactly(link("HTTPS://Example.org/x"), text(" and "), link("http://localhost:8080/api"));
    }

    @Test
    @DisplayName("only web links: other schemes and a link without a host stay text")
    void onlyWebLinks() {
        assertThat(WebLinks.split("file:///etc/passwd javascript:alert(1)"))
                .containsExactly(text("file:///etc/passwd javascript:alert(1)"));
        assertThat(WebLinks.split("broken http:// here")).containsExactly(text("broken http:// here"));
        assertThat(WebLinks.split("notes in ~/projects/api")).containsExactly(text("notes in ~/projects/api"));
    }

    @Test
    @DisplayName("the spans put together are the text, character for character")
    void spansAreTheText() {
        String note = "Built https://github.com/me/api, reviewed by (https://gitlab.com/x).";
        assertThat(String.join("", WebLinks.split(note).stream().map(Span::text).toList())).isEqualTo(note);
    }
}

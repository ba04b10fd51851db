package dev.stepwise.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ResourceTest {

    @ParameterizedTest(name = "\"{0}\" is a web link")
    @ValueSource(strings = {
        "http://example.com",
        "https://example.com/docs/sql?page=2#joins",
        "HTTP://EXAMPLE.COM/",
        "HtTpS://Example.org/path",
        "  https://example.com/padded  ",
        "https://localhost:8080/",
        "http://[::1]/"
    })
    @DisplayName("http and https links with a host are web links, whatever the scheme's case")
    void httpAndHttpsAreWebLinks(String url) {
        assertThat(Resource.isWebLink(url)).isTrue();
        assertThat(new Resource("a link", url).isWebLink()).isTrue();
    }

    @ParameterizedTest(name = "\"{0}\" is not a web link")
    @ValueSource(strings = {
        "file:///etc/passwd",
        "FILE:///C:/Windows/System32/calc.exe",
        "javascript:alert(1)",
        "JavaScript:alert(document.cookie)",
        "mailto:someone@example.com",
        "ftp://example.com/file.txt",
        "data:text/html,<script>alert(1)</script>",
        "/relative/path/page.html",
        "relative/page.html",
        "//example.com/protocol-relative",
        "example.com",
        "https:example.com",
        "http://",
        "https:///no-host",
        "not a url at all",
        "ht tp://example.com",
        "::::",
        ""
    })
    @DisplayName("other schemes, relative links, host-less links and garbage are never opened")
    void everythingElseIsNotAWebLink(String url) {
        assertThat(Resource.isWebLink(url)).isFalse();
        assertThat(new Resource("a link", url).isWebLink()).isFalse();
    }

    @Test
    @DisplayName("a null url is refused when building a Resource and is not a web link")
    void nullUrl() {
        assertThatNullPointerException().isThrownBy(() -> new Resource("title", null));
        assertThat(Resource.isWebLink(null)).isFalse();
    }
}

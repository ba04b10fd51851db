package dev.stepwise.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Opening a resource link: a failure is reported naming the link; only well-formed web links reach the opener. */
class LinkLauncherTest {
    private final List<URI> opened = new ArrayList<>();
    private final List<String> reported = new ArrayList<>();

    @Test
    void aWebLinkIsHandedToTheOpenerAndNothingIsReported() {
        new LinkLauncher(opened::add, reported::add).accept("https://dev.java/learn/");

        assertThat(opened).containsExactly(URI.create("https://dev.java/learn/"));
        assertThat(reported).isEmpty();
    }

    @Test
    void anOpenerThatFailsIsReportedWithTheLinkAndTheReason() {
        new LinkLauncher(link -> {
            throw new IOException("No web browser found");
        }, reported::add).accept("https://sqlbolt.com/");

        assertThat(reported).singleElement().asString()
                .contains("https://sqlbolt.com/").contains("No web browser found");
    }

    @Test
    void aFailureWithoutAMessageStillSaysWhatFailed() {
        new LinkLauncher(link -> {
            throw new UnsupportedOperationException();
        }, reported::add).accept("https://sqlbolt.com/");

        assertThat(reported).singleElement().asString().contains("https://sqlbolt.com/", "UnsupportedOperationException");
    }

    @Test
    void aMalformedOrNonWebLinkIsReportedAndNeverOpened() {
        LinkLauncher launcher = new LinkLauncher(opened::add, reported::add);

        launcher.accept("https://exa mple.com/");
        launcher.accept("file:///etc/passwd");
        launcher.accept("https://");

        assertThat(opened).isEmpty();
        assertThat(reported).hasSize(3);
        assertThat(reported.get(0)).contains("https://exa mple.com/", "not a web address");
        assertThat(reported.get(1)).contains("file:///etc/passwd");
    }
}

package dev.stepwise.ui.shell;

import dev.stepwise.domain.Resource;
import dev.stepwise.ui.common.LinkOpener;
import dev.stepwise.ui.common.Messages;
import java.net.URI;
import java.util.function.Consumer;

/**
 * Opens a resource link, and says so when it cannot: a malformed address or a browser that will not start used to
 * fail without a word. Only http(s) links with a host are ever handed to the system.
 */
public final class LinkLauncher implements Consumer<String> {
    private final LinkOpener opener;
    private final Consumer<String> report;

    /** @param report shows a one-line message that names the link (the status bar) */
    public LinkLauncher(LinkOpener opener, Consumer<String> report) {
        this.opener = opener;
        this.report = report;
    }

    @Override
    public void accept(String url) {
        URI link;
        try {
            link = Resource.isWebLink(url) ? new URI(url.trim()) : null;
        } catch (Exception e) {
            link = null;
        }
        if (link == null) {
            report.accept(Messages.tr("link.notWeb", url));
            return;
        }
        try {
            opener.open(link);
        } catch (Exception e) {
            String reason = e.getMessage() == null || e.getMessage().isBlank() ? e.getClass().getSimpleName() : e.getMessage();
            report.accept(Messages.tr("link.failed", url, reason));
        }
    }
}

package dev.stepwise.ui.common;

import java.io.IOException;
import java.net.URI;
import java.util.Locale;
import javafx.application.HostServices;

/**
 * Opens links with the system's browser. On Linux and other Unixes it starts {@code xdg-open} itself, because
 * {@link HostServices#showDocument} there only prints "No web browser found" to the console when it finds none: the
 * learner would see nothing happen. Windows and macOS always have a handler, so {@link HostServices} is used there.
 */
public final class SystemLinkOpener implements LinkOpener {
    private final HostServices hostServices;
    private final String osName;

    public SystemLinkOpener(HostServices hostServices) {
        this(hostServices, System.getProperty("os.name", ""));
    }

    SystemLinkOpener(HostServices hostServices, String osName) {
        this.hostServices = hostServices;
        this.osName = osName.toLowerCase(Locale.ROOT);
    }

    @Override
    public void open(URI link) throws IOException {
        if (osName.startsWith("windows") || osName.startsWith("mac")) {
            hostServices.showDocument(link.toString());
            return;
        }
        try {
            new ProcessBuilder("xdg-open", link.toString()).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        } catch (IOException e) {
            throw new IOException("no program to open web links was found (xdg-open is missing)", e);
        }
    }
}

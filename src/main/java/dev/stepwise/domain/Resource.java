package dev.stepwise.domain;

import java.net.URI;
import java.util.Locale;
import java.util.Objects;

/** A link that helps with an item. Only http(s) links are ever opened, so a path file cannot launch programs. */
public record Resource(String title, String url) {
    public Resource {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(url, "url");
    }

    public boolean isWebLink() {
        return isWebLink(url);
    }

    public static boolean isWebLink(String url) {
        try {
            URI uri = new URI(url.trim());
            String scheme = uri.getScheme();
            return scheme != null
                    && (scheme.toLowerCase(Locale.ROOT).equals("http") || scheme.toLowerCase(Locale.ROOT).equals("https"))
                    && uri.getHost() != null;
        } catch (Exception e) {
            return false;
        }
    }
}

package dev.stepwise.domain;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Stable ids for what the learner creates: readable slugs of the title ("Learn Docker" → "learn-docker"), so exported
 * files stay legible, made unique with a number ("learn-docker-2"). They follow the path file's id rule.
 */
public final class Ids {
    private static final int MAX_SLUG = 48;

    private Ids() {
    }

    /** A slug of the title that none of {@code taken} uses; {@code fallback} when the title has no letters or digits. */
    public static String unique(String title, String fallback, Set<String> taken) {
        return unique(title, fallback, (Predicate<String>) taken::contains);
    }

    /** The same, asking whether an id is taken (a lookup by id) rather than holding every id in use. */
    public static String unique(String title, String fallback, Predicate<String> taken) {
        String base = slug(title);
        if (base.isEmpty()) {
            base = fallback;
        }
        String id = base;
        for (int n = 2; taken.test(id); n++) {
            id = base + "-" + n;
        }
        return id;
    }

    static String slug(String title) {
        String plain = Normalizer.normalize(title == null ? "" : title, Normalizer.Form.NFKD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("^-+|-+$", "");
        if (plain.length() > MAX_SLUG) {
            plain = plain.substring(0, MAX_SLUG).replaceAll("-+$", "");
        }
        return plain;
    }
}

package dev.stepwise.domain;

import java.text.MessageFormat;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.ResourceBundle;

/**
 * A sentence for the learner, kept as a message key and its arguments rather than as finished English, so the layer
 * that finds a problem (a rule, a file reader, the store) says <em>what</em> is wrong and the window says it in the
 * learner's language. The texts are the app's one bundle ({@code dev/stepwise/messages*.properties}); an argument
 * that is itself a phrase is put into words the same way, so a reason can sit inside "the file …: {reason}".
 *
 * <p>{@link #english()} is what logs, the command line and {@code getMessage()} show.
 */
public record Phrase(String key, List<Object> args) {
    /** The bundle every phrase's key lives in. */
    public static final String BUNDLE = "dev.stepwise.messages";

    public Phrase {
        Objects.requireNonNull(key, "key");
        // Arguments are values, never null: a missing value is a bug in the caller, not a word to show.
        args = List.copyOf(args);
    }

    public static Phrase of(String key, Object... args) {
        return new Phrase(key, Arrays.asList(args));
    }

    /** The sentence in English (the base bundle), for logs and the command line. */
    public String english() {
        return in(ResourceBundle.getBundle(BUNDLE, Locale.ROOT, ResourceBundle.Control.getNoFallbackControl(
                ResourceBundle.Control.FORMAT_PROPERTIES)), Locale.ENGLISH);
    }

    /**
     * The sentence from the given bundle, numbers and dates written for the locale. A key the bundle lacks shows
     * itself ({@code ⟦key⟧}) rather than failing: a missing text must never hide the problem it was meant to explain.
     */
    public String in(ResourceBundle bundle, Locale locale) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            return "⟦" + key + "⟧";
        }
        if (args.isEmpty()) {
            return pattern;
        }
        Object[] values = args.stream().map(arg -> arg instanceof Phrase inner ? inner.in(bundle, locale) : arg).toArray();
        return new MessageFormat(pattern, locale).format(values);
    }

    @Override
    public String toString() {
        return english();
    }
}

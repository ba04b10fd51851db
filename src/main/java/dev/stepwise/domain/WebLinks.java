package dev.stepwise.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The web links in a learner's text (a rating's evidence: "Shipped it: https://github.com/me/todo-api."), so that a
 * screen can offer them as links and the rest as text. Only what {@link Resource#isWebLink} accepts is a link: an
 * address with another scheme ({@code file:}, {@code javascript:}) stays text, as in a resource.
 */
public final class WebLinks {
    private static final Pattern CANDIDATE = Pattern.compile("(?i)https?://[^\\s<>\"]+");
    /** Marks that end a sentence or an aside around a link, not the link: "see https://x.org/a." */
    private static final String TRAILING = ".,;:!?'\"";

    private WebLinks() {
    }

    /** A stretch of the text, either a link or the words between links; together they are the text, in order. */
    public record Span(String text, boolean link) {
    }

    public static List<Span> split(String text) {
        List<Span> spans = new ArrayList<>();
        Matcher matcher = CANDIDATE.matcher(text);
        int from = 0;
        while (matcher.find()) {
            String link = trimmed(matcher.group());
            if (!Resource.isWebLink(link)) {
                continue;
            }
            if (matcher.start() > from) {
                spans.add(new Span(text.substring(from, matcher.start()), false));
            }
            spans.add(new Span(link, true));
            from = matcher.start() + link.length();
        }
        if (from < text.length()) {
            spans.add(new Span(text.substring(from), false));
        }
        return spans;
    }

    /** Without the punctuation after it, and without a closing bracket the link did not open: "(see https://x.org)". */
    private static String trimmed(String candidate) {
        int end = candidate.length();
        while (end > 0) {
            char last = candidate.charAt(end - 1);
            boolean unopened = (last == ')' && candidate.lastIndexOf('(', end - 1) < 0)
                    || (last == ']' && candidate.lastIndexOf('[', end - 1) < 0);
            if (TRAILING.indexOf(last) < 0 && !unopened) {
                break;
            }
            end--;
        }
        return candidate.substring(0, end);
    }
}

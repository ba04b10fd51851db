package dev.stepwise.ui.checklist;

import dev.stepwise.domain.Item;
import dev.stepwise.domain.SubItem;
import java.util.Optional;

/**
 * Where a search found an item whose title does not show it — its detail, a sub-step or the learner's note — with the
 * words around the match, so a row that answers "pipeline" says why it is there. Compared as the search compares
 * ({@link ChecklistRows}): ignoring case, after stripping the query.
 */
record SearchHint(Where where, String excerpt) {
    /** The part of the item the match is in, in the order they are looked at. */
    enum Where { DETAIL, SUB_STEP, NOTE }

    /** Characters of context kept before and after the match, before the excerpt is cut back to whole words. */
    private static final int BEFORE = 30;
    private static final int AFTER = 50;

    /** The first place the query is found, or empty when there is no query or the title itself shows it. */
    static Optional<SearchHint> of(Item item, String note, String search) {
        String query = search == null ? "" : search.strip();
        if (query.isEmpty() || indexOf(item.title(), query) >= 0) {
            return Optional.empty();
        }
        Optional<SearchHint> found = find(Where.DETAIL, item.detail(), query);
        for (SubItem sub : item.subItems()) {
            found = found.or(() -> find(Where.SUB_STEP, sub.title(), query));
        }
        return found.or(() -> find(Where.NOTE, note == null ? "" : note, query));
    }

    private static Optional<SearchHint> find(Where where, String text, String query) {
        int at = indexOf(text, query);
        return at < 0 ? Optional.empty() : Optional.of(new SearchHint(where, excerpt(text, at, query.length())));
    }

    /** Where {@code query} first starts in {@code text}, ignoring case; -1 when it does not. */
    static int indexOf(String text, String query) {
        for (int i = 0; i + query.length() <= text.length(); i++) {
            if (text.regionMatches(true, i, query, 0, query.length())) {
                return i;
            }
        }
        return -1;
    }

    /** The match with some words around it, on one line; "…" where the text goes on. */
    static String excerpt(String text, int at, int length) {
        int from = Math.max(0, at - BEFORE);
        int to = Math.min(text.length(), at + length + AFTER);
        // Cut back to whole words: after the first space (or line break) in the context before, before the last after.
        for (int i = from; from > 0 && i < at; i++) {
            if (Character.isWhitespace(text.charAt(i))) {
                from = i + 1;
                break;
            }
        }
        for (int i = to; to < text.length() && i > at + length; i--) {
            if (Character.isWhitespace(text.charAt(i))) {
                to = i;
                break;
            }
        }
        String part = text.substring(from, to).replaceAll("\\s+", " ").strip();
        return (from > 0 ? "…" : "") + part + (to < text.length() ? "…" : "");
    }
}

package dev.stepwise.domain;

import java.util.List;

/**
 * The rules for text a learner types into a path: titles must say something, links must be web links. Used by the
 * edits (which refuse bad values) and by the editors (which show the same message while the learner types).
 */
public final class Texts {
    public static final int MAX_TITLE = 300;
    public static final int MAX_TEXT = 20_000;
    /**
     * A learner's note or evidence: about fifty pages, far more than anyone types beside a step, and small enough that
     * the window lays it out at once (a 1 MB note held the FX thread for seconds).
     */
    public static final int MAX_NOTE = 100_000;
    public static final int MAX_ESTIMATE_HOURS = 10_000;

    private Texts() {
    }

    /** Blank, or made only of characters that show nothing. */
    public static boolean isBlank(String text) {
        return text == null || stripInvisible(text).isEmpty();
    }

    /**
     * Whitespace of every kind, control characters, non-breaking spaces and zero-width characters: all look like
     * nothing. One rule decides both what is blank and what is stripped, so a title that passes the blank check can
     * never strip down to nothing, and no invisible character is kept at a title's ends.
     */
    private static boolean invisible(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || Character.getType(c) == Character.CONTROL
                || (c >= '\u200B' && c <= '\u200F') || c == '\u2060' || c == '\uFEFF';
    }

    /** The text without the invisible characters at either end. */
    public static String stripInvisible(String text) {
        int start = 0;
        int end = text.length();
        while (start < end && invisible(text.charAt(start))) {
            start++;
        }
        while (end > start && invisible(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(start, end);
    }

    /**
     * The fields a learner types into, named so a problem can say which one it is about ("An item’s title cannot be
     * empty."); each is a phrase of its own ({@code field.<NAME>}) that fits the sentence it stands in.
     */
    public enum Field {
        PATH_TITLE, SECTION_TITLE, ITEM_TITLE, SUB_STEP_TITLE, RESOURCE_TITLE, SKILL_NAME, CATEGORY, TITLE,
        TAGLINE, OVERVIEW, DESCRIPTION, DETAIL, MILESTONE_TITLE, INDUSTRY, STATEMENT;

        /** The field's name as the start of a sentence. */
        public Phrase phrase() {
            return new Phrase("field." + name(), List.of());
        }
    }

    /** What is wrong with a title, or {@code null} when it is fine. */
    public static Phrase titleProblem(Field what, String title) {
        if (isBlank(title)) {
            return Phrase.of("text.empty", what.phrase());
        }
        String stripped = stripInvisible(title);
        if (stripped.length() > MAX_TITLE) {
            return Phrase.of("text.tooLong", what.phrase(), MAX_TITLE);
        }
        if (notOneLineAt(stripped) >= 0) {
            return Phrase.of("text.notOneLine", what.phrase());
        }
        return null;
    }

    /**
     * Where a title stops being one line of text, or -1: a line break, tab or other control character inside it, or a
     * character that reorders the text around it (the bidirectional embeddings, overrides and isolates). A title is
     * shown in one-line lists, menus and the command line's one-path-a-line output, which such a character breaks or
     * makes say something else ("Trojan source"). The direction marks (U+200E, U+200F, U+061C) stay: they order only
     * themselves, and right-to-left text needs them.
     */
    public static int notOneLineAt(String title) {
        for (int i = 0; i < title.length(); i++) {
            if (breaksLine(title.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    /** The text without the characters {@link #notOneLineAt} finds: to quote a refused text in a message safely. */
    public static String oneLine(String text) {
        StringBuilder kept = new StringBuilder(text.length());
        text.chars().filter(c -> !breaksLine((char) c)).forEach(c -> kept.append((char) c));
        return kept.toString();
    }

    private static boolean breaksLine(char c) {
        return isControl(c) || c == '\u2028' || c == '\u2029' || (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069');
    }

    /**
     * Unicode's control characters (general category Cc) are exactly U+0000–U+001F and U+007F–U+009F. Compared by
     * hand: every character of a 10,000-item file passes here, and {@code Character.getType} for each was an eighth
     * of the read.
     */
    public static boolean isControl(char c) {
        return c <= '\u001F' || (c >= '\u007F' && c <= '\u009F');
    }

    /** The title without invisible characters at either end; refused with an explanation when it is not acceptable. */
    public static String title(Field what, String title) {
        Phrase problem = titleProblem(what, title);
        if (problem != null) {
            throw new InvalidEditException(problem);
        }
        return stripInvisible(title);
    }

    /** What is wrong with a longer free text (too long), or {@code null} when it is fine; empty is fine. */
    public static Phrase textProblem(Field what, String text) {
        String value = text == null ? "" : text.strip();
        return value.length() > MAX_TEXT ? Phrase.of("text.tooLong", what.phrase(), MAX_TEXT) : null;
    }

    /** Longer free text (details, overview): may be empty, but not endless. */
    public static String text(Field what, String text) {
        Phrase problem = textProblem(what, text);
        if (problem != null) {
            throw new InvalidEditException(problem);
        }
        return text == null ? "" : text.strip();
    }

    /** What is wrong with a resource link, or {@code null} when it is an http(s) link. */
    public static Phrase linkProblem(String url) {
        if (isBlank(url)) {
            return Phrase.of("link.empty");
        }
        if (!Resource.isWebLink(url)) {
            return Phrase.of("link.notWebToAdd");
        }
        return null;
    }

    /** What is wrong with an estimate in hours, or {@code null} when none is given or it is fine. */
    public static Phrase estimateProblem(Integer hours) {
        if (hours != null && (hours < 0 || hours > MAX_ESTIMATE_HOURS)) {
            return Phrase.of("estimate.range", MAX_ESTIMATE_HOURS);
        }
        return null;
    }

    /** Why a note cannot be kept, or {@code null} when it can: only its length is limited (a note is the learner's). */
    public static Phrase noteProblem(String note) {
        return note != null && note.length() > MAX_NOTE ? Phrase.of("note.tooLong", note.length(), MAX_NOTE) : null;
    }
}

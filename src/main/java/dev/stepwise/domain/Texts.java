package dev.stepwise.domain;

/**
 * The rules for text a learner types into a path: titles must say something, links must be web links. Used by the
 * edits (which refuse bad values) and by the editors (which show the same message while the learner types).
 */
public final class Texts {
    public static final int MAX_TITLE = 300;
    public static final int MAX_TEXT = 20_000;
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

    /** What is wrong with a title, or {@code null} when it is fine. */
    public static String titleProblem(String what, String title) {
        if (isBlank(title)) {
            return what + " cannot be empty.";
        }
        if (stripInvisible(title).length() > MAX_TITLE) {
            return what + " is too long (at most " + MAX_TITLE + " characters).";
        }
        return null;
    }

    /** The title without invisible characters at either end; throws with a message for the learner when it is not acceptable. */
    public static String title(String what, String title) {
        String problem = titleProblem(what, title);
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
        return stripInvisible(title);
    }

    /** Longer free text (details, overview): may be empty, but not endless. */
    public static String text(String what, String text) {
        String value = text == null ? "" : text.strip();
        if (value.length() > MAX_TEXT) {
            throw new IllegalArgumentException(what + " is too long (at most " + MAX_TEXT + " characters).");
        }
        return value;
    }

    /** What is wrong with a resource link, or {@code null} when it is an http(s) link. */
    public static String linkProblem(String url) {
        if (isBlank(url)) {
            return "A link cannot be empty.";
        }
        if (!Resource.isWebLink(url)) {
            return "Only web links (http:// or https://) can be added.";
        }
        return null;
    }

    /** What is wrong with an estimate in hours, or {@code null} when none is given or it is fine. */
    public static String estimateProblem(Integer hours) {
        if (hours != null && (hours < 0 || hours > MAX_ESTIMATE_HOURS)) {
            return "An estimate is a number of hours from 0 to " + MAX_ESTIMATE_HOURS + ".";
        }
        return null;
    }
}

package dev.stepwise.io.report;

/**
 * Makes text from the learner or a path file safe to put into a report. Every title, note and name goes through one
 * of these: a path file is someone else's text, and a report is opened in a browser, rendered as Markdown or loaded
 * into a spreadsheet, each of which would otherwise act on what the text contains.
 */
final class Escapes {
    private static final String MARKDOWN_MARKS = "\\`*_{}[]<>#|~&!";

    private Escapes() {
    }

    /** HTML text or attribute value: the five characters that could open a tag, an entity or end an attribute. */
    static String html(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** HTML text whose line breaks stay line breaks (a note). */
    static String htmlLines(String text) {
        return html(text).replaceAll("\\R", "<br>");
    }

    /**
     * Markdown inline text, for a table cell, a heading or a paragraph. Marks that format, link, start HTML or end a
     * table cell are backslash-escaped (CommonMark lets every ASCII punctuation be escaped); a {@code - }, {@code + }
     * or {@code 1. } at the start of a line would open a list, so its mark is escaped there too (only before a space or
     * the line's end, as CommonMark requires of a list mark: a date like 04.05.2026 stays as it is). Line breaks become {@code <br>}, which
     * keeps a table row on one line and shows as a break in GitHub's and most renderers.
     */
    static String markdown(String text) {
        String[] lines = text.split("\\R", -1);
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int l = 0; l < lines.length; l++) {
            if (l > 0) {
                out.append("<br>");
            }
            String line = lines[l];
            int digits = 0;
            while (digits < line.length() && Character.isDigit(line.charAt(digits))) {
                digits++;
            }
            for (int i = 0; i < line.length(); i++) {
                char c = line.charAt(i);
                boolean listMark = (i == 0 && (c == '-' || c == '+') || digits > 0 && i == digits && (c == '.' || c == ')'))
                        && (i + 1 == line.length() || line.charAt(i + 1) == ' ' || line.charAt(i + 1) == '\t');
                if (listMark || MARKDOWN_MARKS.indexOf(c) >= 0) {
                    out.append('\\');
                }
                out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * A CSV cell for text someone typed. A spreadsheet runs a cell that begins with {@code =}, {@code +}, {@code -},
     * {@code @} (or a tab or carriage return before one) as a formula — formula injection, with which a shared path
     * file could make an instructor's spreadsheet fetch a URL or run a command. Such a cell gets a leading apostrophe,
     * which spreadsheets show as text and do not evaluate (OWASP's advice). Quoting of commas, quotes and line breaks
     * is left to commons-csv. Numbers we write ourselves (a gap of -1) never pass through here.
     */
    static String csvText(String text) {
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            return "'" + text;
        }
        return text;
    }
}

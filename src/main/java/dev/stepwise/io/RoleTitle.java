package dev.stepwise.io;

import dev.stepwise.domain.Texts;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The title and one-line summary found in the text above the first heading. Pasted pages carry extra lines there
 * (a banner such as "Top Tech Trend"), so the title is the line naming the role the headings name ("What is a
 * Backend Engineer?"), else the line just above the summary; the summary is the line after the title. Lines used as
 * neither are handed back so the import can list them.
 *
 * @param title the title, or {@code null} when none was found
 * @param tagline the summary, empty when none was found
 * @param unused text above the first heading that is neither
 */
record RoleTitle(String title, String tagline, List<String> unused) {
    /** A summary is a sentence; a title is a short name. */
    private static final int SHORT = 60;

    static RoleTitle of(List<String> preamble, String roleName) {
        int at = roleName == null ? -1 : indexOfName(preamble, roleName);
        if (at < 0 && preamble.size() >= 2) {
            at = preamble.size() - 2;
        } else if (at < 0 && preamble.size() == 1 && (roleName == null || !looksLikeSentence(preamble.get(0)))) {
            at = 0;
        }
        if (at >= 0 && Texts.titleProblem(Texts.Field.TITLE, preamble.get(at)) == null) {
            String tagline = at + 1 < preamble.size() && fitsTagline(preamble.get(at + 1)) ? preamble.get(at + 1) : "";
            List<String> unused = new ArrayList<>(preamble);
            if (!tagline.isEmpty()) {
                unused.remove(at + 1);
            }
            unused.remove(at);
            return new RoleTitle(preamble.get(at), tagline, unused);
        }
        String tagline = preamble.size() == 1 && fitsTagline(preamble.get(0)) ? preamble.get(0) : "";
        List<String> unused = tagline.isEmpty() ? preamble : List.of();
        String title = roleName == null || Texts.titleProblem(Texts.Field.TITLE, roleName) != null ? null : roleName;
        return new RoleTitle(title, title == null && !tagline.isEmpty() ? "" : tagline,
                title == null && !tagline.isEmpty() ? preamble : unused);
    }

    /**
     * A line longer than a path's tagline may be (as a path file holds it: stripped) stays unused and is listed, so the
     * path is one its own export can bring back.
     */
    private static boolean fitsTagline(String line) {
        return line.strip().length() <= Texts.MAX_TEXT;
    }

    private static int indexOfName(List<String> preamble, String roleName) {
        String name = key(roleName);
        for (int i = 0; i < preamble.size(); i++) {
            if (key(preamble.get(i)).equals(name)) {
                return i;
            }
        }
        return -1;
    }

    private static String key(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }

    private static boolean looksLikeSentence(String line) {
        return line.length() > SHORT || line.matches(".*[.!?]$");
    }
}

package dev.stepwise.io;

import dev.stepwise.domain.Phrase;
import java.util.Optional;

/**
 * The characters a role description may not hold, found with the line they are on so the learner can find them in the
 * text they pasted. Half of a character (a UTF-16 surrogate without its other half, as a clipboard can hold) cannot be
 * stored: the database would keep a "?" in its place.
 */
final class RoleCharacters {
    private RoleCharacters() {
    }

    /** What is wrong with the first character a path cannot keep, or empty when there is none. */
    static Optional<Phrase> problem(String text) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isLineBreak(text, i)) {
                line++;
                lineStart = i + 1;
            } else if (Character.isSurrogate(c)) {
                if (!FieldRules.isPairAt(text, i)) {
                    return Optional.of(Phrase.of("role.loneSurrogate", line, Character.codePointCount(text, lineStart, i) + 1));
                }
                i++;
            }
        }
        return Optional.empty();
    }

    /** A line ends as {@link RoleOutline} splits lines: at LF, CR (a CR LF pair once), U+2028, U+2029 and U+0085. */
    private static boolean isLineBreak(String text, int i) {
        char c = text.charAt(i);
        return c == '\n' || c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n') || c == '\u2028' || c == '\u2029'
                || c == '\u0085';
    }
}

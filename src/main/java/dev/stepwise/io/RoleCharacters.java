package dev.stepwise.io;

import dev.stepwise.domain.Phrase;
import dev.stepwise.domain.Texts;
import java.util.Optional;

/**
 * The characters a role description may not hold, found with the line they are on, so the learner can find them in
 * their text. A control character other than tab and the line breaks is refused as the JSON readers refuse one: it is
 * no part of any word, and silently dropping it would change the learner's words ("Backend\0Engineer" would become
 * "BackendEngineer"). Half of a character (a UTF-16 surrogate without its other half, as a clipboard can hold) cannot
 * be stored: the database would keep a "?" in its place.
 */
final class RoleCharacters {
    private RoleCharacters() {
    }

    /** Why the first character a path cannot keep is refused, or empty when there is none. */
    static Optional<RoleRefusal> problem(String text) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isLineBreak(text, i)) {
                line++;
                lineStart = i + 1;
            } else if (c != '\t' && c != '\r' && Texts.isControl(c)) {
                String code = "%04X".formatted((int) c);
                int position = Character.codePointCount(text, lineStart, i) + 1;
                return Optional.of(new RoleRefusal(Phrase.of("role.controlCharacter", code, line, position),
                        Phrase.of("role.file.controlCharacter", code, line, position)));
            } else if (Character.isSurrogate(c)) {
                if (!FieldRules.isPairAt(text, i)) {
                    int position = Character.codePointCount(text, lineStart, i) + 1;
                    return Optional.of(new RoleRefusal(Phrase.of("role.loneSurrogate", line, position),
                            Phrase.of("role.file.loneSurrogate", line, position)));
                }
                i++;
            }
        }
        return Optional.empty();
    }

    /**
     * A line ends as {@link RoleOutline} splits lines: at LF, CR (a CR LF pair once, at its LF), U+2028, U+2029 and
     * U+0085 (a line break, though a control character too).
     */
    private static boolean isLineBreak(String text, int i) {
        char c = text.charAt(i);
        return c == '\n' || c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n') || c == '\u2028' || c == '\u2029'
                || c == '\u0085';
    }
}

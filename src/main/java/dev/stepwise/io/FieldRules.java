package dev.stepwise.io;

import dev.stepwise.domain.Deadlines;
import dev.stepwise.domain.Level;
import dev.stepwise.domain.Phrase;
import dev.stepwise.domain.Texts;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * The value rules path files and progress files share — ids, levels, dates, control characters, present values —
 * with one wording, so the two formats refuse the same mistake in the same words. Each mapper reports a broken rule
 * as its own kind of {@link FileProblemException}, naming its file.
 */
final class FieldRules {
    /** The longest id: {@code [a-z0-9][a-z0-9-]{0,63}}. */
    static final int MAX_ID = 64;
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    /** Longer than any id, date, kind or link a person would write; what is longer is cut in messages. */
    static final int MAX_QUOTED = 100;
    /** More digits than any number a field takes; a number that has more is cut in messages. */
    static final int MAX_DIGITS = 40;

    /** Makes the reading mapper's own problem for a field. */
    @FunctionalInterface
    interface Failure {
        FileProblemException at(String field, Phrase problem);
    }

    private final Failure fail;
    private final boolean oneLineTitles;

    FieldRules(Failure fail) {
        this(fail, true);
    }

    /** With {@code oneLineTitles} false, for paths Stepwise stored itself ({@link PathFileReader#forStoredPaths}). */
    FieldRules(Failure fail, boolean oneLineTitles) {
        this.fail = fail;
        this.oneLineTitles = oneLineTitles;
    }

    /** A failure naming the field, for a rule the domain states ({@code Texts.noteProblem}). */
    FileProblemException at(String field, Phrase problem) {
        return fail.at(field, problem);
    }

    /**
     * Text as it can be shown and stored, the check every text of both formats passes. Tab and newline belong in
     * text; every other control character is either a mistake or an attack on the display. Half of a character — a
     * UTF-16 surrogate without its other half, which JSON's {@code \\u} escapes can write — cannot be stored at all:
     * the database would keep a "?" in its place, without a word.
     */
    void plainText(String field, String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Texts.isControl(c) && c != '\t' && c != '\n') {
                throw fail.at(field, Phrase.of("file.controlCharacter", "%04X".formatted((int) c)));
            }
            if (Character.isSurrogate(c)) {
                if (!isPairAt(value, i)) {
                    throw fail.at(field, Phrase.of("file.loneSurrogate", position(value, i)));
                }
                i++;
            }
        }
    }

    /** Whether the text holds a whole character of two UTF-16 units at {@code i}: a high surrogate, then a low one. */
    static boolean isPairAt(CharSequence text, int i) {
        return Character.isHighSurrogate(text.charAt(i)) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1));
    }

    /** Where index {@code i} is for a person: characters counted from 1, a character outside the first plane once. */
    static int position(CharSequence text, int i) {
        return Character.codePointCount(text, 0, i) + 1;
    }

    /**
     * A text as it will be stored, within its field's limit: the limit the app's editors keep ({@code Texts}), checked
     * before anything else about the text, so a text over it is refused in one form however long it is.
     */
    String limited(String field, String stored, int limit) {
        if (stored.length() > limit) {
            throw fail.at(field, Phrase.of("file.tooLong", stored.length(), limit));
        }
        return stored;
    }

    /**
     * A title, name, industry or statement: required, at most {@link Texts#MAX_TITLE} characters, one line
     * ({@link Texts#notOneLineAt}), and stored without invisible characters at its ends, as the app's editors store it
     * ({@code Texts.title}).
     */
    String title(String field, String value) {
        if (value == null || value.isEmpty()) {
            throw fail.at(field, Phrase.of("file.missingOrEmpty"));
        }
        String title = limited(field, Texts.stripInvisible(value), Texts.MAX_TITLE);
        plainText(field, value);
        if (title.isEmpty()) {
            throw fail.at(field, Phrase.of("file.blank"));
        }
        int broken = oneLineTitles ? Texts.notOneLineAt(title) : -1;
        if (broken >= 0) {
            throw fail.at(field, Phrase.of("file.notOneLine", "%04X".formatted((int) title.charAt(broken)), position(title, broken)));
        }
        return title;
    }

    /** Checked as written, not trimmed: an id is a key, and " learn-sql" is not "learn-sql". */
    String idShape(String field, String value) {
        if (!isId(value)) {
            throw fail.at(field, Phrase.of("file.idShape", quoted(value)));
        }
        return value;
    }

    /**
     * The id rule of both formats (and of {@code Ids}), a readable slug: {@code [a-z0-9][a-z0-9-]{0,63}}. Checked by
     * hand: reading a 10,000-item file checks some 80,000 ids, and a regex matcher for each was a sixth of the read.
     */
    static boolean isId(String value) {
        int length = value.length();
        if (length == 0 || length > MAX_ID) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            char c = value.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-' && i > 0)) {
                return false;
            }
        }
        return true;
    }

    Level level(String field, BigInteger value) {
        if (value == null) {
            throw fail.at(field, Phrase.of("file.missing"));
        }
        if (!within(value, Level.MIN.value(), Level.MAX.value())) {
            throw fail.at(field, Phrase.of("file.level", written(value)));
        }
        return Level.of(value.intValueExact());
    }

    /**
     * Whether a whole number from the file is given and lies from {@code min} to {@code max}. Files hold whole numbers
     * of any size, so a number beyond {@code int} meets the same range check, and message, as any other.
     */
    static boolean within(BigInteger value, int min, int max) {
        return value != null && value.compareTo(BigInteger.valueOf(min)) >= 0 && value.compareTo(BigInteger.valueOf(max)) <= 0;
    }

    /**
     * What to say of a whole number outside its range: "is missing" when the file has none (the range's own words
     * then ended "… was null"), else those words with the number as the file writes it.
     */
    static Phrase outOfRange(BigInteger value, Function<String, Phrase> saying) {
        return value == null ? Phrase.of("file.missing") : saying.apply(written(value));
    }

    /**
     * A whole number as the file writes it, for a message ("null" when there is none). A hostile file can write a
     * thousand digits; the message shows the first {@value #MAX_DIGITS} and stops.
     */
    static String written(BigInteger value) {
        String digits = String.valueOf(value);
        return digits.length() <= MAX_DIGITS ? digits : digits.substring(0, MAX_DIGITS) + "…";
    }

    /** A date exactly as Stepwise writes it ({@code 2026-03-31}) that exists; {@code null} when absent. */
    LocalDate date(String field, String value) {
        if (value == null) {
            return null;
        }
        try {
            if (!DATE.matcher(value).matches()) {
                throw new DateTimeParseException("not yyyy-mm-dd", value, 0);
            }
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw fail.at(field, Phrase.of("file.date", quoted(value)));
        }
    }

    /** A date within the days a plan may name ({@link Deadlines#dateProblem}); {@code null} passes. */
    LocalDate plausibleDate(String field, LocalDate date) {
        Phrase problem = Deadlines.dateProblem(date);
        if (problem != null) {
            throw fail.at(field, problem);
        }
        return date;
    }

    <T> T present(String field, T value) {
        if (value == null) {
            throw fail.at(field, Phrase.of("file.missing"));
        }
        return value;
    }

    /**
     * A value as the file has it, in quotes ("learn-sql"), or the word for nothing when the file has none. A hostile
     * file can hold megabytes where an id or a date belongs; the message shows the start, enough to find it, and never
     * echoes the whole value back into a dialog or a log.
     */
    static Phrase quoted(String value) {
        if (value == null) {
            return Phrase.of("file.nothing");
        }
        if (value.length() <= MAX_QUOTED) {
            return Phrase.of("file.quoted", value);
        }
        // Never cut between the two halves of a character outside the BMP.
        int end = Character.isHighSurrogate(value.charAt(MAX_QUOTED - 1)) ? MAX_QUOTED - 1 : MAX_QUOTED;
        return Phrase.of("file.quoted", value.substring(0, end) + "…");
    }
}

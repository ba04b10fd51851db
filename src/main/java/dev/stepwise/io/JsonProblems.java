package dev.stepwise.io;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.core.io.ContentReference;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.JsonMappingException;
import dev.stepwise.domain.Phrase;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What the JSON parser found wrong with a path file or a progress file, said in the words both readers use: where in
 * the file (a field like {@code sections[0].title}, or a line and column) and what is wrong, in a sentence for a path
 * author. The parser's own messages are written for programmers ("expected close marker for Object", "Feature
 * 'ALLOW_COMMENTS' not enabled") and never reach the learner: a problem is told apart by the exception's type and by
 * the text at the place the parser stopped.
 */
final class JsonProblems {
    /** The most of the unexpected text a message quotes: enough to find it, never a whole hostile line. */
    private static final int MAX_QUOTED = 40;
    /** The numbers JavaScript writes and JSON does not have. */
    private static final Set<String> NOT_NUMBERS = Set.of("NaN", "Infinity", "-Infinity", "+Infinity");

    /** A problem and where it is: a field, or empty for the whole file. */
    record Refusal(String field, Phrase problem) {
    }

    private JsonProblems() {
    }

    /**
     * Why the file is not JSON, with line and column.
     *
     * @param content the file's bytes, to quote the text the parser stopped at; {@code null} when the parser streams
     */
    static Refusal syntax(JsonProcessingException e, byte[] content) {
        JsonParser parser = e instanceof StreamReadException read ? read.getProcessor() : null;
        JsonLocation where = e.getLocation();
        int offset = where == null ? -1 : (int) where.getByteOffset();
        // The parser reports an end of input met between two entries as a plain syntax error: where it stopped says more.
        if (e instanceof JsonEOFException || content != null && offset >= 0 && onlySpaceFrom(content, offset)) {
            return new Refusal("", unfinished(parser));
        }
        if (content == null || offset < 0 || offset >= content.length) {
            return new Refusal("", where == null ? Phrase.of("file.notJson.somewhere")
                    : Phrase.of("file.notJson", where.getLineNr(), where.getColumnNr()));
        }
        int b = content[offset] & 0xFF;
        if (b == '/' && offset + 1 < content.length && (content[offset + 1] == '/' || content[offset + 1] == '*')) {
            return new Refusal("", Phrase.of("file.comment", where.getLineNr(), where.getColumnNr()));
        }
        if (b < 0x20) {
            return new Refusal(fieldOf(parser == null ? null : parser.getParsingContext()),
                    Phrase.of("file.rawControl", "%04X".formatted(b), where.getLineNr(), where.getColumnNr()));
        }
        Span stopped = Span.at(content, offset);
        int column = where.getColumnNr() - (offset - stopped.start());
        if (NOT_NUMBERS.contains(stopped.text())) {
            return new Refusal(fieldOf(parser == null ? null : parser.getParsingContext()),
                    Phrase.of("file.notANumber", stopped.text(), where.getLineNr(), column));
        }
        return new Refusal("", Phrase.of("file.unexpected", stopped.text(), where.getLineNr(), column));
    }

    /** The text the parser stopped at, and where it starts: what a message quotes. */
    private record Span(int start, String text) {
        /**
         * A quoted text whole, without its quotes (a missing comma shows as the next field's name); a word whole (the
         * parser stops at its start or right after it, depending on the problem); else the one character.
         */
        static Span at(byte[] content, int offset) {
            if (content[offset] == '"') {
                int end = offset + 1;
                while (end < content.length && end - offset <= MAX_QUOTED && content[end] != '"' && content[end] != '\n') {
                    end++;
                }
                return new Span(offset, new String(content, offset + 1, end - offset - 1, StandardCharsets.UTF_8));
            }
            int start = offset;
            while (start > 0 && offset - start < MAX_QUOTED && isWordByte(content[start - 1])) {
                start--;
            }
            int end = offset;
            while (end < content.length && end - start < MAX_QUOTED && isWordByte(content[end])) {
                end++;
            }
            return new Span(start, new String(content, start, Math.max(end, start + 1) - start, StandardCharsets.UTF_8));
        }
    }

    /** The innermost object or list still open when the file ended: where the author has to look. */
    private static Phrase unfinished(JsonParser parser) {
        JsonStreamContext open = parser == null ? null : parser.getParsingContext();
        if (open == null || open.inRoot()) {
            return Phrase.of("file.endsEarly");
        }
        JsonLocation start = open.startLocation(ContentReference.unknown());
        return Phrase.of(open.inArray() ? "file.endsInList" : "file.endsInObject", start.getLineNr());
    }

    private static boolean onlySpaceFrom(byte[] content, int offset) {
        for (int i = offset; i < content.length; i++) {
            byte b = content[i];
            if (b != ' ' && b != '\t' && b != '\n' && b != '\r') {
                return false;
            }
        }
        return true;
    }

    /** Letters, digits, signs and points, and any byte of a character beyond ASCII: what a misplaced word is made of. */
    private static boolean isWordByte(byte b) {
        return b < 0 || b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b >= '0' && b <= '9' || b == '-' || b == '+' || b == '.'
                || b == '_';
    }

    /** " at line 3, column 7", or nothing when the parser does not know where it stands. */
    static Object at(JsonProcessingException e) {
        JsonLocation location = e.getLocation();
        return location == null ? "" : Phrase.of("file.atLine", location.getLineNr(), location.getColumnNr());
    }

    /** Jackson's path (sections → 0 → items …) in the notation the mappers use: {@code sections[0].items[1]}. */
    static String fieldOf(JsonMappingException e) {
        return e.getPath().stream()
                .map(reference -> reference.getFieldName() != null ? "." + reference.getFieldName() : "[" + reference.getIndex() + "]")
                .collect(Collectors.joining())
                .replaceFirst("^\\.", "");
    }

    /** Where the parser stands, in the same notation: {@code sections[0].items[1].title}. */
    static String fieldOf(JsonStreamContext context) {
        Deque<String> parts = new ArrayDeque<>();
        for (JsonStreamContext at = context; at != null && !at.inRoot(); at = at.getParent()) {
            if (at.inArray()) {
                parts.push("[" + Math.max(at.getCurrentIndex(), 0) + "]");
            } else if (at.getCurrentName() != null) {
                parts.push("." + at.getCurrentName());
            }
        }
        return String.join("", parts).replaceFirst("^\\.", "");
    }
}

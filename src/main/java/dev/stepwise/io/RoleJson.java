package dev.stepwise.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import java.io.IOException;

/**
 * Whether a text given as a role description is JSON: a path or progress file picked by mistake. Read as a role, the
 * bundled path's file made a path of 0 steps and 0 skills from the lines of its "industries" list, and said "Added".
 * Only a text that is JSON from its first character to its last counts, so a role whose title starts "[Draft]" is
 * still a role.
 */
final class RoleJson {
    private static final JsonFactory JSON = JsonFactory.builder().build();

    private RoleJson() {
    }

    static boolean is(String text) {
        String trimmed = text.strip();
        if (trimmed.startsWith("\uFEFF")) {
            trimmed = trimmed.substring(1).strip();
        }
        if (!trimmed.startsWith("{") && !trimmed.startsWith("[")) {
            return false;
        }
        try (JsonParser parser = JSON.createParser(trimmed)) {
            parser.nextToken();
            parser.skipChildren();
            return parser.nextToken() == null;
        } catch (IOException e) {
            return false;
        }
    }
}

package dev.stepwise.io;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The headings of a role description, recognised however they were pasted: any case, "&" for "and", a trailing
 * colon or question mark, a Markdown "#", or naming another role ("How to Become a Data Engineer"). A heading is a
 * whole line that matches one of the patterns, so a sentence that merely mentions "steps" is never taken for one.
 */
enum RoleHeading {
    OVERVIEW("what (?:is|does) (?:an? |the )?(?<role>.+?)(?: do)?"),
    STEPS("(?:the )?steps(?: to (?:get|become).*)?|how to become(?: .+)? steps"),
    HOW_TO_BECOME("how to become(?: (?:an? |the )?(?<role>.+))?"),
    BACKGROUND("(?:typical |common |usual )?backgrounds?"),
    PRACTICE("what (?:they|you) (?:do|will do)(?: day[- ]to[- ]day| on a typical day)?|day[- ]to[- ]day(?: work| tasks)?|responsibilities"),
    SKILLS("(?:core |key )?skills(?: and tools)?|tools and skills"),
    TECHNICAL("technical(?: skills)?(?: and tools)?|hard skills"),
    SOFT("soft(?: skills)?|people skills"),
    SELF_CHECK("is .+ (?:right|a good fit) for you|is this for you"),
    INDUSTRIES("(?:leading |top |key |main )?industries(?: hiring)?");

    /** A heading is short; anything longer is prose even when it starts like one. */
    private static final int MAX_HEADING = 80;

    private final Pattern pattern;

    RoleHeading(String regex) {
        this.pattern = Pattern.compile(regex);
    }

    /** The heading this line is, if any. */
    static Optional<RoleHeading> of(String line) {
        return match(line).map(found -> found.heading);
    }

    /** The role a heading names ("What is a UX Designer?" → "UX Designer"), if it names one. */
    static Optional<String> roleNamed(String line) {
        String stripped = strip(line);
        return match(line).flatMap(found -> {
            if (found.matcher.pattern().pattern().contains("?<role>")) {
                int start = found.matcher.start("role");
                if (start >= 0) {
                    return Optional.of(stripped.substring(start, found.matcher.end("role")).strip());
                }
            }
            return Optional.empty();
        });
    }

    private record Found(RoleHeading heading, Matcher matcher) {
    }

    private static Optional<Found> match(String line) {
        String stripped = strip(line);
        if (stripped.isEmpty() || stripped.length() > MAX_HEADING) {
            return Optional.empty();
        }
        String key = stripped.toLowerCase(Locale.ROOT);
        for (RoleHeading heading : values()) {
            Matcher matcher = heading.pattern.matcher(key);
            if (matcher.matches()) {
                return Optional.of(new Found(heading, matcher));
            }
        }
        return Optional.empty();
    }

    /**
     * The line as a heading key: Markdown marks and end punctuation gone, "&" spelled "and", brackets and dashes
     * made spaces. The length is kept close to the original wording so a role's name can be cut out of it.
     */
    private static String strip(String line) {
        return line.strip()
                .replaceFirst("^#+\\s*", "")
                .replace("&", "and")
                .replaceAll("[()\\[\\]–—:?!.*_\"“”]", " ")
                .replaceAll("\\s+", " ")
                .strip();
    }
}

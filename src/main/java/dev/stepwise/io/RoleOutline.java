package dev.stepwise.io;

import dev.stepwise.domain.Texts;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A role description read line by line into its parts, before any path is built: the text above the first heading,
 * the overview's paragraphs, the entries under each list heading, and every line that fits nowhere. Each non-blank
 * line lands in exactly one of them (or is a heading), which is what lets the import promise that nothing is lost.
 */
final class RoleOutline {
    /** Headings whose lines are entries of a list; the others only group or introduce. */
    static final Set<RoleHeading> LISTS = EnumSet.of(RoleHeading.STEPS, RoleHeading.BACKGROUND, RoleHeading.PRACTICE,
            RoleHeading.TECHNICAL, RoleHeading.SOFT, RoleHeading.SELF_CHECK, RoleHeading.INDUSTRIES);

    /**
     * A bullet marker and the entry after it. Symbol bullets may touch their text ("•Learn SQL"); ASCII marks and
     * numbers ("-", "*", "+", "1.", "2)") need a space, so "-1 °C" or "3.5 years" stay text.
     */
    private static final Pattern BULLET = Pattern.compile(
            "^(?:[•◦▪▫▸►‣●○■□·∙⁃]\\s*|[-*+–—]\\s+|\\(?\\d{1,3}[.)]\\s+)(\\S.*)$");
    /** A bullet marker with nothing after it: a blank line. */
    private static final Pattern MARKER_ONLY = Pattern.compile("^(?:[•◦▪▫▸►‣●○■□·∙⁃]|[-*+–—]|\\(?\\d{1,3}[.)])$");
    private static final Pattern LINE_BREAK = Pattern.compile("\\r\\n|\\r|\\n|\\u2028|\\u2029|\\u0085");
    /** Whitespace, non-breaking spaces, byte-order marks and zero-width characters: nothing a reader sees. */
    private static final String INVISIBLE = "[\\s\\u00A0\\uFEFF\\u200B-\\u200D\\u2060]+";
    private static final Pattern EDGES = Pattern.compile("^" + INVISIBLE + "|" + INVISIBLE + "$");
    private static final Pattern TABS = Pattern.compile("\\t+");

    final List<String> preamble = new ArrayList<>();
    /** Paragraphs grow line by line: builders, as joining strings would copy a long paragraph once per line. */
    final List<StringBuilder> overview = new ArrayList<>();
    final Map<RoleHeading, List<String>> lists = new EnumMap<>(RoleHeading.class);
    final Map<RoleHeading, Integer> unmarked = new EnumMap<>(RoleHeading.class);
    final Set<RoleHeading> seen = EnumSet.noneOf(RoleHeading.class);
    final List<String> unplaced = new ArrayList<>();
    /** Entries taken from a group heading's own bullets, by the list they joined: the import says so. */
    final Map<RoleHeading, Integer> fromGroup = new EnumMap<>(RoleHeading.class);
    /** Which group headings' own bullets make which list, in this text (see {@link #groupListsOf}). */
    private final Map<RoleHeading, RoleHeading> groupLists;
    String roleName;
    /** Entries of lists, marked or not: what the import's size limit counts. */
    int bullets;

    private RoleOutline(Map<RoleHeading, RoleHeading> groupLists) {
        this.groupLists = groupLists;
    }

    /**
     * A job ad often lists its steps right under "How to Become …" and its skills right under "Skills", with nothing
     * between: those bullets are the steps, and the (technical) skills, when the text has no heading that splits them
     * ("Steps"; "Technical" or "Soft"). When it has one, a bullet right under the group heading is no entry of it and
     * stays unplaced.
     */
    private static Map<RoleHeading, RoleHeading> groupListsOf(List<String> lines) {
        Set<RoleHeading> present = EnumSet.noneOf(RoleHeading.class);
        for (String line : lines) {
            if (bullet(line).isEmpty()) {
                RoleHeading.of(line).ifPresent(present::add);
            }
        }
        Map<RoleHeading, RoleHeading> groups = new EnumMap<>(RoleHeading.class);
        if (!present.contains(RoleHeading.STEPS)) {
            groups.put(RoleHeading.HOW_TO_BECOME, RoleHeading.STEPS);
        }
        if (!present.contains(RoleHeading.TECHNICAL) && !present.contains(RoleHeading.SOFT)) {
            groups.put(RoleHeading.SKILLS, RoleHeading.TECHNICAL);
        }
        return groups;
    }

    /**
     * The text's lines in order: any line break (CRLF, LF, CR), a byte-order mark anywhere stripped at the ends, and
     * tabs inside a line one space each run. A pasted page's tab is layout between words (a table's cells, a list's
     * indent), and a title is one line of text ({@code Texts.notOneLineAt}); the preview shows every entry as it will
     * be. The parser has refused other control characters already ({@link RoleCharacters}).
     */
    static List<String> lines(String text) {
        return LINE_BREAK.splitAsStream(text).map(line -> TABS.matcher(EDGES.matcher(line).replaceAll("")).replaceAll(" ")).toList();
    }

    /** The entry of a bulleted line without its marker, or empty when the line has no bullet marker. */
    static Optional<String> bullet(String line) {
        Matcher matcher = BULLET.matcher(EDGES.matcher(line).replaceAll(""));
        return matcher.matches() ? Optional.of(matcher.group(1)) : Optional.empty();
    }

    static RoleOutline read(String text) {
        List<String> lines = lines(text);
        RoleOutline outline = new RoleOutline(groupListsOf(lines));
        RoleHeading current = null;
        boolean paragraphOpen = false;
        for (String line : lines) {
            Optional<String> entry = bullet(line);
            // Blank by the rule titles are checked by (an em space, a control character, "• " before nothing visible
            // are blank too): a line kept here as an entry could never become a title.
            if (Texts.isBlank(line) || entry.filter(Texts::isBlank).isPresent() || MARKER_ONLY.matcher(line).matches()) {
                paragraphOpen = false;
                continue;
            }
            if (entry.isPresent()) {
                outline.bullets++;
                outline.entry(current, entry.get());
                continue;
            }
            Optional<RoleHeading> heading = RoleHeading.of(line);
            if (heading.isPresent()) {
                current = heading.get();
                outline.seen.add(current);
                if (outline.roleName == null) {
                    outline.roleName = RoleHeading.roleNamed(line).orElse(null);
                }
                paragraphOpen = false;
                continue;
            }
            if (current == null) {
                outline.preamble.add(line);
            } else if (current == RoleHeading.OVERVIEW) {
                outline.paragraph(line, paragraphOpen);
                paragraphOpen = true;
            } else if (LISTS.contains(current)) {
                // Pasted from a web page, lists often lose their markers: a plain line under a list heading is an entry.
                outline.unmarked.merge(current, 1, Integer::sum);
                // It counts against the limit like a marked one: uncounted, 18,000 plain lines made 18,000 items and
                // seconds of work giving them ids.
                outline.bullets++;
                outline.entry(current, line);
            } else {
                outline.unplaced.add(line);
            }
        }
        return outline;
    }

    private void entry(RoleHeading heading, String text) {
        RoleHeading list = heading == null ? null : groupLists.getOrDefault(heading, heading);
        if (list != heading) {
            seen.add(list);
            fromGroup.merge(list, 1, Integer::sum);
        }
        if (list != null && LISTS.contains(list)) {
            lists.computeIfAbsent(list, key -> new ArrayList<>()).add(text);
        } else {
            unplaced.add(text);
        }
    }

    /** Lines of one paragraph are joined with a space (pasted text wraps); paragraphs are kept apart. */
    private void paragraph(String line, boolean continues) {
        if (continues && !overview.isEmpty()) {
            overview.get(overview.size() - 1).append(' ').append(line);
        } else {
            overview.add(new StringBuilder(line));
        }
    }

    List<String> list(RoleHeading heading) {
        return lists.getOrDefault(heading, List.of());
    }

    /** Headings with entries under them, or that introduce lists: what makes a text a role description. */
    boolean hasSections() {
        return seen.stream().anyMatch(heading -> heading != RoleHeading.OVERVIEW);
    }
}

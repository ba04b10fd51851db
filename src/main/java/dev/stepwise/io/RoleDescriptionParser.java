package dev.stepwise.io;

import dev.stepwise.domain.Ids;
import dev.stepwise.domain.Item;
import dev.stepwise.domain.LearningPath;
import dev.stepwise.domain.Level;
import dev.stepwise.domain.Phrase;
import dev.stepwise.domain.Section;
import dev.stepwise.domain.SectionKind;
import dev.stepwise.domain.SelfCheck;
import dev.stepwise.domain.Skill;
import dev.stepwise.domain.Texts;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Turns a role description pasted as text into a draft path and a preview, following the mapping of the product
 * description: title, summary and "What is a …?" become the path's title, tagline and overview; "Steps", "Typical
 * Background" and "What They Do" become the three checklist sections; "Technical" and "Soft" the skills; "Is This
 * Role Right for You?" the self-checks; "Leading Industries" the industries. Pure: no store, no UI, no network.
 *
 * <p>Every entry keeps the words of its line (only the surrounding whitespace and the bullet marker go); a line that
 * fits nowhere is listed in {@link RoleImportPreview#unplaced()}, never dropped.
 */
public final class RoleDescriptionParser {
    /**
     * A role description is a page, not a book. Counted in characters as a person counts them (a character outside the
     * first plane, such as an emoji, once), as {@code import-role --help} states it.
     */
    public static final int MAX_CHARS = 200_000;
    public static final int MAX_BULLETS = 1_000;
    /** A text file larger than this holds more than {@link #MAX_CHARS} characters, whatever they are: it is not read. */
    public static final int MAX_FILE_BYTES = TextFiles.maxBytesOf(MAX_CHARS);
    /** Technical skills are what the role is hired for: the path aims at doing them alone in a real project. */
    public static final Level TECHNICAL_TARGET = Level.INDEPENDENT;
    /** Soft skills grow with the job itself: the path aims at practising them with help, not at mastering them. */
    public static final Level SOFT_TARGET = Level.GUIDED;

    private static final String FALLBACK_TITLE = "Imported role";
    /** The group heading a list's entries may sit right under, as the warning names it (see RoleOutline). */
    private static final Map<RoleHeading, String> GROUP_NAMES = Map.of(RoleHeading.STEPS, "How to Become …",
            RoleHeading.TECHNICAL, "Skills");

    /** The file the text was read from, named first in a refusal; {@code null} for pasted text. */
    private final String source;

    /** A parser for pasted text: a refusal speaks to the learner at the text box. */
    public RoleDescriptionParser() {
        this(null);
    }

    /** A parser for the text of a named file: a refusal starts with the file's name, as every file refusal does. */
    public RoleDescriptionParser(String source) {
        this.source = source;
    }

    /** @throws RoleDescriptionException saying why, when the text is empty, too large or not a role description */
    public RoleImport parse(String text) {
        if (text == null || Texts.isBlank(text)) {
            throw new RoleRefusal(Phrase.of("role.empty"), Phrase.of("role.file.empty")).in(source);
        }
        int characters = characters(text);
        if (characters > MAX_CHARS) {
            throw new RoleRefusal(Phrase.of("role.tooLong", characters, MAX_CHARS), Phrase.of("role.file.tooLong", characters, MAX_CHARS))
                    .in(source);
        }
        RoleCharacters.problem(text).ifPresent(refusal -> {
            throw refusal.in(source);
        });
        if (RoleJson.is(text)) {
            throw new RoleRefusal(Phrase.of("role.json"), Phrase.of("role.file.json")).in(source);
        }
        RoleOutline outline = RoleOutline.read(text);
        if (outline.bullets > MAX_BULLETS) {
            throw new RoleRefusal(Phrase.of("role.tooManyBullets", outline.bullets, MAX_BULLETS),
                    Phrase.of("role.file.tooManyBullets", outline.bullets, MAX_BULLETS)).in(source);
        }
        if (!outline.hasSections()) {
            throw new RoleRefusal(Phrase.of("role.notARole"), Phrase.of("role.file.notARole")).in(source);
        }
        if (outline.lists.values().stream().allMatch(List::isEmpty)) {
            throw new RoleRefusal(Phrase.of("role.noLists"), Phrase.of("role.file.noLists")).in(source);
        }
        return new Draft(outline, source).build();
    }

    /** Characters as a person counts them: a pair of UTF-16 units once, a byte-order mark (which shows nothing) not. */
    private static int characters(String text) {
        return text.codePointCount(0, text.length()) - (text.charAt(0) == '\uFEFF' ? 1 : 0);
    }

    /** One import in progress: the outline, the warnings found while building, the ids already given. */
    private static final class Draft {
        private final RoleOutline outline;
        private final List<String> unplaced;
        private final List<Phrase> warnings = new ArrayList<>();
        private final Set<String> itemIds = new HashSet<>();
        private final String source;

        Draft(RoleOutline outline, String source) {
            this.outline = outline;
            this.unplaced = new ArrayList<>(outline.unplaced);
            this.source = source;
        }

        RoleImport build() {
            RoleTitle title = RoleTitle.of(outline.preamble, outline.roleName);
            unplaced.addAll(0, title.unused());
            if (title.title() == null) {
                warnings.add(Phrase.of("role.warning.noTitle", FALLBACK_TITLE));
            }
            String pathTitle = title.title() == null ? FALLBACK_TITLE : title.title();
            if (title.tagline().isEmpty()) {
                warnings.add(Phrase.of("role.warning.noTagline"));
            }
            String overview = String.join("\n\n", outline.overview);
            if (overview.length() > Texts.MAX_TEXT) {
                throw new RoleRefusal(Phrase.of("role.overviewTooLong", Texts.MAX_TEXT),
                        Phrase.of("role.file.overviewTooLong", Texts.MAX_TEXT)).in(source);
            }
            warnMissing();
            List<Section> sections = new ArrayList<>();
            section(sections, RoleHeading.STEPS, SectionKind.STEPS);
            section(sections, RoleHeading.BACKGROUND, SectionKind.BACKGROUND);
            section(sections, RoleHeading.PRACTICE, SectionKind.PRACTICE);
            if (sections.isEmpty()) {
                // A path keeps at least one section (PathEdits, the path-file format): a text with only skills or
                // industries gets an empty Steps section, or its path could never be exported and imported again.
                sections.add(new Section("steps", SectionKind.STEPS, SectionKind.STEPS.label(), "", List.of()));
            }
            List<Skill> skills = new ArrayList<>();
            Set<String> skillIds = new HashSet<>();
            skills(skills, skillIds, RoleHeading.TECHNICAL, Skill.TECHNICAL, TECHNICAL_TARGET);
            skills(skills, skillIds, RoleHeading.SOFT, Skill.SOFT, SOFT_TARGET);
            List<SelfCheck> checks = new ArrayList<>();
            Set<String> checkIds = new HashSet<>();
            for (String statement : placeable(RoleHeading.SELF_CHECK)) {
                String id = Ids.unique(statement, "check", checkIds);
                checkIds.add(id);
                checks.add(new SelfCheck(id, statement));
            }
            List<String> industries = placeable(RoleHeading.INDUSTRIES);
            if (!unplaced.isEmpty()) {
                warnings.add(Phrase.of("role.warning.unplaced", unplaced.size()));
            }
            String id = Ids.unique(pathTitle, "imported-role", Set.of());
            LearningPath path = new LearningPath(id, 1, pathTitle, title.tagline(), overview, industries, skills, sections,
                    checks);
            return new RoleImport(path, preview(path));
        }

        private void warnMissing() {
            // The headings are named as the pasted text writes them (in English), in the learner's sentence around them.
            Map<RoleHeading, String> expected = new LinkedHashMap<>();
            expected.put(RoleHeading.OVERVIEW, "What is a …?");
            expected.put(RoleHeading.STEPS, "How to Become … → Steps");
            expected.put(RoleHeading.BACKGROUND, "Typical Background");
            expected.put(RoleHeading.PRACTICE, "What They Do (Day to Day)");
            expected.put(RoleHeading.TECHNICAL, "Core Skills → Technical");
            expected.put(RoleHeading.SOFT, "Core Skills → Soft");
            expected.put(RoleHeading.SELF_CHECK, "Is This Role Right for You?");
            expected.put(RoleHeading.INDUSTRIES, "Leading Industries");
            expected.forEach((heading, name) -> {
                if (!outline.seen.contains(heading)) {
                    warnings.add(Phrase.of("role.warning.noSection", name));
                } else if (heading != RoleHeading.OVERVIEW && outline.list(heading).isEmpty()) {
                    warnings.add(Phrase.of("role.warning.emptySection", name));
                } else if (heading == RoleHeading.OVERVIEW && outline.overview.isEmpty()) {
                    warnings.add(Phrase.of("role.warning.noOverview", name));
                }
                int fromGroup = outline.fromGroup.getOrDefault(heading, 0);
                if (fromGroup > 0) {
                    warnings.add(Phrase.of("role.warning.fromGroup", fromGroup, GROUP_NAMES.get(heading), name));
                }
                int plain = outline.unmarked.getOrDefault(heading, 0);
                if (plain > 0) {
                    warnings.add(Phrase.of("role.warning.unmarked", plain, name));
                }
            });
        }

        /** The entries under a heading that can become titles; longer ones go to {@code unplaced}, whole. */
        private List<String> placeable(RoleHeading heading) {
            List<String> fit = new ArrayList<>();
            for (String entry : outline.list(heading)) {
                if (Texts.titleProblem(Texts.Field.TITLE, entry) == null) {
                    fit.add(entry);
                } else if (Texts.stripInvisible(entry).length() > Texts.MAX_TITLE) {
                    unplaced.add(entry);
                    warnings.add(Phrase.of("role.warning.tooLongEntry", Texts.MAX_TITLE, entry.substring(0, 40)));
                } else {
                    // Tabs are spaces by now (RoleOutline.lines): what is left is a text-direction control.
                    unplaced.add(entry);
                    warnings.add(Phrase.of("role.warning.notOneLineEntry",
                            "%04X".formatted((int) entry.charAt(Texts.notOneLineAt(entry))), Texts.oneLine(entry)));
                }
            }
            return fit;
        }

        private void section(List<Section> sections, RoleHeading heading, SectionKind kind) {
            if (!outline.seen.contains(heading)) {
                return;
            }
            List<Item> items = new ArrayList<>();
            for (String title : placeable(heading)) {
                String id = Ids.unique(title, "item", itemIds);
                itemIds.add(id);
                items.add(new Item(id, title, "", List.of(), List.of(), List.of(), null, null));
            }
            String sectionId = kind.name().toLowerCase(Locale.ROOT);
            sections.add(new Section(sectionId, kind, kind.label(), "", items));
        }

        private void skills(List<Skill> skills, Set<String> ids, RoleHeading heading, String category, Level target) {
            for (String name : placeable(heading)) {
                String id = Ids.unique(name, "skill", ids);
                ids.add(id);
                skills.add(new Skill(id, name, category, "", target));
            }
        }

        private RoleImportPreview preview(LearningPath path) {
            Map<String, Integer> perSection = new LinkedHashMap<>();
            path.sections().forEach(section -> perSection.put(section.title(), section.items().size()));
            Map<String, Integer> perCategory = new LinkedHashMap<>();
            perCategory.put(Skill.TECHNICAL, 0);
            perCategory.put(Skill.SOFT, 0);
            path.skills().forEach(skill -> perCategory.merge(skill.category(), 1, Integer::sum));
            List<Phrase> notes = List.of(Phrase.of("role.note.unlinked"),
                    Phrase.of("role.note.targets", numbered(TECHNICAL_TARGET), numbered(SOFT_TARGET)));
            return new RoleImportPreview(perSection, perCategory, path.selfChecks().size(), path.industries().size(),
                    unplaced, warnings, notes);
        }
    }

    /** "3 Independent", the level's name in the learner's language. */
    private static Phrase numbered(Level level) {
        return Phrase.of("level.numbered", level.value(), new Phrase("level." + level.name(), List.of()));
    }
}

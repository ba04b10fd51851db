package dev.stepwise.io;

import dev.stepwise.domain.Item;
import dev.stepwise.domain.LearningPath;
import dev.stepwise.domain.Level;
import dev.stepwise.domain.Milestone;
import dev.stepwise.domain.Phrase;
import dev.stepwise.domain.Resource;
import dev.stepwise.domain.Section;
import dev.stepwise.domain.SectionKind;
import dev.stepwise.domain.SelfCheck;
import dev.stepwise.domain.Skill;
import dev.stepwise.domain.SubItem;
import dev.stepwise.domain.Texts;
import dev.stepwise.io.PathFileDto.ItemDto;
import dev.stepwise.io.PathFileDto.ResourceDto;
import dev.stepwise.io.PathFileDto.SectionDto;
import dev.stepwise.io.PathFileDto.SkillDto;
import dev.stepwise.io.PathFileDto.SubItemDto;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Validates a path file's DTO and builds the domain path from it. Every rule names the field it checks, so a
 * broken file is reported as "file, field: problem" and never half-read.
 */
final class PathFileMapper {

    private final String source;
    private final FieldRules rules;
    private final Set<String> itemIds = new HashSet<>();
    private final Set<String> skillIds = new HashSet<>();

    PathFileMapper(String source, boolean oneLineTitles) {
        this.source = source;
        this.rules = new FieldRules(this::fail, oneLineTitles);
    }

    LearningPath toDomain(PathFileDto dto) {
        if (!PathFileDto.FORMAT.equals(dto.format())) {
            throw fail("format", Phrase.of("file.format", PathFileDto.FORMAT, quoted(dto.format())));
        }
        if (!FieldRules.within(dto.formatVersion(), PathFileDto.OLDEST_VERSION, PathFileDto.FORMAT_VERSION)) {
            throw fail("formatVersion", FieldRules.outOfRange(dto.formatVersion(),
                    written -> Phrase.of("file.formatVersionUpTo", PathFileDto.FORMAT_VERSION, written)));
        }
        String id = id("id", dto.id());
        int contentVersion = contentVersion(rules, dto.contentVersion());
        String title = title("title", dto.title());
        List<String> industries = new ArrayList<>();
        List<String> industryDtos = list(dto.industries());
        for (int i = 0; i < industryDtos.size(); i++) {
            industries.add(title("industries[" + i + "]", industryDtos.get(i)));
        }
        List<Skill> skills = skills(list(dto.skills()));
        List<Section> sections = sections(list(dto.sections()));
        if (sections.isEmpty()) {
            throw fail("sections", Phrase.of("file.noSection"));
        }
        List<SelfCheck> selfChecks = new ArrayList<>();
        Set<String> selfCheckIds = new HashSet<>();
        for (int i = 0; i < list(dto.selfChecks()).size(); i++) {
            String field = "selfChecks[" + i + "]";
            var check = present(field, dto.selfChecks().get(i));
            String checkId = unique(field + ".id", id(field + ".id", check.id()), selfCheckIds);
            selfChecks.add(new SelfCheck(checkId, title(field + ".statement", check.statement())));
        }
        List<Milestone> milestones = new PathFileMilestones(source, rules).read(dto.formatVersion().intValueExact(), dto.milestones(),
                itemIds);
        return new LearningPath(id, contentVersion, title, text("tagline", dto.tagline()), text("overview", dto.overview()),
                industries, skills, sections, selfChecks, List.of(), milestones);
    }

    private List<Skill> skills(List<SkillDto> dtos) {
        List<Skill> skills = new ArrayList<>();
        for (int i = 0; i < dtos.size(); i++) {
            String field = "skills[" + i + "]";
            SkillDto dto = present(field, dtos.get(i));
            String skillId = unique(field + ".id", id(field + ".id", dto.id()), skillIds);
            skills.add(new Skill(skillId, title(field + ".name", dto.name()), title(field + ".category", dto.category()),
                    text(field + ".description", dto.description()), level(field + ".targetLevel", dto.targetLevel())));
        }
        return skills;
    }

    private List<Section> sections(List<SectionDto> dtos) {
        List<Section> sections = new ArrayList<>();
        Set<String> sectionIds = new HashSet<>();
        for (int i = 0; i < dtos.size(); i++) {
            String field = "sections[" + i + "]";
            SectionDto dto = present(field, dtos.get(i));
            String sectionId = unique(field + ".id", id(field + ".id", dto.id()), sectionIds);
            SectionKind kind = kind(field + ".kind", dto.kind());
            List<Item> items = new ArrayList<>();
            List<ItemDto> itemDtos = list(dto.items());
            // Counted before any is read: 850,000 items fitted in 24 MB, took 28 s to import and exported as 123 MB,
            // a file Stepwise itself then refused.
            if (itemIds.size() + itemDtos.size() > LearningPath.MAX_ITEMS) {
                throw fail(field + ".items", Phrase.of("file.tooManyItems", LearningPath.MAX_ITEMS, itemIds.size() + itemDtos.size()));
            }
            for (int j = 0; j < itemDtos.size(); j++) {
                items.add(item(field + ".items[" + j + "]", itemDtos.get(j)));
            }
            sections.add(new Section(sectionId, kind, title(field + ".title", dto.title()),
                    text(field + ".description", dto.description()), items));
        }
        return sections;
    }

    private Item item(String field, ItemDto dto) {
        present(field, dto);
        String itemId = unique(field + ".id", id(field + ".id", dto.id()), itemIds);
        List<String> skills = new ArrayList<>();
        for (int i = 0; i < list(dto.skills()).size(); i++) {
            String skillField = field + ".skills[" + i + "]";
            String skillId = id(skillField, dto.skills().get(i));
            if (!skillIds.contains(skillId)) {
                throw fail(skillField, Phrase.of("file.noSkill", skillId));
            }
            if (skills.contains(skillId)) {
                throw fail(skillField, Phrase.of("file.skillLinkedTwice", skillId));
            }
            skills.add(skillId);
        }
        BigInteger hours = dto.estimateHours();
        if (hours != null && hours.signum() < 0) {
            throw fail(field + ".estimateHours", Phrase.of("file.negative", FieldRules.written(hours)));
        }
        if (hours != null && !FieldRules.within(hours, 0, Texts.MAX_ESTIMATE_HOURS)) {
            // Grouped like the limit ("10,000"), as long as the number is one a message can still show whole.
            Object shown = hours.bitLength() < Long.SIZE ? hours : FieldRules.written(hours);
            throw fail(field + ".estimateHours", Phrase.of("file.tooManyHours", Texts.MAX_ESTIMATE_HOURS, shown));
        }
        LocalDate targetDate = date(field + ".targetDate", dto.targetDate());
        List<SubItem> subItems = new ArrayList<>();
        Set<String> subItemIds = new HashSet<>();
        for (int i = 0; i < list(dto.subItems()).size(); i++) {
            String subField = field + ".subItems[" + i + "]";
            SubItemDto sub = present(subField, dto.subItems().get(i));
            subItems.add(new SubItem(unique(subField + ".id", id(subField + ".id", sub.id()), subItemIds),
                    title(subField + ".title", sub.title())));
        }
        List<Resource> resources = new ArrayList<>();
        for (int i = 0; i < list(dto.resources()).size(); i++) {
            String resourceField = field + ".resources[" + i + "]";
            ResourceDto resource = present(resourceField, dto.resources().get(i));
            // The link is checked exactly as it is stored: stripped of surrounding whitespace, then an http(s) link
            // with a host. Control characters were refused first, so the check's own trim() changes nothing.
            String url = required(resourceField + ".url", resource.url());
            if (Texts.linkProblem(url) != null) {
                throw fail(resourceField + ".url", Phrase.of("file.notWebLink", quoted(url)));
            }
            resources.add(new Resource(title(resourceField + ".title", resource.title()), url));
        }
        return new Item(itemId, title(field + ".title", dto.title()), text(field + ".detail", dto.detail()), subItems, resources, skills,
                hours == null ? null : hours.intValueExact(), targetDate);
    }

    private SectionKind kind(String field, String value) {
        String kind = required(field, value);
        // Exactly as written by Stepwise: "Steps" or " steps " is a hand edit the schema refuses too.
        for (SectionKind candidate : SectionKind.values()) {
            if (candidate.name().toLowerCase(Locale.ROOT).equals(value)) {
                return candidate;
            }
        }
        throw fail(field, Phrase.of("file.oneOf", "steps, background, practice", quoted(kind)));
    }

    /** A path's content version: 1 or more, and within what the store keeps ({@code int}). */
    static int contentVersion(FieldRules rules, BigInteger value) {
        if (!FieldRules.within(value, 1, Integer.MAX_VALUE)) {
            throw rules.at("contentVersion", FieldRules.outOfRange(value,
                    written -> Phrase.of("file.contentVersion", Integer.MAX_VALUE, written)));
        }
        return value.intValueExact();
    }

    private Level level(String field, BigInteger value) {
        return rules.level(field, value);
    }

    private LocalDate date(String field, String value) {
        if (value != null) {
            rules.plainText(field, value);
        }
        return rules.plausibleDate(field, rules.date(field, value));
    }

    private String id(String field, String value) {
        required(field, value);
        return rules.idShape(field, value);
    }

    private String unique(String field, String id, Set<String> seen) {
        if (!seen.add(id)) {
            throw fail(field, Phrase.of("file.usedTwice", id));
        }
        return id;
    }

    /**
     * Text that must say something (not only spaces, zero-width or non-breaking spaces), such as a link: within the
     * limit of longer texts, stored without spaces at its ends.
     */
    private String required(String field, String value) {
        if (value == null || value.isEmpty()) {
            throw fail(field, Phrase.of("file.missingOrEmpty"));
        }
        String stripped = rules.limited(field, value.strip(), Texts.MAX_TEXT);
        rules.plainText(field, value);
        if (Texts.isBlank(value)) {
            throw fail(field, Phrase.of("file.blank"));
        }
        return stripped;
    }

    private String title(String field, String value) {
        return rules.title(field, value);
    }

    private <T> T present(String field, T value) {
        return rules.present(field, value);
    }

    private static <T> List<T> list(List<T> values) {
        return values == null ? List.of() : values;
    }

    /** Free text that may be empty (a description, a detail): within the limit of longer texts, stored stripped. */
    private String text(String field, String value) {
        if (value == null) {
            return "";
        }
        String stripped = rules.limited(field, value.strip(), Texts.MAX_TEXT);
        rules.plainText(field, value);
        return stripped;
    }

    private static Phrase quoted(String value) {
        return FieldRules.quoted(value);
    }

    private PathFileException fail(String field, Phrase problem) {
        return new PathFileException(source, field, problem, null);
    }
}

package dev.stepwise.io;

import dev.stepwise.domain.Milestone;
import dev.stepwise.domain.Phrase;
import dev.stepwise.io.PathFileDto.MilestoneDto;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads a path file's milestones (format version 2) as strictly as the rest: unique ids, a title that says something,
 * a date that exists, and only items the file itself holds, each once. A version 1 file has none, and a
 * {@code milestones} field in one is refused: that file claims a version it does not follow.
 */
final class PathFileMilestones {
    /** More than any calendar needs (a milestone a week for twenty years); bounds the work a hostile file can ask for. */
    static final int MAX_MILESTONES = 1_000;

    private final String source;
    private final FieldRules rules;

    PathFileMilestones(String source, FieldRules rules) {
        this.source = source;
        this.rules = rules;
    }

    List<Milestone> read(int formatVersion, List<MilestoneDto> dtos, Set<String> itemIds) {
        if (dtos == null) {
            return List.of();
        }
        if (formatVersion < 2) {
            throw fail("milestones", Phrase.of("file.milestonesNeedVersion", 2));
        }
        if (dtos.size() > MAX_MILESTONES) {
            throw fail("milestones", Phrase.of("file.tooManyMilestones", MAX_MILESTONES, dtos.size()));
        }
        List<Milestone> milestones = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < dtos.size(); i++) {
            String field = "milestones[" + i + "]";
            MilestoneDto dto = rules.present(field, dtos.get(i));
            String id = id(field + ".id", dto.id());
            if (!ids.add(id)) {
                throw fail(field + ".id", Phrase.of("file.usedTwice", id));
            }
            String title = title(field + ".title", dto.title());
            String due = required(field + ".due", dto.due());
            LocalDate date = rules.plausibleDate(field + ".due", rules.date(field + ".due", due));
            List<String> items = new ArrayList<>();
            Set<String> listed = new HashSet<>();
            List<String> itemDtos = dto.items() == null ? List.of() : dto.items();
            for (int j = 0; j < itemDtos.size(); j++) {
                String itemField = field + ".items[" + j + "]";
                String itemId = id(itemField, itemDtos.get(j));
                if (!itemIds.contains(itemId)) {
                    throw fail(itemField, Phrase.of("file.noItem", itemId));
                }
                if (!listed.add(itemId)) {
                    throw fail(itemField, Phrase.of("file.itemListedTwice", itemId));
                }
                items.add(itemId);
            }
            milestones.add(new Milestone(id, title, date, items));
        }
        return milestones;
    }

    private String id(String field, String value) {
        required(field, value);
        return rules.idShape(field, value);
    }

    private String required(String field, String value) {
        if (value == null || value.isEmpty()) {
            throw fail(field, Phrase.of("file.missingOrEmpty"));
        }
        rules.plainText(field, value);
        return value;
    }

    private String title(String field, String value) {
        return rules.title(field, value);
    }

    private PathFileException fail(String field, Phrase problem) {
        return new PathFileException(source, field, problem, null);
    }
}

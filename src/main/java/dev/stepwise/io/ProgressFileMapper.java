package dev.stepwise.io;

import dev.stepwise.domain.ItemProgress;
import dev.stepwise.domain.ItemStatus;
import dev.stepwise.domain.Level;
import dev.stepwise.domain.Phrase;
import dev.stepwise.domain.ProgressFile;
import dev.stepwise.domain.Rating;
import dev.stepwise.domain.Review;
import dev.stepwise.domain.ReviewPlan;
import dev.stepwise.domain.SelfCheckAnswer;
import dev.stepwise.domain.SkillProgress;
import dev.stepwise.domain.StudyEntry;
import dev.stepwise.domain.StudySource;
import dev.stepwise.domain.Texts;
import dev.stepwise.io.ProgressFileDto.ItemDto;
import dev.stepwise.io.ProgressFileDto.RatingDto;
import dev.stepwise.io.ProgressFileDto.ReviewDto;
import dev.stepwise.io.ProgressFileDto.SelfCheckAnswerDto;
import dev.stepwise.io.ProgressFileDto.SkillDto;
import dev.stepwise.io.ProgressFileDto.StudyTimeDto;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Validates a progress file's DTO and builds the domain {@link ProgressFile} from it; every rule names its field.
 * Ids are checked for shape and uniqueness only: whether they exist in the installed path is for the import to
 * decide, which may keep progress of items that are gone (as the store does for archived items).
 */
final class ProgressFileMapper {
    private static final Pattern UTC_TIME = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T([01]\\d|2[0-3]):[0-5]\\d:[0-5]\\d(\\.\\d{1,9})?Z");
    /** One fixed form, nine fraction digits always, so the same instant is always written the same way. */
    private static final DateTimeFormatter INSTANT = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSSSSS'Z'")
            .withZone(ZoneOffset.UTC);

    private final String source;
    private final FieldRules rules = new FieldRules(this::fail);
    private EventTimes times;

    ProgressFileMapper(String source) {
        this.source = source;
    }

    static String formatInstant(Instant instant) {
        return INSTANT.format(instant);
    }

    /** An enum constant as the file spells it: {@code NOT_STARTED} is {@code "not-started"}. */
    static String name(Enum<?> constant) {
        return constant.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    ProgressFile toDomain(ProgressFileDto dto) {
        if (!ProgressFileDto.FORMAT.equals(dto.format())) {
            throw fail("format", Phrase.of("file.format", ProgressFileDto.FORMAT, quoted(dto.format())));
        }
        if (!FieldRules.within(dto.formatVersion(), ProgressFileDto.FIRST_VERSION, ProgressFileDto.FORMAT_VERSION)) {
            throw fail("formatVersion", FieldRules.outOfRange(dto.formatVersion(), written -> Phrase.of(
                    "file.progress.formatVersions", ProgressFileDto.FIRST_VERSION, ProgressFileDto.FORMAT_VERSION, written)));
        }
        int version = dto.formatVersion().intValueExact();
        if (version == ProgressFileDto.FIRST_VERSION) {
            // Version 1 had neither list: a version-1 file that has one was not written by Stepwise.
            if (dto.studyTime() != null) {
                throw fail("studyTime", Phrase.of("file.progress.notInVersion", "studyTime", ProgressFileDto.FIRST_VERSION));
            }
            if (dto.reviews() != null) {
                throw fail("reviews", Phrase.of("file.progress.notInVersion", "reviews", ProgressFileDto.FIRST_VERSION));
            }
        }
        String pathId = id("pathId", dto.pathId());
        times = new EventTimes(rules, Instant.now());
        Instant exportedAt = times.past("exportedAt", instant("exportedAt", dto.exportedAt()));
        Map<String, ItemProgress> items = new HashMap<>();
        for (int i = 0; i < list(dto.items()).size(); i++) {
            ItemProgress item = item("items[" + i + "]", dto.items().get(i));
            unique("items[" + i + "].itemId", item.itemId(), items.keySet());
            items.put(item.itemId(), item);
        }
        Map<String, SkillProgress> skills = new HashMap<>();
        for (int i = 0; i < list(dto.skills()).size(); i++) {
            SkillProgress skill = skill("skills[" + i + "]", dto.skills().get(i));
            unique("skills[" + i + "].skillId", skill.skillId(), skills.keySet());
            skills.put(skill.skillId(), skill);
        }
        Map<String, SelfCheckAnswer> answers = new HashMap<>();
        for (int i = 0; i < list(dto.selfCheckAnswers()).size(); i++) {
            String field = "selfCheckAnswers[" + i + "]";
            SelfCheckAnswerDto answer = present(field, dto.selfCheckAnswers().get(i));
            String checkId = unique(field + ".selfCheckId", id(field + ".selfCheckId", answer.selfCheckId()), answers.keySet());
            answers.put(checkId, constant(field + ".answer", answer.answer(), SelfCheckAnswer.class));
        }
        return new ProgressFile(pathId, exportedAt, items, skills, answers, studyTime(dto.studyTime()),
                reviews(dto.reviews(), items));
    }

    private List<StudyEntry> studyTime(List<StudyTimeDto> dtos) {
        List<StudyEntry> entries = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < list(dtos).size(); i++) {
            String field = "studyTime[" + i + "]";
            StudyTimeDto dto = present(field, dtos.get(i));
            String itemId = id(field + ".itemId", dto.itemId());
            Instant startedAt = times.past(field + ".startedAt", instant(field + ".startedAt", dto.startedAt()));
            BigInteger minutes = dto.minutes();
            if (!FieldRules.within(minutes, 1, StudyEntry.MAX_MINUTES)) {
                throw fail(field + ".minutes", FieldRules.outOfRange(minutes,
                        written -> Phrase.of("file.progress.minutes", StudyEntry.MAX_MINUTES, written)));
            }
            StudySource studySource = constant(field + ".source", dto.source(), StudySource.class);
            StudyEntry entry = new StudyEntry(itemId, startedAt, minutes.intValueExact(), studySource);
            seen.add(unique(field + ".startedAt", entry.key(), seen));
            entries.add(entry);
        }
        return entries;
    }

    /** Reviews; only of items done as far as the file says (an item it does not list is the import's to check). */
    private Map<String, Review> reviews(List<ReviewDto> dtos, Map<String, ItemProgress> items) {
        Map<String, Review> reviews = new HashMap<>();
        for (int i = 0; i < list(dtos).size(); i++) {
            String field = "reviews[" + i + "]";
            ReviewDto dto = present(field, dtos.get(i));
            String itemId = unique(field + ".itemId", id(field + ".itemId", dto.itemId()), reviews.keySet());
            LocalDate dueOn = rules.date(field + ".dueOn", required(field + ".dueOn", dto.dueOn()));
            ReviewPlan plan = constant(field + ".plan", dto.plan(), ReviewPlan.class);
            int last = plan == ReviewPlan.SPACED ? Review.SPACING.size() - 1 : 0;
            if (!FieldRules.within(dto.step(), 0, last)) {
                throw fail(field + ".step", FieldRules.outOfRange(dto.step(), written -> Phrase.of("file.progress.step", last, written)));
            }
            ItemProgress item = items.get(itemId);
            if (item != null && item.status() != ItemStatus.DONE) {
                throw fail(field + ".itemId", Phrase.of("file.progress.reviewNotDone", quoted(name(item.status()))));
            }
            reviews.put(itemId, new Review(itemId, dueOn, plan, dto.step().intValueExact()));
        }
        return reviews;
    }

    private ItemProgress item(String field, ItemDto dto) {
        present(field, dto);
        String itemId = id(field + ".itemId", dto.itemId());
        ItemStatus status = constant(field + ".status", dto.status(), ItemStatus.class);
        LocalDate startedOn = times.pastDay(field + ".startedOn", date(field + ".startedOn", dto.startedOn()));
        LocalDate doneOn = times.pastDay(field + ".doneOn", date(field + ".doneOn", dto.doneOn()));
        // Stepwise never dates a finish before its start (ItemProgress.withStatus), so such a pair was edited.
        if (startedOn != null && doneOn != null && doneOn.isBefore(startedOn)) {
            throw fail(field + ".doneOn", Phrase.of("file.progress.doneBeforeStart", doneOn.toString(), startedOn.toString()));
        }
        // The domain sets a done date only on the way to done and clears it on the way out (ItemProgress.withStatus),
        // so a done date on an item that is not done cannot come from Stepwise: the file was edited or is corrupt.
        if (doneOn != null && status != ItemStatus.DONE) {
            throw fail(field + ".doneOn", Phrase.of("file.doneDate", quoted(name(status))));
        }
        Set<String> subItems = new HashSet<>();
        for (int i = 0; i < list(dto.doneSubItems()).size(); i++) {
            String subField = field + ".doneSubItems[" + i + "]";
            subItems.add(unique(subField, id(subField, dto.doneSubItems().get(i)), subItems));
        }
        return new ItemProgress(itemId, status, note(field + ".note", dto.note()), subItems, startedOn, doneOn);
    }

    /**
     * A learner's note, kept exactly (a note is theirs, so nothing is trimmed), but with no control character other
     * than tab and newline: those come from a damaged or hostile file, never from typing.
     */
    private String note(String field, String value) {
        if (value == null) {
            return "";
        }
        Phrase tooLong = Texts.noteProblem(value);
        if (tooLong != null) {
            throw rules.at(field, tooLong);
        }
        rules.plainText(field, value);
        return value;
    }

    private SkillProgress skill(String field, SkillDto dto) {
        present(field, dto);
        String skillId = id(field + ".skillId", dto.skillId());
        Level ownTarget = dto.ownTarget() == null ? null : level(field + ".ownTarget", dto.ownTarget());
        List<Rating> ratings = new ArrayList<>();
        for (int i = 0; i < list(dto.ratings()).size(); i++) {
            String ratingField = field + ".ratings[" + i + "]";
            RatingDto rating = present(ratingField, dto.ratings().get(i));
            ratings.add(new Rating(level(ratingField + ".level", rating.level()), times.past(ratingField + ".ratedAt",
                    instant(ratingField + ".ratedAt", rating.ratedAt())),
                    note(ratingField + ".note", rating.note())));
        }
        return new SkillProgress(skillId, ownTarget, ratings);
    }

    private <E extends Enum<E>> E constant(String field, String value, Class<E> type) {
        String text = required(field, value);
        for (E constant : type.getEnumConstants()) {
            if (name(constant).equals(text)) {
                return constant;
            }
        }
        String allowed = Arrays.stream(type.getEnumConstants()).map(ProgressFileMapper::name).collect(Collectors.joining(", "));
        throw fail(field, Phrase.of("file.oneOf", allowed, quoted(text)));
    }

    private Level level(String field, BigInteger value) {
        return rules.level(field, value);
    }

    private LocalDate date(String field, String value) {
        return rules.date(field, value);
    }

    private Instant instant(String field, String value) {
        String text = required(field, value);
        try {
            // Only the form Stepwise writes: Instant.parse would also take "t", "z", offsets and a leap second.
            if (!UTC_TIME.matcher(text).matches()) {
                throw new DateTimeParseException("not a UTC time", text, 0);
            }
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            throw fail(field, Phrase.of("file.utcTime", quoted(text)));
        }
    }

    private String id(String field, String value) {
        return rules.idShape(field, required(field, value));
    }

    /** Checks only; the caller records the id. */
    private String unique(String field, String id, Set<String> seen) {
        if (seen.contains(id)) {
            throw fail(field, Phrase.of("file.usedTwice", id));
        }
        return id;
    }

    private String required(String field, String value) {
        if (value == null || value.isBlank()) {
            throw fail(field, Phrase.of("file.missingOrEmpty"));
        }
        return value;
    }

    private <T> T present(String field, T value) {
        return rules.present(field, value);
    }

    private static <T> List<T> list(List<T> values) {
        return values == null ? List.of() : values;
    }

    private static Phrase quoted(String value) {
        return FieldRules.quoted(value);
    }

    private ProgressFileException fail(String field, Phrase problem) {
        return new ProgressFileException(source, field, problem, null);
    }
}

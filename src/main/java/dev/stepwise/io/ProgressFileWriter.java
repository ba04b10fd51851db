package dev.stepwise.io;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import dev.stepwise.domain.ItemProgress;
import dev.stepwise.domain.PathState;
import dev.stepwise.domain.ProgressFile;
import dev.stepwise.domain.SkillProgress;
import dev.stepwise.domain.StudyEntry;
import dev.stepwise.domain.StudyLog;
import dev.stepwise.io.ProgressFileDto.ItemDto;
import dev.stepwise.io.ProgressFileDto.RatingDto;
import dev.stepwise.io.ProgressFileDto.ReviewDto;
import dev.stepwise.io.ProgressFileDto.SelfCheckAnswerDto;
import dev.stepwise.io.ProgressFileDto.SkillDto;
import dev.stepwise.io.ProgressFileDto.StudyTimeDto;
import java.math.BigInteger;
import java.time.Clock;
import java.util.Comparator;
import java.util.Map;
import java.util.TreeMap;

/**
 * Writes a learner's progress as a {@code stepwise-progress} document. The output depends on nothing but the
 * progress: entries sorted by id, ratings and study sessions by time, instants with all nine fraction digits in UTC, "\n" line ends on
 * every platform. So a file read by {@link ProgressFileReader} and written again is the same, byte for byte.
 */
public final class ProgressFileWriter {
    private static final DefaultIndenter INDENTER = new DefaultIndenter("  ", "\n");

    private final Clock clock;
    private final ObjectWriter writer = new ObjectMapper()
            .setDefaultPropertyInclusion(JsonInclude.Value.empty().withValueInclusion(JsonInclude.Include.NON_NULL))
            .writer(new DefaultPrettyPrinter().withObjectIndenter(INDENTER).withArrayIndenter(INDENTER));

    /** @param clock gives the {@code exportedAt} of {@link #write(PathState)} */
    public ProgressFileWriter(Clock clock) {
        this.clock = clock;
    }

    /** The state's progress without study time, exported now. */
    public String write(PathState state) {
        return write(state, StudyLog.empty());
    }

    /** The state's progress with its study time and reviews, exported now. */
    public String write(PathState state, StudyLog log) {
        return write(ProgressFile.of(state, log, clock.instant()));
    }

    public String write(ProgressFile progress) {
        try {
            return writer.writeValueAsString(toDto(progress)) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("could not write the progress on path " + progress.pathId(), e);
        }
    }

    static ProgressFileDto toDto(ProgressFile progress) {
        return new ProgressFileDto(ProgressFileDto.FORMAT, BigInteger.valueOf(ProgressFileDto.FORMAT_VERSION), progress.pathId(),
                ProgressFileMapper.formatInstant(progress.exportedAt()),
                sorted(progress.items()).values().stream().map(ProgressFileWriter::item).toList(),
                sorted(progress.skills()).values().stream().map(ProgressFileWriter::skill).toList(),
                sorted(progress.selfCheckAnswers()).entrySet().stream()
                        .map(answer -> new SelfCheckAnswerDto(answer.getKey(), ProgressFileMapper.name(answer.getValue())))
                        .toList(),
                progress.studyTime().stream()
                        .sorted(Comparator.comparing(StudyEntry::startedAt).thenComparing(StudyEntry::itemId))
                        .map(entry -> new StudyTimeDto(entry.itemId(), ProgressFileMapper.formatInstant(entry.startedAt()),
                                BigInteger.valueOf(entry.minutes()), ProgressFileMapper.name(entry.source())))
                        .toList(),
                sorted(progress.reviews()).values().stream()
                        .map(review -> new ReviewDto(review.itemId(), review.dueOn().toString(), ProgressFileMapper.name(review.plan()),
                                BigInteger.valueOf(review.step())))
                        .toList());
    }

    private static ItemDto item(ItemProgress item) {
        return new ItemDto(item.itemId(), ProgressFileMapper.name(item.status()), emptyAsNull(item.note()),
                item.startedOn() == null ? null : item.startedOn().toString(),
                item.doneOn() == null ? null : item.doneOn().toString(),
                item.doneSubItemIds().isEmpty() ? null : item.doneSubItemIds().stream().sorted().toList());
    }

    private static SkillDto skill(SkillProgress skill) {
        return new SkillDto(skill.skillId(), skill.ownTarget() == null ? null : BigInteger.valueOf(skill.ownTarget().value()),
                skill.history().stream()
                        .map(rating -> new RatingDto(BigInteger.valueOf(rating.level().value()),
                                ProgressFileMapper.formatInstant(rating.ratedAt()),
                                emptyAsNull(rating.note())))
                        .toList());
    }

    private static <V> Map<String, V> sorted(Map<String, V> byId) {
        return new TreeMap<>(byId);
    }

    private static String emptyAsNull(String text) {
        return text.isEmpty() ? null : text;
    }
}

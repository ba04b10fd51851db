package dev.stepwise.io;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * The {@code stepwise-progress} file format, version 1, exactly as it is on disk: a learner's progress on one path.
 * Kept apart from the domain, like {@link PathFileDto}; {@link ProgressFileMapper} converts. Lists, not maps, so the
 * order on disk is ours (sorted by id) and a duplicate id can be named by its position.
 */
@JsonPropertyOrder({"format", "formatVersion", "pathId", "exportedAt", "items", "skills", "selfCheckAnswers"})
public record ProgressFileDto(
        String format,
        Integer formatVersion,
        String pathId,
        String exportedAt,
        List<ItemDto> items,
        List<SkillDto> skills,
        List<SelfCheckAnswerDto> selfCheckAnswers) {

    public static final String FORMAT = "stepwise-progress";
    public static final int FORMAT_VERSION = 1;

    @JsonPropertyOrder({"itemId", "status", "note", "startedOn", "doneOn", "doneSubItems"})
    public record ItemDto(String itemId, String status, String note, String startedOn, String doneOn, List<String> doneSubItems) {
    }

    @JsonPropertyOrder({"skillId", "ownTarget", "ratings"})
    public record SkillDto(String skillId, Integer ownTarget, List<RatingDto> ratings) {
    }

    @JsonPropertyOrder({"level", "ratedAt", "note"})
    public record RatingDto(Integer level, String ratedAt, String note) {
    }

    @JsonPropertyOrder({"selfCheckId", "answer"})
    public record SelfCheckAnswerDto(String selfCheckId, String answer) {
    }
}

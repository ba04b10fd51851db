package dev.stepwise.io;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.math.BigInteger;
import java.util.List;

/**
 * The {@code stepwise-progress} file format, version 2, exactly as it is on disk: a learner's progress on one path.
 * Kept apart from the domain, like {@link PathFileDto}; {@link ProgressFileMapper} converts. Lists, not maps, so the
 * order on disk is ours (sorted by id) and a duplicate id can be named by its position.
 *
 * <p>Values: statuses {@code not-started, learning, done, skipped}; answers {@code agree, not-sure, disagree}; levels
 * the whole numbers 0–4; dates {@code 2026-03-31}; instants UTC with nine fraction digits
 * ({@code 2026-03-31T09:30:00.000000000Z}; any ISO-8601 UTC instant is read). Optional, left out when empty:
 * {@code note}, {@code startedOn}, {@code doneOn}, {@code doneSubItems}, {@code ownTarget}. A {@code doneOn} on an item
 * whose status is not {@code done} is refused: Stepwise clears the done date whenever an item leaves done, so such a
 * file did not come from it. Ids are checked for shape and uniqueness, not against any installed path.
 *
 * <p>Version 2 adds {@code studyTime} (sessions: item, start instant, minutes 1–1440, {@code timer} or {@code manual};
 * a session is identified by its item and start, so each pair appears once) and {@code reviews} (a done item's next
 * review: {@code dueOn}, plan {@code in-two-weeks} or {@code spaced}, spaced step 0–3). Version 1 files are still read;
 * they carry neither list.
 *
 * <p>Whole numbers are read as written, however large, like {@link PathFileDto}'s: one beyond its field's range is
 * refused by the mapper's range check, naming the field.
 */
@JsonPropertyOrder({"format", "formatVersion", "pathId", "exportedAt", "items", "skills", "selfCheckAnswers", "studyTime",
    "reviews"})
public record ProgressFileDto(
        String format,
        BigInteger formatVersion,
        String pathId,
        String exportedAt,
        List<ItemDto> items,
        List<SkillDto> skills,
        List<SelfCheckAnswerDto> selfCheckAnswers,
        List<StudyTimeDto> studyTime,
        List<ReviewDto> reviews) {

    public static final String FORMAT = "stepwise-progress";
    public static final int FORMAT_VERSION = 2;
    /** The first version, without study time and reviews; still read. */
    public static final int FIRST_VERSION = 1;

    @JsonPropertyOrder({"itemId", "status", "note", "startedOn", "doneOn", "doneSubItems"})
    public record ItemDto(String itemId, String status, String note, String startedOn, String doneOn, List<String> doneSubItems) {
    }

    @JsonPropertyOrder({"skillId", "ownTarget", "ratings"})
    public record SkillDto(String skillId, BigInteger ownTarget, List<RatingDto> ratings) {
    }

    @JsonPropertyOrder({"level", "ratedAt", "note"})
    public record RatingDto(BigInteger level, String ratedAt, String note) {
    }

    @JsonPropertyOrder({"selfCheckId", "answer"})
    public record SelfCheckAnswerDto(String selfCheckId, String answer) {
    }

    @JsonPropertyOrder({"itemId", "startedAt", "minutes", "source"})
    public record StudyTimeDto(String itemId, String startedAt, BigInteger minutes, String source) {
    }

    @JsonPropertyOrder({"itemId", "dueOn", "plan", "step"})
    public record ReviewDto(String itemId, String dueOn, String plan, BigInteger step) {
    }
}

package dev.stepwise.io;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.math.BigInteger;
import java.util.List;

/**
 * The {@code stepwise-path} file format, version 2, exactly as it is on disk. Kept apart from the domain so the
 * file format can evolve (and stay readable) without reshaping the model; {@link PathFileMapper} converts. Whole
 * numbers are read as written, however large, so that one beyond its field's range is refused by the mapper's range
 * check, naming the field, rather than by the parser.
 */
@JsonPropertyOrder({"format", "formatVersion", "id", "contentVersion", "title", "tagline", "overview", "industries",
        "skills", "sections", "selfChecks", "milestones"})
public record PathFileDto(
        String format,
        BigInteger formatVersion,
        String id,
        BigInteger contentVersion,
        String title,
        String tagline,
        String overview,
        List<String> industries,
        List<SkillDto> skills,
        List<SectionDto> sections,
        List<SelfCheckDto> selfChecks,
        List<MilestoneDto> milestones) {

    public static final String FORMAT = "stepwise-path";
    /** Version 2 adds milestones; version 1 files (without them) are still read. */
    public static final int FORMAT_VERSION = 2;
    /** The oldest version still read. */
    public static final int OLDEST_VERSION = 1;

    public record SkillDto(String id, String name, String category, String description, BigInteger targetLevel) {
    }

    public record SectionDto(String id, String kind, String title, String description, List<ItemDto> items) {
    }

    public record ItemDto(
            String id,
            String title,
            String detail,
            List<String> skills,
            BigInteger estimateHours,
            String targetDate,
            List<SubItemDto> subItems,
            List<ResourceDto> resources) {
    }

    public record SubItemDto(String id, String title) {
    }

    public record ResourceDto(String title, String url) {
    }

    public record SelfCheckDto(String id, String statement) {
    }

    /** Version 2: a dated milestone holding items of this path, by id. */
    @JsonPropertyOrder({"id", "title", "due", "items"})
    public record MilestoneDto(String id, String title, String due, List<String> items) {
    }
}

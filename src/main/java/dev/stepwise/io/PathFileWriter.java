package dev.stepwise.io;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.stepwise.domain.Item;
import dev.stepwise.domain.LearningPath;
import dev.stepwise.domain.Section;
import dev.stepwise.domain.Skill;
import dev.stepwise.io.PathFileDto.ItemDto;
import dev.stepwise.io.PathFileDto.MilestoneDto;
import dev.stepwise.io.PathFileDto.ResourceDto;
import dev.stepwise.io.PathFileDto.SectionDto;
import dev.stepwise.io.PathFileDto.SelfCheckDto;
import dev.stepwise.io.PathFileDto.SkillDto;
import dev.stepwise.io.PathFileDto.SubItemDto;
import java.math.BigInteger;
import java.util.Locale;

/**
 * Writes a path as a {@code stepwise-path} document that {@link PathFileReader} reads back to an equal path. Archived
 * items are the learner's own history, not path content, and are not written.
 */
public final class PathFileWriter {
    private final ObjectMapper mapper = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .setDefaultPropertyInclusion(JsonInclude.Value.empty().withValueInclusion(JsonInclude.Include.NON_NULL));

    public String write(LearningPath path) {
        try {
            return mapper.writeValueAsString(toDto(path));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("could not write path " + path.id(), e);
        }
    }

    /**
     * The same document without indentation, for what only Stepwise reads back (the upstream base kept in the
     * database): about a third fewer bytes to write, commit and checkpoint at every install and update.
     */
    public String writeCompact(LearningPath path) {
        try {
            return mapper.writer().without(SerializationFeature.INDENT_OUTPUT).writeValueAsString(toDto(path));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("could not write path " + path.id(), e);
        }
    }

    static PathFileDto toDto(LearningPath path) {
        return new PathFileDto(PathFileDto.FORMAT, BigInteger.valueOf(PathFileDto.FORMAT_VERSION), path.id(),
                BigInteger.valueOf(path.contentVersion()),
                path.title(), path.tagline(), path.overview(), path.industries(),
                path.skills().stream().map(PathFileWriter::skill).toList(),
                path.sections().stream().map(PathFileWriter::section).toList(),
                path.selfChecks().stream().map(check -> new SelfCheckDto(check.id(), check.statement())).toList(),
                path.milestones().isEmpty() ? null : path.milestones().stream().map(milestone -> new MilestoneDto(milestone.id(),
                        milestone.title(), milestone.due().toString(), milestone.itemIds())).toList());
    }

    private static SkillDto skill(Skill skill) {
        return new SkillDto(skill.id(), skill.name(), skill.category(), skill.description(),
                BigInteger.valueOf(skill.targetLevel().value()));
    }

    private static SectionDto section(Section section) {
        return new SectionDto(section.id(), section.kind().name().toLowerCase(Locale.ROOT), section.title(),
                section.description(), section.items().stream().map(PathFileWriter::item).toList());
    }

    private static ItemDto item(Item item) {
        return new ItemDto(item.id(), item.title(), item.detail(), item.skillIds(),
                item.estimateHours() == null ? null : BigInteger.valueOf(item.estimateHours()),
                item.targetDate() == null ? null : item.targetDate().toString(),
                item.subItems().stream().map(sub -> new SubItemDto(sub.id(), sub.title())).toList(),
                item.resources().stream().map(resource -> new ResourceDto(resource.title(), resource.url())).toList());
    }
}

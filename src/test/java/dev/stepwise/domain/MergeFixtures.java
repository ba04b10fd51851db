package dev.stepwise.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Small paths and shorthands shared by the {@code UpstreamMerge*Test} classes. */
final class MergeFixtures {
    static final Instant NOW = Instant.parse("2025-05-01T09:00:00Z");
    static final Instant EARLIER = Instant.parse("2025-02-01T09:00:00Z");
    static final Skill DOCKER = new Skill("docker", "Containers", Skill.TECHNICAL, "", Level.GUIDED);

    private MergeFixtures() {
    }

    static MergeResult merge(LearningPath base, LearningPath theirs, LearningPath mine) {
        return UpstreamMerge.merge(base, theirs, mine, id -> false, id -> false, NOW);
    }

    static MergeResult merge(LearningPath base, LearningPath theirs, LearningPath mine,
                             Set<String> itemsWithProgress, Set<String> skillsWithProgress) {
        return UpstreamMerge.merge(base, theirs, mine, itemsWithProgress::contains, skillsWithProgress::contains, NOW);
    }

    /** The same path as a newer bundled version. */
    static LearningPath v2(LearningPath path) {
        return new LearningPath(path.id(), path.contentVersion() + 1, path.title(), path.tagline(), path.overview(),
                path.industries(), path.skills(), path.sections(), path.selfChecks(), path.archived());
    }

    static LearningPath withSkills(LearningPath path, List<Skill> skills) {
        return new LearningPath(path.id(), path.contentVersion(), path.title(), path.tagline(), path.overview(),
                path.industries(), skills, path.sections(), path.selfChecks(), path.archived());
    }

    static LearningPath withSkillOrder(LearningPath path, String... ids) {
        List<Skill> skills = new ArrayList<>();
        for (String id : ids) {
            skills.add(path.skill(id).orElse(DOCKER));
        }
        return withSkills(path, skills);
    }

    static LearningPath rename(LearningPath path, String itemId, String title) {
        return PathEdits.updateItem(path, itemId, item -> item.withTitle(title));
    }

    static LearningPath addItem(LearningPath path, String sectionId, int index, String id, String title) {
        return PathEdits.addItem(path, sectionId, index, TestPaths.item(id, title, List.of()));
    }

    static List<String> itemIds(LearningPath path, String sectionId) {
        return path.section(sectionId).orElseThrow().items().stream().map(Item::id).toList();
    }

    static List<String> sectionIds(LearningPath path) {
        return path.sections().stream().map(Section::id).toList();
    }

    static List<String> skillIds(LearningPath path) {
        return path.skills().stream().map(Skill::id).toList();
    }

    static List<String> archivedIds(LearningPath path) {
        return path.archived().stream().map(ArchivedItem::id).toList();
    }

    /** "KIND SUBJECT id" per change, to check which changes are listed and in what order. */
    static List<String> summary(MergeResult result) {
        return result.changes().stream().map(c -> c.kind() + " " + c.subject() + " " + c.id()).toList();
    }

    /** A change as the tests write it: "KIND SUBJECT id “title”: detail", the detail in English. */
    static String change(UpstreamChange.Kind kind, UpstreamChange.Subject subject, String id,
                         String title, String detail) {
        return kind + " " + subject + " " + id + " “" + title + "”: " + detail;
    }

    /** The changes written as {@link #change} writes them. */
    static List<String> described(List<UpstreamChange> changes) {
        return changes.stream().map(c -> change(c.kind(), c.subject(), c.id(), c.title(), detail(c))).toList();
    }

    /** A change's detail in English, empty when there is none. */
    static String detail(UpstreamChange change) {
        return change.hasDetail() ? change.detail().english() : "";
    }

    /** Theirs with a bit of everything: renames, an added, a removed and a moved item, a new section and skill. */
    static LearningPath busyUpstream(LearningPath base) {
        LearningPath theirs = PathEdits.withDetails(base, "Backend Developer", "Builds servers", "Overview");
        theirs = PathEdits.editSection(theirs, "practice", "Practice", "");
        theirs = addItem(theirs, "steps", 1, "docker-step", "Learn Docker");
        theirs = PathEdits.removeItem(theirs, TestPaths.DEGREE);
        theirs = PathEdits.moveItem(theirs, TestPaths.SCHEMA, "steps", 4);
        theirs = PathEdits.addSection(theirs, 3, new Section("projects", SectionKind.PRACTICE, "Projects", "",
                List.of(TestPaths.item("portfolio", "Build a portfolio project", List.of("apis")))));
        theirs = SkillEdits.updateSkill(theirs, "sql", "Databases", Skill.TECHNICAL, "SQL", Level.TEACHES);
        theirs = SkillEdits.addSkill(theirs, DOCKER);
        return v2(theirs);
    }
}

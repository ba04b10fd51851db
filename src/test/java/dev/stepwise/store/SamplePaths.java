package dev.stepwise.store;

import dev.stepwise.domain.Item;
import dev.stepwise.domain.LearningPath;
import dev.stepwise.domain.Level;
import dev.stepwise.domain.Resource;
import dev.stepwise.domain.Section;
import dev.stepwise.domain.SectionKind;
import dev.stepwise.domain.SelfCheck;
import dev.stepwise.domain.Skill;
import dev.stepwise.domain.SubItem;
import java.time.LocalDate;
import java.util.List;

/**
 * A small path for store and service tests. Every list is deliberately <em>not</em> in alphabetical order of its
 * ids (z…, a…, m…), so a query that forgets {@code ORDER BY position} and falls back to key order is caught.
 *
 * <pre>
 * z-steps      STEPS       z-first  (3 sub-steps z/a/m, 2 resources, skills zz-sql, aa-api; 10 h; due 2026-03-31)
 *                          a-second (no estimate, no date; skill mm-talk)
 * a-practice   PRACTICE    m-third  (1 sub-step; skills aa-api, zz-sql, mm-talk; 0 h)
 * m-background BACKGROUND  (no items)
 * skills: zz-sql (Technical, 3), aa-api (Technical, 2), mm-talk (Soft, 1)
 * </pre>
 */
public final class SamplePaths {
    public static final String ID = "sample-path";
    public static final String FIRST = "z-first";
    public static final String SECOND = "a-second";
    public static final String THIRD = "m-third";
    public static final String NEW_ITEM = "n-new";
    public static final String SQL = "zz-sql";
    public static final String API = "aa-api";
    public static final String TALK = "mm-talk";

    private SamplePaths() {
    }

    public static LearningPath sample() {
        return sample(ID, 1);
    }

    public static LearningPath sample(String id, int contentVersion) {
        Item first = new Item(FIRST, "Learn SQL", "Tables, joins, indexes.",
                List.of(new SubItem("z-sub", "Joins"), new SubItem("a-sub", "Indexes"), new SubItem("m-sub", "Transactions")),
                List.of(new Resource("Second site", "https://b.example.com/sql"),
                        new Resource("First site", "https://a.example.com/sql")),
                List.of(SQL, API), 10, LocalDate.of(2026, 3, 31));
        Item second = new Item(SECOND, "Talk about it", "", List.of(), List.of(), List.of(TALK), null, null);
        Item third = new Item(THIRD, "Design an API", "Resources first.", List.of(new SubItem("only-sub", "Sketch it")),
                List.of(), List.of(API, SQL, TALK), 0, null);
        return new LearningPath(id, contentVersion, "Sample path", "A tagline", "An overview\nover two lines.",
                List.of("Zeta industry", "Alpha industry"), List.of(sql(), api(), talk()),
                List.of(new Section("z-steps", SectionKind.STEPS, "Steps", "In order.", List.of(first, second)),
                        new Section("a-practice", SectionKind.PRACTICE, "Practice", "", List.of(third)),
                        new Section("m-background", SectionKind.BACKGROUND, "Background", "", List.of())),
                List.of(new SelfCheck("z-check", "I like puzzles"), new SelfCheck("a-check", "I like data")));
    }

    /**
     * Content version 2 of {@link #sample()}: item {@code a-second} and skill {@code mm-talk} are gone, item
     * {@code n-new} is new, the title and an item title changed; everything else keeps its id.
     */
    public static LearningPath sampleV2() {
        Item first = new Item(FIRST, "Learn SQL properly", "Tables, joins, indexes.",
                List.of(new SubItem("z-sub", "Joins"), new SubItem("a-sub", "Indexes")),
                List.of(new Resource("First site", "https://a.example.com/sql")),
                List.of(API, SQL), 12, null);
        Item added = new Item(NEW_ITEM, "Something new", "New in version 2.", List.of(), List.of(), List.of(SQL), 5, null);
        Item third = new Item(THIRD, "Design an API", "Resources first.", List.of(new SubItem("only-sub", "Sketch it")),
                List.of(), List.of(API), 0, null);
        return new LearningPath(ID, 2, "Sample path, revised", "A tagline", "A new overview.",
                List.of("Alpha industry"), List.of(sql(), api()),
                List.of(new Section("z-steps", SectionKind.STEPS, "Steps", "In order.", List.of(first, added)),
                        new Section("a-practice", SectionKind.PRACTICE, "Practice", "", List.of(third))),
                List.of(new SelfCheck("a-check", "I like data")));
    }

    /** The same path with only its content version changed. */
    public static LearningPath withContentVersion(LearningPath path, int contentVersion) {
        return new LearningPath(path.id(), contentVersion, path.title(), path.tagline(), path.overview(), path.industries(),
                path.skills(), path.sections(), path.selfChecks());
    }

    /** The path whose first item links a skill that the path does not have: saving it breaks a foreign key. */
    public static LearningPath withDanglingSkillLink(LearningPath path, int contentVersion) {
        Section first = path.sections().get(0);
        Item broken = first.items().get(0);
        Item dangling = new Item(broken.id(), broken.title(), broken.detail(), broken.subItems(), broken.resources(),
                List.of("no-such-skill"), broken.estimateHours(), broken.targetDate());
        List<Item> items = new java.util.ArrayList<>(first.items());
        items.set(0, dangling);
        List<Section> sections = new java.util.ArrayList<>(path.sections());
        sections.set(0, new Section(first.id(), first.kind(), first.title(), first.description(), items));
        return new LearningPath(path.id(), contentVersion, path.title(), path.tagline(), path.overview(), path.industries(),
                path.skills(), sections, path.selfChecks());
    }

    private static Skill sql() {
        return new Skill(SQL, "Relational databases", Skill.TECHNICAL, "Tables and joins", Level.INDEPENDENT);
    }

    private static Skill api() {
        return new Skill(API, "API design", Skill.TECHNICAL, "", Level.GUIDED);
    }

    private static Skill talk() {
        return new Skill(TALK, "Communication", Skill.SOFT, "Plain words", Level.AWARE);
    }
}

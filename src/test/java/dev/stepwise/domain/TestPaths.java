package dev.stepwise.domain;

import java.util.List;

/**
 * A small path for tests, shaped like the bundled one: three sections (Steps, Background, Practice) whose items
 * build three skills in two categories.
 *
 * <pre>
 * Steps       s-lang   Learn a language        → apis
 *             s-sql    Learn SQL (3 sub-steps)  → sql
 *             s-api    Build an API             → apis, sql
 * Background  b-degree CS degree or equivalent  → (none)
 *             b-exp    Some work experience     → comms
 * Practice    p-schema Design schemas           → sql
 *             p-review Review code              → comms, apis
 *
 * skills: sql (Technical, target 3), apis (Technical, target 2), comms (Soft, target 1)
 * </pre>
 */
final class TestPaths {
    static final String LANG = "s-lang";
    static final String SQL_STEP = "s-sql";
    static final String API_STEP = "s-api";
    static final String DEGREE = "b-degree";
    static final String EXPERIENCE = "b-exp";
    static final String SCHEMA = "p-schema";
    static final String REVIEW = "p-review";

    static final List<String> STEP_IDS = List.of(LANG, SQL_STEP, API_STEP);

    static final Skill SQL = new Skill("sql", "Relational databases", Skill.TECHNICAL, "SQL and schema design",
            Level.INDEPENDENT);
    static final Skill APIS = new Skill("apis", "API design", Skill.TECHNICAL, "REST APIs", Level.GUIDED);
    static final Skill COMMS = new Skill("comms", "Communication", Skill.SOFT, null, Level.AWARE);

    private TestPaths() {
    }

    static Item item(String id, String title, List<String> skillIds) {
        return new Item(id, title, "", List.of(), List.of(), skillIds, null, null);
    }

    static LearningPath backendPath() {
        Item learnSql = new Item(SQL_STEP, "Learn SQL and design databases", "Tables, joins, indexes.",
                List.of(new SubItem("joins", "Joins"), new SubItem("indexes", "Indexes"),
                        new SubItem("transactions", "Transactions")),
                List.of(new Resource("SQL tutorial", "https://example.com/sql")),
                List.of(SQL.id()), 20, null);
        Section steps = new Section("steps", SectionKind.STEPS, "Steps", null, List.of(
                item(LANG, "Learn a programming language", List.of(APIS.id())),
                learnSql,
                item(API_STEP, "Build an API", List.of(APIS.id(), SQL.id()))));
        Section background = new Section("background", SectionKind.BACKGROUND, "Typical background", null, List.of(
                item(DEGREE, "CS degree or equivalent", List.of()),
                item(EXPERIENCE, "Some work experience", List.of(COMMS.id()))));
        Section practice = new Section("practice", SectionKind.PRACTICE, "Day to day", null, List.of(
                item(SCHEMA, "Design database schemas", List.of(SQL.id())),
                item(REVIEW, "Review code", List.of(COMMS.id(), APIS.id()))));
        return new LearningPath("backend-engineer", 1, "Backend Engineer", "Builds the server side", "Overview",
                List.of("Finance", "Retail"), List.of(SQL, APIS, COMMS), List.of(steps, background, practice),
                List.of(new SelfCheck("likes-puzzles", "I enjoy solving puzzles")));
    }

    static Section section(LearningPath path, SectionKind kind) {
        return path.sections().stream().filter(s -> s.kind() == kind).findFirst().orElseThrow();
    }
}

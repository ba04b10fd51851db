package dev.stepwise.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stepwise.domain.Item;
import dev.stepwise.domain.LearningPath;
import dev.stepwise.domain.Phrase;
import dev.stepwise.domain.Section;
import dev.stepwise.domain.SectionKind;
import dev.stepwise.domain.SelfCheck;
import dev.stepwise.domain.Skill;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The parser on one small role description, changed one way at a time, so each test shows what it copes with. */
class RoleDescriptionParserTest {
    private static final String ROLE = """
            Game Developer
            Builds the rules, worlds and tools of video games.

            What is a Game Developer?
            Game developers write the code that makes a game play.

            What They Do (Day to Day)
            • Implement gameplay features.
            • Fix bugs found by testers.

            Core Skills and Tools
            Technical
            • C++ or C#.
            • A game engine such as Unity or Unreal.
            Soft
            • Patience with long iteration loops.

            How to Become a Game Developer
            Typical Background
            • Computer Science degree (optional).
            Steps
            • Learn a programming language.
            • Make three small games.
            • Join a game jam.

            Leading Industries
            • Video games

            Is This Role Right for You?
            • You love games and how they work.
            """;

    private final RoleDescriptionParser parser = new RoleDescriptionParser();

    private static List<String> steps(LearningPath path) {
        return path.sections().stream().filter(section -> section.kind() == SectionKind.STEPS).findFirst()
                .map(Section::items).orElse(List.of()).stream().map(Item::title).toList();
    }

    /** The counts of a result, to compare a variant with the plain text. */
    private static String shape(RoleImport result) {
        LearningPath path = result.path();
        return path.title() + "|" + path.tagline() + "|" + path.overview() + "|" + result.preview().itemsPerSection()
                + "|" + result.preview().skillsPerCategory() + "|" + path.items().map(Item::title).toList() + "|"
                + path.skills().stream().map(Skill::name).toList() + "|"
                + path.selfChecks().stream().map(SelfCheck::statement).toList() + "|" + path.industries() + "|"
                + result.unplaced();
    }

    @Test
    void thePlainTextMapsEverySection() {
        RoleImport result = parser.parse(ROLE);

        assertThat(result.path().title()).isEqualTo("Game Developer");
        assertThat(result.path().tagline()).isEqualTo("Builds the rules, worlds and tools of video games.");
        assertThat(result.path().overview()).isEqualTo("Game developers write the code that makes a game play.");
        assertThat(steps(result.path())).containsExactly("Learn a programming language.", "Make three small games.",
                "Join a game jam.");
        assertThat(result.preview().itemsPerSection()).containsExactly(Map.entry("Steps", 3), Map.entry("Background", 1),
                Map.entry("Practice", 2));
        assertThat(result.preview().skillsPerCategory()).containsExactly(Map.entry("Technical", 2), Map.entry("Soft", 1));
        assertThat(result.unplaced()).isEmpty();
        assertThat(result.preview().warnings()).extracting(Phrase::english).isEmpty();
    }

    @Test
    void windowsLineEndingsGiveTheSamePath() {
        assertThat(shape(parser.parse(ROLE.replace("\n", "\r\n")))).isEqualTo(shape(parser.parse(ROLE)));
    }

    @Test
    void oldMacLineEndingsGiveTheSamePath() {
        assertThat(shape(parser.parse(ROLE.replace("\n", "\r")))).isEqualTo(shape(parser.parse(ROLE)));
    }

    @Test
    void aByteOrderMarkIsNotPartOfTheTitle() {
        RoleImport result = parser.parse("\uFEFF" + ROLE);

        assertThat(result.path().title()).isEqualTo("Game Developer");
        assertThat(shape(result)).isEqualTo(shape(parser.parse(ROLE)));
    }

    @Test
    void tabsAndIndentationAroundLinesAreIgnored() {
        String tabbed = ROLE.replace("• ", "\t•\t").replace("Steps\n", "\t  Steps\t\n");

        assertThat(shape(parser.parse(tabbed))).isEqualTo(shape(parser.parse(ROLE)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"- ", "* ", "+ ", "– ", "1. ", "1) ", "(1) ", "◦ ", "•"})
    void eachBulletStyleGivesTheSamePath(String marker) {
        assertThat(shape(parser.parse(ROLE.replace("• ", marker)))).isEqualTo(shape(parser.parse(ROLE)));
    }

    @Test
    void numberedStepsKeepTheirOrderAndLoseOnlyTheirNumbers() {
        String numbered = ROLE.replace("• Learn a programming", "1. Learn a programming")
                .replace("• Make three", "2) Make three").replace("• Join", "3.\tJoin");

        assertThat(steps(parser.parse(numbered).path())).containsExactly("Learn a programming language.",
                "Make three small games.", "Join a game jam.");
    }

    @Test
    void extraBlankLinesChangeNothing() {
        assertThat(shape(parser.parse(ROLE.replace("\n", "\n\n\n")))).isEqualTo(shape(parser.parse(ROLE)));
    }

    @Test
    void sectionsInAnotherOrderFillTheSameSections() {
        int industries = ROLE.indexOf("Leading Industries");
        String reordered = ROLE.substring(0, ROLE.indexOf("What is a")) + ROLE.substring(industries)
                + "\n" + ROLE.substring(ROLE.indexOf("How to Become"), industries)
                + ROLE.substring(ROLE.indexOf("What is a"), ROLE.indexOf("How to Become"));

        RoleImport result = parser.parse(reordered);

        assertThat(shape(result).split("\\|")).containsExactlyInAnyOrder(shape(parser.parse(ROLE)).split("\\|"));
        assertThat(result.path().sections()).extracting(Section::kind)
                .containsExactly(SectionKind.STEPS, SectionKind.BACKGROUND, SectionKind.PRACTICE);
    }

    @Test
    void missingSectionsAreLeftOutAndNamedInTheWarnings() {
        String partial = ROLE.substring(0, ROLE.indexOf("What They Do")) + ROLE.substring(ROLE.indexOf("How to Become"),
                ROLE.indexOf("Leading Industries"));

        RoleImport result = parser.parse(partial);

        assertThat(result.path().sections()).extracting(Section::kind)
                .containsExactly(SectionKind.STEPS, SectionKind.BACKGROUND);
        assertThat(result.path().skills()).isEmpty();
        assertThat(result.path().industries()).isEmpty();
        assertThat(result.preview().warnings()).extracting(Phrase::english).anyMatch(w -> w.contains("What They Do"))
                .anyMatch(w -> w.contains("Technical")).anyMatch(w -> w.contains("Soft"))
                .anyMatch(w -> w.contains("Leading Industries")).anyMatch(w -> w.contains("Right for You"));
    }

    @Test
    void headingVariantsAndOtherRolesAreRecognised() {
        String variant = ROLE.replace("What is a Game Developer?", "## WHAT IS A GAME DEVELOPER?")
                .replace("What They Do (Day to Day)", "what they do (day-to-day):")
                .replace("Core Skills and Tools", "Core Skills & Tools")
                .replace("Technical\n", "Technical skills:\n").replace("Soft\n", "SOFT SKILLS\n")
                .replace("How to Become a Game Developer", "How to Become a Data Engineer")
                .replace("Typical Background", "typical background:").replace("Steps\n", "Steps:\n")
                .replace("Leading Industries", "LEADING INDUSTRIES")
                .replace("Is This Role Right for You?", "Is this role right for you");

        assertThat(shape(parser.parse(variant))).isEqualTo(shape(parser.parse(ROLE)));
    }

    @Test
    void bulletsWithNoSectionToGoToAreListedAsUnplacedWordForWord() {
        String text = "• A bullet above everything\n" + ROLE.replace("Core Skills and Tools\n",
                "Core Skills and Tools\n  •  Portfolio of shipped games  \n");

        RoleImport result = parser.parse(text);

        assertThat(result.unplaced()).containsExactly("A bullet above everything", "Portfolio of shipped games");
        assertThat(result.preview().warnings()).extracting(Phrase::english)
                .anySatisfy(w -> assertThat(w).startsWith("2 lines found no place"));
    }

    /**
     * A job ad often lists its steps right under "How to Become …" and its skills under "Skills", with no "Steps",
     * "Technical" or "Soft" between: such a text was refused as having "no lists under" its headings.
     */
    @Test
    void bulletsRightUnderHowToBecomeAndSkillsAreTheStepsAndSkillsWhenNothingSplitsThem() {
        String ad = """
                Data Analyst
                Turns raw data into decisions.

                How to Become a Data Analyst
                - Learn spreadsheets and SQL
                - Study statistics basics

                Skills
                - SQL
                - Statistics
                - Communication
                """;

        RoleImport result = parser.parse(ad);

        assertThat(steps(result.path())).containsExactly("Learn spreadsheets and SQL", "Study statistics basics");
        assertThat(result.path().skills()).extracting(Skill::name).containsExactly("SQL", "Statistics", "Communication");
        assertThat(result.path().skills()).extracting(Skill::category).containsOnly(Skill.TECHNICAL);
        assertThat(result.unplaced()).isEmpty();
        assertThat(result.preview().warnings()).extracting(Phrase::english)
                .contains("2 entries right under “How to Become …” became “How to Become … → Steps”; check them.",
                        "3 entries right under “Skills” became “Core Skills → Technical”; check them.")
                .noneMatch(w -> w.contains("“How to Become … → Steps” section") || w.contains("“Core Skills → Technical” section"));
    }

    @Test
    void linesWithoutMarkersUnderAListHeadingBecomeEntriesWithAWarning() {
        String text = ROLE.replace("• Learn a programming", "Learn a programming").replace("• Make three", "Make three");

        RoleImport result = parser.parse(text);

        assertThat(steps(result.path())).containsExactly("Learn a programming language.", "Make three small games.",
                "Join a game jam.");
        assertThat(result.preview().warnings()).extracting(Phrase::english)
                .anySatisfy(w -> assertThat(w).startsWith("2 lines under “How to Become"));
    }

    @Test
    void anEntryTooLongForATitleIsUnplacedWhole() {
        String longEntry = "Ship a game. ".repeat(30).strip();

        RoleImport result = parser.parse(ROLE.replace("• Join a game jam.", "• " + longEntry));

        assertThat(result.unplaced()).containsExactly(longEntry);
        assertThat(steps(result.path())).hasSize(2);
    }

    @Test
    void duplicateEntriesGetTheirOwnIds() {
        RoleImport result = parser.parse(ROLE.replace("• Join a game jam.", "• Make three small games."));

        assertThat(result.path().items().map(Item::id)).doesNotHaveDuplicates()
                .contains("make-three-small-games", "make-three-small-games-2");
    }

    @Test
    void aMissingTitleFallsBackToTheRoleTheHeadingsName() {
        RoleImport result = parser.parse(ROLE.substring(ROLE.indexOf("What is a")));

        assertThat(result.path().title()).isEqualTo("Game Developer");
        assertThat(result.path().tagline()).isEmpty();
        assertThat(result.preview().warnings()).extracting(Phrase::english).anySatisfy(w -> assertThat(w).contains("one-line summary"));
    }

    @Test
    void theNotesSayItemsLinkNoSkillsAndWhichTargetsWereChosen() {
        RoleImportPreview preview = parser.parse(ROLE).preview();

        assertThat(preview.notes()).extracting(Phrase::english).anySatisfy(note -> assertThat(note).contains("linked to a skill"))
                .anySatisfy(note -> assertThat(note).contains("3 Independent").contains("2 Guided"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Dear hiring manager,\n\nI am writing to apply for the role.\nKind regards.",
        "• milk\n• eggs\n• bread\n", "Backend Engineer\nDesigns APIs."})
    void textThatIsNotARoleDescriptionIsRefusedSayingWhy(String text) {
        assertThatThrownBy(() -> parser.parse(text)).isInstanceOf(RoleDescriptionException.class)
                .hasMessage("This does not look like a role description: no section headings such as “How to Become …” "
                        + "or “Core Skills” were found.");
    }

    @Test
    void pastedJsonIsRefusedAsJsonAndPointsToTheFileMenu() {
        String json = "\uFEFF {\"format\": \"stepwise-path\",\n \"industries\": [\"Leading Industries\", \"• Finance\"]}\n";

        assertThatThrownBy(() -> parser.parse(json)).isInstanceOf(RoleDescriptionException.class)
                .hasMessageStartingWith("This is JSON, not a role description").hasMessageContaining("File menu");
        RoleImport notJson = parser.parse("{Draft} Backend Engineer\n\nHow to Become a Backend Engineer\n• Learn SQL\n");
        assertThat(notJson.path().items()).as("not JSON from first to last: read as a role").hasSize(1);
    }

    @Test
    void headingsWithNothingUnderThemAreRefused() {
        assertThatThrownBy(() -> parser.parse("Game Developer\n\nWhat is a Game Developer?\nSomeone who makes games.\n"
                + "Steps\n\nLeading Industries\n")).isInstanceOf(RoleDescriptionException.class)
                .hasMessageContaining("its headings have no lists under them");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   \n\t\n", "\uFEFF"})
    void emptyTextIsRefused(String text) {
        assertThatThrownBy(() -> parser.parse(text)).isInstanceOf(RoleDescriptionException.class)
                .hasMessageContaining("The text is empty");
    }

    @Test
    void textOverTheSizeLimitIsRefused() {
        String big = ROLE + "x".repeat(RoleDescriptionParser.MAX_CHARS);

        assertThatThrownBy(() -> parser.parse(big)).isInstanceOf(RoleDescriptionException.class)
                .hasMessageContaining("too long").hasMessageContaining("at most 200,000");
    }

    @Test
    void textAtTheSizeLimitIsRead() {
        String padded = ROLE + " ".repeat(RoleDescriptionParser.MAX_CHARS - ROLE.length());

        assertThat(parser.parse(padded).path().title()).isEqualTo("Game Developer");
    }

    @Test
    void moreBulletsThanTheLimitAreRefused() {
        String many = ROLE + "• practice\n".repeat(RoleDescriptionParser.MAX_BULLETS);

        assertThatThrownBy(() -> parser.parse(many)).isInstanceOf(RoleDescriptionException.class)
                .hasMessageContaining("bullet points").hasMessageContaining("at most 1,000");
    }

    @Test
    void bulletsUpToTheLimitAreAllKept() {
        int room = RoleDescriptionParser.MAX_BULLETS - 11;
        RoleImport result = parser.parse(ROLE + "• practice\n".repeat(room));

        assertThat(result.path().selfChecks()).hasSize(1 + room);
        assertThat(result.path().selfChecks()).extracting(SelfCheck::id).doesNotHaveDuplicates();
    }
}

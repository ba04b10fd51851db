package dev.stepwise.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stepwise.domain.ItemStatus;
import dev.stepwise.domain.LearningPath;
import dev.stepwise.domain.Level;
import dev.stepwise.domain.PathEdits;
import dev.stepwise.domain.SelfCheckAnswer;
import dev.stepwise.fixtures.FixturePath;
import dev.stepwise.fixtures.TestClock;
import dev.stepwise.io.PathFileException;
import dev.stepwise.io.PathFileReader;
import dev.stepwise.io.PathFileWriter;
import dev.stepwise.io.ProgressFileException;
import dev.stepwise.io.ProgressFileReader;
import dev.stepwise.io.RoleDescriptionException;
import dev.stepwise.io.RoleDescriptionParser;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every rule of the strict path-file and progress-file readers, met the way the window meets a file: a workspace with
 * the fixture path and some progress; the file's bytes read by the strict reader, planned or previewed, then imported.
 * The read refuses first, with a message naming the file and the field (or line and column), and the database is
 * as it was, row for row and byte for byte. Each broken file is a good file with one piece replaced; the good files
 * themselves import and write, so each refusal is the replaced piece's doing.
 */
class RefusedImportsTest {
    private static final String PATH_FILE = "update.json";
    private static final String PROGRESS_FILE = "progress.json";

    @TempDir
    Path dir;
    private final TestClock clock = TestClock.utc("2026-04-05T10:00:00.000000000Z");

    /** Version 2 of the fixture path, with one step renamed: imported as an update, it writes. */
    static String goodPathFile() {
        LearningPath renamed = PathEdits.updateItem(FixturePath.path(), FixturePath.LEARN_SQL, item -> item.withTitle("Learn SQL well"));
        return new PathFileWriter().write(new LearningPath(renamed.id(), 2, renamed.title(), renamed.tagline(),
                renamed.overview(), renamed.industries(), renamed.skills(), renamed.sections(), renamed.selfChecks()));
    }

    /** Progress on the fixture path that differs from the workspace's: imported, it writes. */
    static String goodProgressFile() {
        try (InputStream in = RefusedImportsTest.class.getResourceAsStream("/dev/stepwise/io/small-progress.json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The good file with {@code target}, which must occur exactly once, replaced. */
    private static String replaced(String json, String target, String replacement) {
        int at = json.indexOf(target);
        if (at < 0 || json.indexOf(target, at + 1) >= 0) {
            throw new IllegalArgumentException("must occur exactly once: " + target);
        }
        return json.replace(target, replacement);
    }

    private static Arguments path(String rule, String target, String replacement, String message) {
        return Arguments.of(rule, replaced(goodPathFile(), target, replacement), PATH_FILE + ", field " + message);
    }

    private static Arguments progress(String rule, String target, String replacement, String message) {
        return Arguments.of(rule, replaced(goodProgressFile(), target, replacement), PROGRESS_FILE + ", field " + message);
    }

    private Stepwise workspace() {
        Stepwise stepwise = Stepwise.open(dir.resolve("stepwise.db"), List.of(FixturePath.path()), clock);
        ProgressService progress = stepwise.progress();
        progress.setStatus(FixturePath.ID, FixturePath.LEARN_SQL, ItemStatus.LEARNING);
        progress.setStatus(FixturePath.ID, FixturePath.DEPLOY, ItemStatus.DONE);
        progress.rate(FixturePath.ID, FixturePath.DATABASES.id(), Level.GUIDED, "joins");
        progress.answerSelfCheck(FixturePath.ID, "likes-data", SelfCheckAnswer.AGREE);
        return stepwise;
    }

    private static InputStream bytes(String json) {
        return new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8));
    }

    /** What the window does with a path file chosen for import: read it, show the plan, carry it out. */
    private static void importPathFile(Stepwise stepwise, String json) {
        LearningPath incoming = new PathFileReader().read(PATH_FILE, bytes(json));
        stepwise.pathFiles().plan(incoming, false);
        stepwise.pathFiles().importPath(incoming, false);
    }

    /** What the window does with a progress file: read it, preview the merge, carry it out. */
    private static void importProgressFile(Stepwise stepwise, String json) {
        var incoming = new ProgressFileReader().read(PROGRESS_FILE, bytes(json));
        stepwise.progressFiles().preview(PROGRESS_FILE, incoming);
        stepwise.progressFiles().importProgress(PROGRESS_FILE, incoming);
    }

    // --- the good files are imported ---------------------------------------------------------------------------

    @Test
    void theGoodFilesTheCasesAreMadeFromAreImportedAndWrite() {
        try (Stepwise stepwise = workspace()) {
            Path file = stepwise.databaseFile();
            DiskState was = DiskState.of(file);
            importPathFile(stepwise, goodPathFile());
            DiskState afterPath = DiskState.of(file);
            importProgressFile(stepwise, goodProgressFile());

            assertThat(was.rowChangesTo(afterPath)).anyMatch(row -> row.startsWith("+activity "));
            assertThat(afterPath.digests()).isNotEqualTo(was.digests());
            assertThat(afterPath.rowChangesTo(DiskState.of(file))).isNotEmpty();
        }
    }

    // --- path files --------------------------------------------------------------------------------------------

    static Stream<Arguments> refusedPathFiles() {
        String number = "wrong kind of value: must be a whole number, was ";
        String text = "wrong kind of value: must be text, was ";
        String blank = "is missing or empty (it holds only spaces or invisible characters)";
        String item = "sections[0].items[1]";
        String url = "\"url\" : \"https://sqlbolt.com/\"";
        String link = "field " + item + ".resources[0].url: must be an http or https link, was ";
        String good = goodPathFile();
        return Stream.of(
                // nothing the app's editors would refuse: lengths, estimates, the exact form of ids, kinds and dates
                path("title longer than 300 characters", "\"title\" : \"Fixture Engineer\"",
                        "\"title\" : \"" + "x".repeat(301) + "\"", "title: is too long: 301 characters, at most 300"),
                path("overview longer than 20,000 characters", "\"overview\" : \"", "\"overview\" : \"" + "x".repeat(20_001),
                        "overview: is too long: 20,089 characters, at most 20,000"),
                path("estimate over 10,000 hours", "\"estimateHours\" : 20", "\"estimateHours\" : 10001",
                        "sections[0].items[1].estimateHours: is more than 10,000 hours, was 10,001"),
                path("section kind in capitals", "\"kind\" : \"steps\"", "\"kind\" : \"STEPS\"",
                        "sections[0].kind: must be one of steps, background, practice; was \"STEPS\""),
                path("id with a space before it", "\"id\" : \"fixture-path\"", "\"id\" : \" fixture-path\"",
                        "id: must be lower-case letters, digits and dashes (like \"learn-sql\"), was \" fixture-path\""),
                // no value is coerced into another kind
                path("contentVersion as text", "\"contentVersion\" : 2", "\"contentVersion\" : \"3\"",
                        "contentVersion: " + number + "\"3\""),
                path("contentVersion with a fraction", "\"contentVersion\" : 2", "\"contentVersion\" : 1.9",
                        "contentVersion: " + number + "1.9"),
                path("contentVersion as true", "\"contentVersion\" : 2", "\"contentVersion\" : true",
                        "contentVersion: " + number + "true"),
                path("targetLevel with a fraction", "\"targetLevel\" : 1", "\"targetLevel\" : 2.7",
                        "skills[6].targetLevel: " + number + "2.7"),
                path("estimateHours as empty text", "\"estimateHours\" : 20", "\"estimateHours\" : \"\"",
                        item + ".estimateHours: " + number + "\"\""),
                path("title as false", "\"title\" : \"Fixture Engineer\"", "\"title\" : false", "title: " + text + "false"),
                path("name as a number", "\"name\" : \"Databases\"", "\"name\" : 12", "skills[1].name: " + text + "12"),
                path("title as a list", "\"title\" : \"Fixture Engineer\"", "\"title\" : [ \"Fixture\" ]", "title: " + text + "a list"),
                path("skills as text", "\"skills\" : [ \"databases\" ]", "\"skills\" : \"databases\"",
                        item + ".skills: wrong kind of value: must be a list, was \"databases\""),
                path("unknown field", "\"tagline\" :", "\"mood\" : \"good\", \"tagline\" :", "mood: unknown field \"mood\""),
                // no key and no id twice
                path("duplicate key", "\"title\" : \"Fixture Engineer\",", "\"title\" : \"Fixture Engineer\", \"title\" : \"Other\",",
                        "title: is given twice at line 6, column 40"),
                path("duplicate skill id", "\"id\" : \"databases\"", "\"id\" : \"language\"", "skills[1].id: \"language\" is used twice"),
                path("duplicate section id", "\"id\" : \"background\"", "\"id\" : \"steps\"", "sections[1].id: \"steps\" is used twice"),
                path("duplicate item id across sections", "\"id\" : \"cs-degree\"", "\"id\" : \"learn-sql\"",
                        "sections[1].items[0].id: \"learn-sql\" is used twice"),
                path("duplicate sub-step id", "\"id\" : \"indexes\"", "\"id\" : \"joins\"",
                        item + ".subItems[1].id: \"joins\" is used twice"),
                path("duplicate self-check id", "\"id\" : \"likes-data\"", "\"id\" : \"likes-puzzles\"",
                        "selfChecks[1].id: \"likes-puzzles\" is used twice"),
                path("skill linked twice", "\"skills\" : [ \"databases\" ]", "\"skills\" : [ \"databases\", \"databases\" ]",
                        item + ".skills[1]: skill \"databases\" is linked twice"),
                // references
                path("unknown skill reference", "\"skills\" : [ \"databases\" ]", "\"skills\" : [ \"cooking\" ]",
                        item + ".skills[0]: no skill with id \"cooking\" in this path"),
                // limits
                path("title longer than 100,000 characters", "\"title\" : \"Fixture Engineer\"",
                        "\"title\" : \"" + "a".repeat(100_001) + "\"", "title: is too long: 100,001 characters, at most 300"),
                path("nesting beyond the limit, refused as the wrong kind before the depth is reached",
                        "\"industries\" : [ \"Finance\", \"Retail\" ]", "\"industries\" : " + "[".repeat(40) + "]".repeat(40),
                        "industries[0]: " + text + "a list"),
                // control characters other than tab and newline
                path("control character U+0007 in a title", "\"title\" : \"Fixture Engineer\"", "\"title\" : \"Fixture\\u0007Engineer\"",
                        "title: holds a control character (U+0007); only tab and newline are allowed"),
                path("carriage return in free text", "\"tagline\" : \"Builds", "\"tagline\" : \"\\rBuilds",
                        "tagline: holds a control character (U+000D); only tab and newline are allowed"),
                path("C1 control character in a link", url, "\"url\" : \"https://sqlbolt.com/\\u009b\"",
                        item + ".resources[0].url: holds a control character (U+009B); only tab and newline are allowed"),
                path("control character in a date", "\"estimateHours\" : 20,",
                        "\"estimateHours\" : 20, \"targetDate\" : \"2026\\u0000-03-31\",",
                        item + ".targetDate: holds a control character (U+0000); only tab and newline are allowed"),
                // titles that only look like something
                path("title of spaces", "\"title\" : \"Fixture Engineer\"", "\"title\" : \"   \"", "title: " + blank),
                path("title of zero-width characters", "\"title\" : \"Joins\"", "\"title\" : \"\\u200b\\u2060\\ufeff\"",
                        item + ".subItems[0].title: " + blank),
                path("title of non-breaking spaces", "\"name\" : \"Databases\"", "\"name\" : \"\\u00a0\\u202f\"",
                        "skills[1].name: " + blank),
                path("empty title", "\"title\" : \"SQLBolt\"", "\"title\" : \"\"", item + ".resources[0].title: is missing or empty"),
                // links, checked on the exact string stored
                path("link that is not http", url, "\"url\" : \"ftp://sqlbolt.com/\"", link.substring(6) + "\"ftp://sqlbolt.com/\""),
                path("link without a host", url, "\"url\" : \"https:///sql\"", link.substring(6) + "\"https:///sql\""),
                path("link behind a non-breaking space", url, "\"url\" : \"\\u00a0https://sqlbolt.com/\"",
                        link.substring(6) + "\"\u00a0https://sqlbolt.com/\""),
                path("link with a space in the host", url, "\"url\" : \"https://sql bolt.com/\"",
                        link.substring(6) + "\"https://sql bolt.com/\""),
                // header
                path("unknown format", "\"format\" : \"stepwise-path\"", "\"format\" : \"stepwise-paths\"",
                        "format: must be \"stepwise-path\", was \"stepwise-paths\""),
                Arguments.of("a progress file's format",
                        replaced(good, "\"format\" : \"stepwise-path\"", "\"format\" : \"stepwise-progress\""),
                        PATH_FILE + ": this is a stepwise-progress file (progress), not a path file"),
                path("missing format", "\"format\" : \"stepwise-path\",", "", "format: must be \"stepwise-path\", was nothing"),
                path("unknown formatVersion", "\"formatVersion\" : 2", "\"formatVersion\" : 3",
                        "formatVersion: this version of Stepwise reads format versions 1 to 2, the file has 3"),
                path("contentVersion below 1", "\"contentVersion\" : 2", "\"contentVersion\" : 0",
                        "contentVersion: must be a whole number from 1 to 2147483647, was 0"),
                // required fields, shapes and values
                path("missing id", "\"id\" : \"fixture-path\",", "", "id: is missing or empty"),
                path("id of the wrong shape", "\"id\" : \"fixture-path\"", "\"id\" : \"Fixture Path\"",
                        "id: must be lower-case letters, digits and dashes (like \"learn-sql\"), was \"Fixture Path\""),
                path("missing title", "\"title\" : \"Fixture Engineer\",", "", "title: is missing or empty"),
                path("missing targetLevel", ",\n    \"targetLevel\" : 1", "", "skills[6].targetLevel: is missing"),
                path("level out of range", "\"targetLevel\" : 1", "\"targetLevel\" : 5",
                        "skills[6].targetLevel: must be a level from 0 to 4, was 5"),
                path("unknown section kind", "\"kind\" : \"steps\"", "\"kind\" : \"chores\"",
                        "sections[0].kind: must be one of steps, background, practice; was \"chores\""),
                path("negative estimate", "\"estimateHours\" : 20",
                        "\"estimateHours\" : -1", item + ".estimateHours: cannot be negative, was -1"),
                path("bad date", "\"estimateHours\" : 20,", "\"estimateHours\" : 20, \"targetDate\" : \"2026-02-30\",",
                        item + ".targetDate: must be a date like 2026-03-31, was \"2026-02-30\""),
                path("no sections", good.substring(good.indexOf("\"sections\" : ["), good.indexOf("\"selfChecks\"")),
                        "\"sections\" : [ ],\n  ", "sections: a path needs at least one section"),
                path("null item", "\"items\" : [ {\n      \"id\" : \"learn-language\"",
                        "\"items\" : [ null, {\n      \"id\" : \"learn-language\"",
                        "sections[0].items[0]: is missing"),
                // the JSON itself
                Arguments.of("empty file", " \n ", PATH_FILE + ": the file is empty"),
                Arguments.of("null", "null", PATH_FILE + ": the file holds no path (it is \"null\")"),
                Arguments.of("trailing content", good + "{}",
                        PATH_FILE + ": has trailing content after the path at line " + good.lines().count() + ", column 2"),
                Arguments.of("file over 32 MB", good + " ".repeat(33 * 1024 * 1024 - good.length()),
                        PATH_FILE + ": is larger than 32 MB, too large for a path file"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refusedPathFiles")
    void aRefusedPathFileWritesNothing(String rule, String json, String message) {
        try (Stepwise stepwise = workspace()) {
            DiskState was = DiskState.of(stepwise.databaseFile());

            assertThatThrownBy(() -> importPathFile(stepwise, json)).isInstanceOf(PathFileException.class).hasMessage(message);

            assertThat(DiskState.of(stepwise.databaseFile())).isEqualTo(was);
        }
    }

    // --- progress files ----------------------------------------------------------------------------------------

    static Stream<Arguments> refusedProgressFiles() {
        String good = goodProgressFile();
        return Stream.of(
                // no value is coerced into another kind
                progress("level as text", "\"level\" : 1,", "\"level\" : \"1\",",
                        "skills[1].ratings[0].level: must be a whole number, was text"),
                progress("level with a fraction", "\"level\" : 3,", "\"level\" : 2.7,",
                        "skills[1].ratings[1].level: must be a whole number, was a number with a fraction"),
                progress("level as true", "\"level\" : 3,", "\"level\" : true,",
                        "skills[1].ratings[1].level: must be a whole number, was true or false"),
                progress("ownTarget as empty text", "\"ownTarget\" : 4", "\"ownTarget\" : \"\"",
                        "skills[0].ownTarget: must be a whole number, was text"),
                progress("note as a number", "\"note\" : \"Chose Kotlin.\"", "\"note\" : 42",
                        "items[1].note: must be text, was a whole number"),
                progress("answer as false", "\"answer\" : \"not-sure\"", "\"answer\" : false",
                        "selfCheckAnswers[0].answer: must be text, was true or false"),
                progress("doneSubItems as text", "\"doneSubItems\" : [\n        \"choose-language\",\n        \"learn-git\"\n      ]",
                        "\"doneSubItems\" : \"learn-git\"", "items[1].doneSubItems: must be a list, was text"),
                progress("unknown field", "\"note\" : \"Chose Kotlin.\"", "\"note\" : \"Chose Kotlin.\", \"mood\" : \"good\"",
                        "items[1].mood: unknown field \"mood\""),
                // no key and no id twice
                progress("duplicate key", "\"status\" : \"learning\",", "\"status\" : \"learning\", \"status\" : \"done\",",
                        "items[2].status: the key appears twice (line 25, column 38)"),
                progress("duplicate item id", "\"itemId\" : \"learn-sql\"", "\"itemId\" : \"build-api\"",
                        "items[2].itemId: \"build-api\" is used twice"),
                progress("duplicate skill id", "\"skillId\" : \"language\"", "\"skillId\" : \"databases\"",
                        "skills[1].skillId: \"databases\" is used twice"),
                progress("duplicate sub-step id", "\"learn-git\"", "\"choose-language\"",
                        "items[1].doneSubItems[1]: \"choose-language\" is used twice"),
                progress("duplicate self-check id", "\"answer\" : \"not-sure\"",
                        "\"answer\" : \"not-sure\"\n    }, {\n      \"selfCheckId\" : \"likes-bug-hunts\",\n      \"answer\" : \"agree\"",
                        "selfCheckAnswers[1].selfCheckId: \"likes-bug-hunts\" is used twice"),
                // nesting
                progress("nesting beyond 8 levels", "\"ratings\" : [ ]", "\"ratings\" : [ [ [ [ [ [ ] ] ] ] ] ]",
                        "skills[0].ratings[0][0][0][0][0]: nested deeper than 8 levels"),
                // header
                progress("unknown format", "\"stepwise-progress\"", "\"stepwise-progres\"",
                        "format: must be \"stepwise-progress\", was \"stepwise-progres\""),
                Arguments.of("a path file's format", replaced(good, "\"stepwise-progress\"", "\"stepwise-path\""),
                        PROGRESS_FILE + ": this is a stepwise-path file (a path), not a progress file"),
                progress("unknown formatVersion", "\"formatVersion\" : 2", "\"formatVersion\" : 3",
                        "formatVersion: this version of Stepwise reads format versions 1 to 2, the file has 3"),
                progress("pathId of the wrong shape", "\"pathId\" : \"fixture-path\"", "\"pathId\" : \"Fixture Path\"",
                        "pathId: must be lower-case letters, digits and dashes (like \"learn-sql\"), was \"Fixture Path\""),
                progress("missing pathId", "\"pathId\" : \"fixture-path\",", "", "pathId: is missing or empty"),
                progress("missing exportedAt", "\"exportedAt\" : \"2026-04-02T08:15:00.000000000Z\",", "",
                        "exportedAt: is missing or empty"),
                progress("bad exportedAt", "\"2026-04-02T08:15:00.000000000Z\"", "\"2026-04-02 08:15\"",
                        "exportedAt: must be a UTC time like 2026-03-31T09:30:00.000000000Z, was \"2026-04-02 08:15\""),
                // values
                progress("note with a control character", "\"note\" : \"Chose Kotlin.\"", "\"note\" : \"Chose \\u001b[2JKotlin.\"",
                        "items[1].note: holds a control character (U+001B); only tab and newline are allowed"),
                progress("ratedAt with an offset", "\"2026-03-30T09:00:00.000000000Z\"", "\"2026-03-30T11:00:00+02:00\"",
                        "skills[1].ratings[0].ratedAt: must be a UTC time like 2026-03-31T09:30:00.000000000Z, was "
                                + "\"2026-03-30T11:00:00+02:00\""),
                progress("bad ratedAt", "\"2026-03-30T09:00:00.000000000Z\"", "\"yesterday\"",
                        "skills[1].ratings[0].ratedAt: must be a UTC time like 2026-03-31T09:30:00.000000000Z, was \"yesterday\""),
                progress("level out of range", "\"ownTarget\" : 4", "\"ownTarget\" : 5",
                        "skills[0].ownTarget: must be a level from 0 to 4, was 5"),
                progress("missing level", "\"level\" : 1,", "", "skills[1].ratings[0].level: is missing"),
                progress("unknown status", "\"status\" : \"learning\"", "\"status\" : \"studying\"",
                        "items[2].status: must be one of not-started, learning, done, skipped; was \"studying\""),
                progress("missing status", "\"status\" : \"learning\",", "", "items[2].status: is missing or empty"),
                progress("unknown answer", "\"answer\" : \"not-sure\"", "\"answer\" : \"maybe\"",
                        "selfCheckAnswers[0].answer: must be one of agree, not-sure, disagree; was \"maybe\""),
                progress("bad date", "\"doneOn\" : \"2026-04-01\"", "\"doneOn\" : \"2026-04-31\"",
                        "items[1].doneOn: must be a date like 2026-03-31, was \"2026-04-31\""),
                progress("done date on an item not done", "\"status\" : \"done\"", "\"status\" : \"learning\"",
                        "items[1].doneOn: only a done item has a done date, this one is \"learning\""),
                progress("sub-step id of the wrong shape", "\"learn-git\"", "\"Learn Git\"",
                        "items[1].doneSubItems[1]: must be lower-case letters, digits and dashes (like \"learn-sql\"), was \"Learn Git\""),
                progress("null item", "\"items\" : [", "\"items\" : [ null,", "items[0]: is missing"),
                // the JSON itself
                Arguments.of("empty file", " \n ", PROGRESS_FILE + ": the file is empty"),
                Arguments.of("null", "null", PROGRESS_FILE + ": the file holds no progress (it is \"null\")"),
                Arguments.of("trailing content", good + "{}",
                        PROGRESS_FILE + ": not valid JSON at line 79, column 2 (more content after the end)"),
                Arguments.of("file over 5 MB", good + " ".repeat(ProgressFileReader.MAX_BYTES + 1 - good.length()),
                        PROGRESS_FILE + ": is larger than 5 MB, too large for a progress file"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refusedProgressFiles")
    void aRefusedProgressFileWritesNothing(String rule, String json, String message) {
        try (Stepwise stepwise = workspace()) {
            DiskState was = DiskState.of(stepwise.databaseFile());

            assertThatThrownBy(() -> importProgressFile(stepwise, json)).isInstanceOf(ProgressFileException.class).hasMessage(message);

            assertThat(DiskState.of(stepwise.databaseFile())).isEqualTo(was);
        }
    }

    @Test
    void aProgressFileForAPathThatIsNotInstalledWritesNothing() {
        try (Stepwise stepwise = workspace()) {
            DiskState was = DiskState.of(stepwise.databaseFile());
            String json = replaced(goodProgressFile(), "\"pathId\" : \"fixture-path\"", "\"pathId\" : \"other-path\"");

            assertThatThrownBy(() -> importProgressFile(stepwise, json)).isInstanceOf(ProgressFileException.class)
                    .hasMessage(PROGRESS_FILE + ", field pathId: no path with id \"other-path\" is installed");

            assertThat(DiskState.of(stepwise.databaseFile())).isEqualTo(was);
        }
    }

    // --- role descriptions -------------------------------------------------------------------------------------

    static Stream<Arguments> notRoleDescriptions() {
        return Stream.of(
                Arguments.of("empty text", " \n\u200b ", "The text is empty: paste a role description to import."),
                Arguments.of("a shopping list", "Groceries\n\n- milk\n- eggs\n",
                        "This does not look like a role description: no section headings such as "
                                + "“How to Become …” or “Core Skills” were found."));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("notRoleDescriptions")
    void textThatIsNotARoleDescriptionWritesNothing(String name, String text, String message) {
        try (Stepwise stepwise = workspace()) {
            DiskState was = DiskState.of(stepwise.databaseFile());

            assertThatThrownBy(() -> stepwise.pathFiles().addRole(new RoleDescriptionParser().parse(text)))
                    .isInstanceOf(RoleDescriptionException.class).hasMessage(message);

            assertThat(DiskState.of(stepwise.databaseFile())).isEqualTo(was);
        }
    }
}

package dev.stepwise.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.stepwise.domain.Phrase;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A refused file or role text says why as a phrase: the same English as ever for logs and the command line, and German
 * in a German window.
 */
class RefusalPhrasesTest {
    private static final ResourceBundle GERMAN = ResourceBundle.getBundle(Phrase.BUNDLE, Locale.GERMAN);

    @TempDir
    Path dir;

    @Test
    void aPathFileOfTheWrongFormatIsExplainedInGerman() {
        PathFileException refused = catchThrowableOfType(PathFileException.class, () -> new PathFileReader().read("a.json",
                new ByteArrayInputStream("{\"format\": \"other\"}".getBytes(StandardCharsets.UTF_8))));

        assertThat(refused.problem().key()).isEqualTo("file.format");
        assertThat(refused).hasMessage("a.json, field format: must be \"stepwise-path\", was \"other\"");
        assertThat(german(refused.explanation())).isEqualTo("a.json, Feld format: muss „stepwise-path“ sein, ist aber „other“");
    }

    @Test
    void invalidJsonNamesItsLineInGerman() {
        PathFileException refused = catchThrowableOfType(PathFileException.class, () -> new PathFileReader().read("a.json",
                new ByteArrayInputStream("{\n  \"format\": ,\n}".getBytes(StandardCharsets.UTF_8))));

        assertThat(refused.problem().key()).isEqualTo("file.unexpected");
        assertThat(refused).hasMessage("a.json: unexpected text \",\" at line 2, column 13");
        assertThat(german(refused.explanation())).isEqualTo("a.json: unerwarteter Text „,“ in Zeile 2, Spalte 13");
    }

    @Test
    void anEmptyProgressFileIsExplainedInGerman() {
        ProgressFileException refused = catchThrowableOfType(ProgressFileException.class,
                () -> new ProgressFileReader().read("p.json", new ByteArrayInputStream(new byte[0])));

        assertThat(refused.problem().key()).isEqualTo("file.isEmpty");
        assertThat(refused).hasMessage("p.json: the file is empty");
        assertThat(german(refused.explanation())).isEqualTo("p.json: die Datei ist leer");
    }

    @Test
    void aProgressValueOfTheWrongKindIsExplainedInGerman() {
        String json = "{\"format\": \"stepwise-progress\", \"formatVersion\": \"one\"}";
        ProgressFileException refused = catchThrowableOfType(ProgressFileException.class,
                () -> new ProgressFileReader().read("p.json", new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8))));

        assertThat(refused.problem().key()).isEqualTo("file.mustBeWas");
        assertThat(refused).hasMessage("p.json, field formatVersion: must be a whole number, was text");
        assertThat(german(refused.explanation())).isEqualTo("p.json, Feld formatVersion: muss eine ganze Zahl sein, ist aber Text");
    }

    @Test
    void aMissingTextFileIsExplainedInGerman() {
        Path gone = dir.resolve("gone.txt");
        TextFileException refused = catchThrowableOfType(TextFileException.class,
                () -> TextFiles.readText(gone, 10, Phrase.of("textFile.kind.roleDescription")));

        assertThat(refused).hasMessage(gone + ": no such file");
        assertThat(german(refused.explanation())).isEqualTo(gone + ": Datei nicht gefunden");
    }

    @Test
    void aLatin1RoleFileSaysWhatItShouldHaveBeenInGerman() throws IOException {
        Path file = dir.resolve("latin1.txt");
        Files.write(file, "Ingénieure".getBytes(StandardCharsets.ISO_8859_1));
        TextFileException refused = catchThrowableOfType(TextFileException.class,
                () -> TextFiles.readText(file, 1024, Phrase.of("textFile.kind.roleDescription")));

        assertThat(german(refused.explanation())).isEqualTo(file + ": kein UTF-8-Text; erwartet wird eine Stellenbeschreibung");
    }

    @Test
    void aTextThatIsNoRoleDescriptionIsExplainedInGerman() {
        RoleDescriptionException refused = catchThrowableOfType(RoleDescriptionException.class,
                () -> new RoleDescriptionParser().parse("Just a line of text.\nAnd another."));

        assertThat(refused.explanation().key()).isEqualTo("role.notARole");
        assertThat(refused.getMessage()).startsWith("This does not look like a role description");
        assertThat(german(refused.explanation())).startsWith("Das sieht nicht nach einer Stellenbeschreibung aus");
    }

    @Test
    void roleWarningsAndNotesArePhrasesSaidInGerman() {
        String text = """
                Steps
                • Learn a programming language.
                """;
        RoleImportPreview preview = new RoleDescriptionParser().parse(text).preview();

        assertThat(preview.warnings()).extracting(Phrase::key).contains("role.warning.noTitle", "role.warning.noSection");
        assertThat(preview.warnings()).extracting(RefusalPhrasesTest::german)
                .contains("Kein Titel gefunden; der Pfad heißt „Imported role“, bis Sie ihn umbenennen.",
                        "Kein Abschnitt „Leading Industries“ gefunden.");
        assertThat(preview.notes()).extracting(RefusalPhrasesTest::german)
                .contains("Technische Fähigkeiten zielen auf Stufe 3 Selbständig, soziale Fähigkeiten auf Stufe 2 Angeleitet; "
                        + "die Ziele ändern Sie in der Fähigkeitenmatrix.");
        assertThat(preview.notes()).extracting(Phrase::english)
                .contains("Technical skills aim at level 3 Independent and soft skills at level 2 Guided; "
                        + "change the targets in the skills matrix.");
    }

    private static String german(Phrase phrase) {
        return phrase.in(GERMAN, Locale.GERMAN);
    }
}

package dev.stepwise.ui.fx;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stepwise.fixtures.FixturePath;
import dev.stepwise.ui.common.EditorForms;
import dev.stepwise.ui.common.Messages;
import dev.stepwise.ui.shell.StatusBarView;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeoutException;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The app in German: started with {@code -Dstepwise.locale=de} (what the build pins to English for every other UI
 * test), the menus, a transfer dialog, the checklist, the skills matrix and the overview read German, JavaFX's own
 * buttons included; and View ▸ Language stores a choice that the next start honours without the override.
 */
class LanguageScreenTest extends AppTestBase {
    private static String pinned;

    @BeforeAll
    static void german() {
        pinned = System.getProperty(Messages.LOCALE_PROPERTY);
        System.setProperty(Messages.LOCALE_PROPERTY, "de");
    }

    @AfterAll
    static void backToThePinnedLanguage() {
        if (pinned == null) {
            System.clearProperty(Messages.LOCALE_PROPERTY);
        } else {
            System.setProperty(Messages.LOCALE_PROPERTY, pinned);
        }
        Messages.use(Messages.forLocale(Locale.ENGLISH));
        Locale.setDefault(Messages.systemLocale());
    }

    @Test
    void theFileMenuReadsGerman() {
        Menu file = menuBar().getMenus().get(0);
        assertThat(file.getText()).isEqualTo("_Datei");
        assertThat(file.getItems().stream().map(MenuItem::getText).toList())
                .contains("Neuer Pfad…", "Pfad umbenennen…", "Neuer Pfad aus Stellenbeschreibung…", "Pfaddatei importieren…",
                        "Fortschritt importieren…", "Pfad exportieren…", "Beenden")
                .doesNotContain("Quit", "Export path…");
        assertThat(menuBar().getMenus().stream().map(Menu::getText).toList())
                .containsExactly("_Datei", "_Bearbeiten", "_Ansicht", "_Hilfe");
        assertThat(stage.getTitle()).startsWith("Übersicht — ");
    }

    @Test
    void theRoleImportDialogReadsGerman() {
        KeyStrokes.stroke(robot, KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.I);
        WaitForAsyncUtils.waitForFxEvents();
        waitUntil(() -> shown("#role-text"));

        assertThat(this.<DialogPane>node("#role-import").getHeaderText()).isEqualTo("Neuer Pfad aus einer Stellenbeschreibung");
        assertThat(this.<Button>node("#create-role-path").getText()).isEqualTo("Pfad anlegen");
        assertThat(this.<Button>node("#open-role-file").getText()).isEqualTo("Textdatei öffnen…");
        assertThat(this.<Label>node(".role-preview-hint").getText()).startsWith("Fügen Sie links eine Stellenbeschreibung ein");
        Platform.runLater(() -> this.<TextArea>node("#role-text").setText(role("backend-engineer-role.txt")));
        waitUntil(() -> shown("#role-preview-title"));
        assertThat(robot.lookup("." + EditorForms.GROUP_HEADING).queryAllAs(Label.class).stream().map(Label::getText).toList())
                .contains("Neuer Pfad", "Checkliste", "Fähigkeiten");
        assertThat(robot.lookup(".role-sections").queryAllAs(Label.class)).isNotEmpty()
                .allSatisfy(section -> assertThat(section.getText()).containsPattern(" — \\d+ Eintr(a|ä)g(e)?$"));
        // JavaFX's own Cancel follows the app's language too.
        assertThat(this.<Button>node("#role-cancel").getText()).isEqualTo("Abbrechen");
        robot.clickOn("#role-cancel");
        waitUntil(() -> !shown("#role-text"));
    }

    @Test
    void theLanguageChosenInTheViewMenuIsStoredAndUsedAtTheNextStart() throws TimeoutException {
        Menu language = menuBar().getMenus().get(2).getItems().stream().filter(item -> "menu-language".equals(item.getId()))
                .map(Menu.class::cast).findFirst().orElseThrow();
        assertThat(language.getText()).isEqualTo("Sprache");
        assertThat(radio(language, "menu-language-system").isSelected()).isTrue();

        Platform.runLater(() -> radio(language, "menu-language-de").fire());
        waitUntil(() -> column("SELECT value FROM preference WHERE key = 'ui.language'").equals(List.of("de")));
        assertThat(this.<StatusBarView>node("#status-bar").getText()).contains("nächsten Start");

        // Without the override, the stored choice decides.
        System.clearProperty(Messages.LOCALE_PROPERTY);
        try {
            restart();
            assertThat(menuBar().getMenus().get(0).getText()).isEqualTo("_Datei");
        } finally {
            System.setProperty(Messages.LOCALE_PROPERTY, "de");
        }
    }

    @Test
    void theChecklistReadsGerman() {
        shortcut(KeyCode.DIGIT2);
        waitUntil(() -> shown("#filter-all"));
        assertThat(this.<ToggleButton>node("#filter-all").getText()).isEqualTo("Alle 8");
        assertThat(this.<ToggleButton>node("#filter-not_started").getText()).isEqualTo("Offen 8");
        assertThat(this.<ToggleButton>node("#filter-done").getText()).isEqualTo("Erledigt 0");
        assertThat(this.<Label>node("#checklist-summary").getText()).isEqualTo("8 Einträge");
        assertThat(this.<TextField>node("#checklist-search").getPromptText()).isEqualTo("Schritte und Notizen durchsuchen");
        assertThat(this.<Label>node("#section-counts-" + FixturePath.STEPS).getText()).isEqualTo("0 von 4 erledigt");
        Button toggle = inItemRow(FixturePath.LEARN_LANGUAGE, ".status-button");
        assertThat(toggle.getAccessibleText()).isEqualTo("Status: Nicht begonnen");
        assertThat(toggle.getTooltip().getText()).startsWith("Nicht begonnen — klicken, um als erledigt zu markieren");

        clickInItemRow(FixturePath.LEARN_LANGUAGE, ".item-title");
        waitUntil(() -> shown("#detail-title"));
        assertThat(this.<ToggleButton>node("#detail-status-done").getText()).isEqualTo("Erledigt");
        assertThat(this.<ToggleButton>node("#detail-status-learning").getText()).isEqualTo("In Arbeit");
        assertThat(this.<Button>node("#edit-item-button").getText()).isEqualTo("Bearbeiten…");

        clickInItemRow(FixturePath.LEARN_LANGUAGE, ".status-button");
        waitUntil(() -> this.<Label>node("#section-counts-" + FixturePath.STEPS).getText().equals("1 von 4 erledigt"));
        assertThat(this.<ToggleButton>node("#filter-done").getText()).isEqualTo("Erledigt 1");
        assertThat(this.<Label>node("#nav-progress").getText()).isEqualTo("1 von 8 erledigt");
    }

    /** What the role import found lacking comes from the parser as phrases; the dialog says it in German. */
    @Test
    void theRoleImportWarnsInGermanAboutATextWithoutATitle() {
        KeyStrokes.stroke(robot, KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.I);
        WaitForAsyncUtils.waitForFxEvents();
        waitUntil(() -> shown("#role-text"));

        Platform.runLater(() -> this.<TextArea>node("#role-text").setText("Steps\n• Learn a programming language.\n"));
        waitUntil(() -> shown("#role-preview-title"));
        assertThat(robot.lookup(".role-warning").queryAllAs(Label.class).stream().map(Label::getText).toList())
                .contains("Kein Titel gefunden; der Pfad heißt „Imported role“, bis Sie ihn umbenennen.",
                        "Kein Abschnitt „Leading Industries“ gefunden.");
        assertThat(robot.lookup(".role-note").queryAllAs(Label.class).stream().map(Label::getText).toList())
                .anySatisfy(note -> assertThat(note).startsWith("Technische Fähigkeiten zielen auf Stufe 3 Selbständig"));

        Platform.runLater(() -> this.<TextArea>node("#role-text").setText("Einkaufsliste\nMilch und Brot\n"));
        waitUntil(() -> shown("#role-problem"));
        assertThat(this.<Label>node("#role-problem").getText()).contains("Das sieht nicht nach einer Stellenbeschreibung aus");
        robot.clickOn("#role-cancel");
        waitUntil(() -> !shown("#role-text"));
    }

    /** The item editor's rules come from the domain as phrases: clearing the title is refused in German. */
    @Test
    void theItemEditorSaysWhatIsWrongInGerman() {
        shortcut(KeyCode.DIGIT2);
        waitUntil(() -> itemRowShown(FixturePath.LEARN_LANGUAGE));
        clickInItemRow(FixturePath.LEARN_LANGUAGE, ".item-title");
        waitUntil(() -> shown("#edit-item-button"));
        robot.clickOn("#edit-item-button");
        waitUntil(() -> shown("#item-title"));

        robot.clickOn("#item-title");
        KeyStrokes.stroke(robot, KeyCode.CONTROL, KeyCode.A);
        robot.type(KeyCode.BACK_SPACE);
        WaitForAsyncUtils.waitForFxEvents();
        waitUntil(() -> shown("#item-title-problem"));
        assertThat(this.<Label>node("#item-title-problem").getText()).isEqualTo("Der Titel eines Eintrags darf nicht leer sein.");
        assertThat(this.<Button>node("#item-ok").isDisabled()).isTrue();

        Platform.runLater(() -> this.<TextField>node("#item-estimate").setText("-3"));
        waitUntil(() -> shown("#item-estimate-problem"));
        assertThat(this.<Label>node("#item-estimate-problem").getText())
                .isEqualTo("Eine Schätzung ist eine Zahl von Stunden zwischen 0 und 10.000.");
        robot.clickOn("#item-cancel");
        waitUntil(() -> !shown("#item-title"));
    }

    @Test
    void theSkillsMatrixReadsGerman() {
        shortcut(KeyCode.DIGIT3);
        waitUntil(() -> shown("#skill-row-" + FixturePath.DATABASES.id()));
        assertThat(robot.lookup(".legend-line .label").queryAllAs(Label.class).stream().map(Label::getText).toList())
                .contains("Ihre Stufe", "Ziel");
        assertThat(this.<Button>node("#add-skill").getText()).isEqualTo("Fähigkeit hinzufügen");
        assertThat(robot.lookup(".matrix-header .label").queryAllAs(Label.class).stream().map(Label::getText).toList())
                .contains("Fähigkeit", "2\nAngeleitet", "Ziel", "Abstand");

        robot.clickOn("#skill-row-" + FixturePath.DATABASES.id() + " .skill-name");
        waitUntil(() -> shown("#rate-2"));
        assertThat(this.<Button>node("#rate-2").getText()).isEqualTo("2 Angeleitet");
        assertThat(this.<Button>node("#rate-4").getText()).isEqualTo("4 Vermittelt");
        assertThat(this.<Label>node("#skill-current").getText()).startsWith("Jetzt: ");
    }

    @Test
    void theOverviewReadsGerman() {
        shortcut(KeyCode.DIGIT1);
        waitUntil(() -> shown("#overview-title"));
        assertThat(robot.lookup(".card-title").queryAllAs(Label.class).stream().map(Label::getText).toList())
                .contains("Ihr Fortschritt", "Weiter mit", "Größte Lücken bei Fähigkeiten");
        assertThat(this.<Label>node("#overall-counts").getText()).isEqualTo("0 von 8 erledigt");
        assertThat(this.<Button>node("#edit-path-details").getText()).isEqualTo("Details bearbeiten…");
        assertThat(this.<Button>node("#continue-button").getText()).isEqualTo("In der Checkliste öffnen");
    }

    private static String role(String name) {
        try {
            return Files.readString(Path.of("src/test/resources/dev/stepwise/io/roles", name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static RadioMenuItem radio(Menu menu, String id) {
        return menu.getItems().stream().filter(item -> id.equals(item.getId())).map(RadioMenuItem.class::cast).findFirst()
                .orElseThrow();
    }
}

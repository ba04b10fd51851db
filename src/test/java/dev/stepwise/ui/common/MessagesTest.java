package dev.stepwise.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stepwise.domain.HeldProgress;
import dev.stepwise.domain.Level;
import dev.stepwise.domain.Progress;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The texts and formats of one language, and which language a start chooses. */
class MessagesTest {
    private static final Messages ENGLISH = Messages.forLocale(Locale.US);
    private static final Messages GERMAN = Messages.forLocale(Locale.GERMANY);

    @AfterEach
    void backToEnglish() {
        Messages.use(Messages.forLocale(Locale.ENGLISH));
    }

    @Test
    void numbersAreGroupedAsTheLanguageWritesThem() {
        assertThat(ENGLISH.number(10_000)).isEqualTo("10,000");
        assertThat(GERMAN.number(10_000)).isEqualTo("10.000");
        assertThat(GERMAN.number(7)).isEqualTo("7");
    }

    @Test
    void datesAreWrittenAsTheLanguageWritesThem() {
        LocalDate day = LocalDate.of(2026, 11, 29);
        assertThat(ENGLISH.date(day)).isEqualTo("Nov 29, 2026");
        assertThat(GERMAN.date(day)).isEqualTo("29.11.2026");
    }

    @Test
    void momentsShowDayAndTimeInTheGivenZone() {
        Instant moment = Instant.parse("2026-11-29T17:38:00Z");
        assertThat(GERMAN.dateTime(moment, ZoneOffset.UTC)).isEqualTo("29.11.2026, 17:38");
        assertThat(ENGLISH.dateTime(moment, ZoneOffset.UTC)).contains("Nov 29, 2026").contains("5:38");
    }

    @Test
    void countsInTextsAreGroupedAndPluralised() {
        assertThat(ENGLISH.text("count.items", 1)).isEqualTo("1 item");
        assertThat(ENGLISH.text("count.items", 12_000)).isEqualTo("12,000 items");
        assertThat(GERMAN.text("count.items", 1)).isEqualTo("1 Eintrag");
        assertThat(GERMAN.text("count.items", 12_000)).isEqualTo("12.000 Einträge");
        assertThat(GERMAN.text("transfer.importedProgress", 2)).isEqualTo("Fortschritt importiert: 2 Änderungen");
    }

    @Test
    void textsFillInTheirArguments() {
        assertThat(ENGLISH.text("dialog.deletePath.header", "Backend")).isEqualTo("Delete “Backend”?");
        assertThat(GERMAN.text("dialog.deletePath.header", "Backend")).isEqualTo("„Backend“ löschen?");
        assertThat(GERMAN.text("menu.file")).isEqualTo("_Datei");
        assertThat(GERMAN.level(Level.GUIDED)).isEqualTo("2 Angeleitet");
    }

    @Test
    void progressSummariesReadAsTheDomainsInEnglishAndGroupDigits() {
        assertThat(ENGLISH.summary(new Progress(5, 10, 1))).isEqualTo(new Progress(5, 10, 1).summary())
                .isEqualTo("5 of 9 done · 1 skipped");
        assertThat(ENGLISH.summary(new Progress(0, 8, 0))).isEqualTo("0 of 8 done");
        assertThat(GERMAN.summary(new Progress(5, 10, 1))).isEqualTo("5 von 9 erledigt · 1 übersprungen");
        assertThat(GERMAN.summary(new Progress(1_500, 10_000, 0))).isEqualTo("1.500 von 10.000 erledigt");
    }

    @Test
    void heldProgressIsNamedInTheLanguage() {
        HeldProgress held = new HeldProgress(2, 3, 4, 1, 0, 0, 0, 0);
        assertThat(ENGLISH.progress(held)).isEqualTo("3 items done, 2 items in progress, 4 notes and 1 skill rating");
        assertThat(GERMAN.progress(held))
                .isEqualTo("3 erledigte Einträge, 2 Einträge in Arbeit, 4 Notizen und 1 Bewertung einer Fähigkeit");
        assertThat(GERMAN.progress(new HeldProgress(0, 0, 1, 0, 0, 0, 0, 0))).isEqualTo("1 Notiz");
        assertThat(ENGLISH.progress(new HeldProgress(0, 0, 0, 0, 0, 0, 0, 0))).isEqualTo("no progress yet");
    }

    @Test
    void aMissingKeyShowsItselfInsteadOfFailing() {
        assertThat(ENGLISH.text("no.such.key")).isEqualTo("⟦no.such.key⟧");
    }

    @Test
    void aLanguageThatDoesNotShipReadsEnglish() {
        assertThat(Messages.forLocale(Locale.JAPANESE).text("menu.file")).isEqualTo("_File");
    }

    @Test
    void theOverrideWinsOverTheStoredChoiceWhichWinsOverTheSystem() {
        assertThat(Messages.choose("de", "en", Locale.US)).isEqualTo(Locale.GERMAN);
        assertThat(Messages.choose(null, "de", Locale.US)).isEqualTo(Locale.GERMAN);
        assertThat(Messages.choose("", "", Locale.GERMANY)).isEqualTo(Locale.GERMANY);
        assertThat(Messages.choose(null, null, Locale.US)).isEqualTo(Locale.US);
    }

    @Test
    void aShippedLanguageKeepsTheSystemsCountry() {
        assertThat(Messages.choose(null, "de", new Locale("de", "CH"))).isEqualTo(new Locale("de", "CH"));
        assertThat(Messages.choose(null, "en", Locale.GERMANY)).isEqualTo(Locale.ENGLISH);
    }

    @Test
    void anUnshippedSystemLanguageOrChoiceFallsBackToEnglish() {
        assertThat(Messages.choose(null, null, Locale.JAPAN)).isEqualTo(Locale.ENGLISH);
        assertThat(Messages.choose("xx", null, Locale.JAPAN)).isEqualTo(Locale.ENGLISH);
        assertThat(Messages.choose(null, "fr", Locale.GERMANY)).isEqualTo(Locale.GERMANY);
    }

    @Test
    void theInstalledTextsAreWhatTrReadsAndTestsCanResetThem() {
        Messages.use(GERMAN);
        assertThat(Messages.tr("button.cancel")).isEqualTo("Abbrechen");
        Messages.use(ENGLISH);
        assertThat(Messages.tr("button.cancel")).isEqualTo("Cancel");
    }
}

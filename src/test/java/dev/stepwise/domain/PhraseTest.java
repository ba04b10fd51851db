package dev.stepwise.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ListResourceBundle;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class PhraseTest {
    /** A bundle of the test's own, so the rendering rules are checked apart from the app's texts. */
    private static final class Words extends ListResourceBundle {
        @Override
        protected Object[][] getContents() {
            return new Object[][] {
                {"outer", "Die Datei {0}: {1}"},
                {"inner", "hat {0} Zeilen"},
            };
        }
    }

    @Test
    void anArgumentThatIsAPhraseIsPutIntoWordsFromTheSameBundle() {
        Phrase phrase = Phrase.of("outer", "a.json", Phrase.of("inner", 12_345));

        assertThat(phrase.in(new Words(), Locale.GERMAN)).isEqualTo("Die Datei a.json: hat 12.345 Zeilen");
    }

    @Test
    void numbersAreWrittenForTheLocale() {
        assertThat(Phrase.of("inner", 12_345).in(new Words(), Locale.ENGLISH)).isEqualTo("hat 12,345 Zeilen");
    }

    @Test
    void aKeyTheBundleLacksShowsItselfInsteadOfFailing() {
        assertThat(Phrase.of("no.such.key", 1).in(new Words(), Locale.ENGLISH)).isEqualTo("⟦no.such.key⟧");
    }

    @Test
    void englishIsTheAppsBaseBundle() {
        Phrase phrase = Phrase.of("error.cannotOpen", "/tmp/a.db", "locked");

        assertThat(phrase.english()).isEqualTo("Cannot open /tmp/a.db: locked.");
        assertThat(phrase).hasToString("Cannot open /tmp/a.db: locked.");
    }

    @Test
    void anInvalidEditSaysItsExplanationInEnglishAsItsMessage() {
        InvalidEditException refused = new InvalidEditException(Phrase.of("error.cannotOpen", "x", "y"));

        assertThat(refused).hasMessage("Cannot open x: y.");
        assertThat(refused.explanation().key()).isEqualTo("error.cannotOpen");
    }
}

package dev.stepwise.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class TextsTest {

    @ParameterizedTest(name = "[{index}] \"{0}\" is blank")
    @NullAndEmptySource
    @ValueSource(strings = {
        " ",
        "   \t\n\r ",
        "\u000B\f",
        "\u001C\u001D\u001E\u001F",
        "\u00A0",
        "\u00A0 \u00A0",
        "\u2007\u202F",
        "\u3000",
        "\u2028\u2029",
        "\u200B",
        "\u200C\u200D",
        "\u2060",
        "\uFEFF",
        "\u200E\u200F",
        " \u00A0\u200B\t\uFEFF\u3000 "
    })
    @DisplayName("text made only of whitespace, non-breaking or zero-width characters is blank")
    void invisibleTextIsBlank(String text) {
        assertThat(Texts.isBlank(text)).isTrue();
        assertThat(Texts.titleProblem(Texts.Field.ITEM_TITLE, text).english()).isEqualTo("An item’s title cannot be empty.");
    }

    @ParameterizedTest(name = "[{index}] \"{0}\" is not blank")
    @ValueSource(strings = {"a", " a ", "\u200Bx", "\u00A0-\u00A0", ".", "0", "日本"})
    @DisplayName("one visible character is enough not to be blank")
    void visibleTextIsNotBlank(String text) {
        assertThat(Texts.isBlank(text)).isFalse();
        assertThat(Texts.titleProblem(Texts.Field.ITEM_TITLE, text)).isNull();
    }

    @ParameterizedTest(name = "[{index}] \"{0}\" is refused as a title")
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "\t\n", "\u00A0\u00A0", "\u200B", "\uFEFF\u2060", "\u001F", " \u001C "})
    @DisplayName("title() refuses a blank title, naming what was being titled")
    void titleRefusesBlank(String title) {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Texts.title(Texts.Field.SECTION_TITLE, title))
                .withMessage("A section’s title cannot be empty.");
    }

    @Test
    @DisplayName("title() strips surrounding whitespace and keeps inner spacing")
    void titleStrips() {
        assertThat(Texts.title(Texts.Field.ITEM_TITLE, "  \tLearn  SQL \n")).isEqualTo("Learn  SQL");
    }

    @Test
    @DisplayName("title() also strips invisible characters the learner cannot see at either end")
    void titleStripsInvisibleEdges() {
        assertThat(Texts.title(Texts.Field.ITEM_TITLE, "\u00A0\u200BLearn SQL\u00A0\uFEFF\u2060"))
                .isEqualTo("Learn SQL");
        assertThat(Texts.title(Texts.Field.ITEM_TITLE, "\u001FLearn\u00A0SQL\u001C")).isEqualTo("Learn\u00A0SQL");
    }

    @Test
    @DisplayName("stripping stops at visible text: emoji sequences built with joiners and tags stay whole")
    void titleKeepsEmojiSequences() {
        String coder = "Pair with a \uD83D\uDC69\u200D\uD83D\uDCBB";
        String scotland = "Visit \uD83C\uDFF4\uDB40\uDC67\uDB40\uDC62\uDB40\uDC73\uDB40\uDC63\uDB40\uDC74\uDB40\uDC7F";
        assertThat(Texts.title(Texts.Field.ITEM_TITLE, " " + coder + " ")).isEqualTo(coder);
        assertThat(Texts.title(Texts.Field.ITEM_TITLE, scotland + "\u00A0")).isEqualTo(scotland);
    }

    @Test
    @DisplayName("a title of exactly MAX_TITLE characters passes, one more is refused with the limit in the message")
    void titleLength() {
        String longest = "x".repeat(Texts.MAX_TITLE);
        assertThat(Texts.title(Texts.Field.ITEM_TITLE, longest)).isEqualTo(longest);
        assertThat(Texts.title(Texts.Field.ITEM_TITLE, "  " + longest + "\u00A0 ")).isEqualTo(longest);
        assertThat(Texts.titleProblem(Texts.Field.ITEM_TITLE, longest + "y").english())
                .isEqualTo("An item’s title is too long (at most 300 characters).");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Texts.title(Texts.Field.SKILL_NAME, longest + "y"))
                .withMessage("A skill’s name is too long (at most 300 characters).");
    }

    @Test
    @DisplayName("text() turns null into empty, strips, and refuses more than MAX_TEXT characters")
    void text() {
        assertThat(Texts.text(Texts.Field.DETAIL, null)).isEmpty();
        assertThat(Texts.text(Texts.Field.DETAIL, "  Tables and joins.\n")).isEqualTo("Tables and joins.");
        String longest = "d".repeat(Texts.MAX_TEXT);
        assertThat(Texts.text(Texts.Field.DETAIL, longest + "  ")).isEqualTo(longest);
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Texts.text(Texts.Field.OVERVIEW, longest + "d"))
                .withMessage("The overview is too long (at most 20000 characters).");
    }

    @ParameterizedTest(name = "[{index}] \"{0}\" is an acceptable link")
    @ValueSource(strings = {
        "http://example.com",
        "https://example.com/docs?page=2#joins",
        "HTTPS://EXAMPLE.COM/",
        "  https://example.com/padded  "
    })
    @DisplayName("http and https links with a host have no problem")
    void webLinksAreFine(String url) {
        assertThat(Texts.linkProblem(url)).isNull();
    }

    @ParameterizedTest(name = "[{index}] \"{0}\" is an empty link")
    @NullAndEmptySource
    @ValueSource(strings = {"  ", "\u00A0", "\u200B"})
    @DisplayName("an empty link is reported as empty, not as a wrong kind of link")
    void emptyLink(String url) {
        assertThat(Texts.linkProblem(url).english()).isEqualTo("A link cannot be empty.");
    }

    @ParameterizedTest(name = "[{index}] \"{0}\" is refused")
    @ValueSource(strings = {
        "javascript:alert(1)",
        "JavaScript:alert(document.cookie)",
        "file:///etc/passwd",
        "file:///C:/Windows/System32/calc.exe",
        "ftp://example.com/file.txt",
        "mailto:someone@example.com",
        "data:text/html,<script>alert(1)</script>",
        "example.com",
        "//example.com/protocol-relative",
        "http:/no-host",
        "https://",
        "https://exa mple.com"
    })
    @DisplayName("anything but an http(s) link with a host is refused")
    void nonWebLinksAreRefused(String url) {
        assertThat(Texts.linkProblem(url).english()).isEqualTo("Only web links (http:// or https://) can be added.");
    }

    @ParameterizedTest(name = "[{index}] {0} hours is fine")
    @ValueSource(ints = {0, 1, 40, Texts.MAX_ESTIMATE_HOURS})
    @DisplayName("estimates from 0 to MAX_ESTIMATE_HOURS have no problem")
    void saneEstimates(int hours) {
        assertThat(Texts.estimateProblem(hours)).isNull();
    }

    @Test
    @DisplayName("no estimate at all has no problem")
    void noEstimate() {
        assertThat(Texts.estimateProblem(null)).isNull();
    }

    @ParameterizedTest(name = "[{index}] {0} hours is refused")
    @ValueSource(ints = {-1, -40, Integer.MIN_VALUE, Texts.MAX_ESTIMATE_HOURS + 1, Integer.MAX_VALUE})
    @DisplayName("negative or huge estimates are refused with the allowed range")
    void insaneEstimates(int hours) {
        assertThat(Texts.estimateProblem(hours).english()).isEqualTo("An estimate is a number of hours from 0 to 10000.");
    }

    @Test
    @DisplayName("a problem is a phrase naming its field, so the editor can say it in German")
    void problemsArePhrasesTheEditorsTranslate() {
        Phrase empty = Texts.titleProblem(Texts.Field.ITEM_TITLE, " ");
        Phrase tooLong = Texts.textProblem(Texts.Field.OVERVIEW, "d".repeat(Texts.MAX_TEXT + 1));

        assertThat(empty.key()).isEqualTo("text.empty");
        assertThat(german(empty)).isEqualTo("Der Titel eines Eintrags darf nicht leer sein.");
        assertThat(german(tooLong)).isEqualTo("Die Übersicht ist zu lang (höchstens 20.000 Zeichen).");
        assertThat(german(Texts.linkProblem("ftp://example.com"))).startsWith("Nur Weblinks");
        assertThat(german(Texts.estimateProblem(-1))).isEqualTo("Eine Schätzung ist eine Zahl von Stunden zwischen 0 und 10.000.");
    }

    @Test
    @DisplayName("a refused title is an InvalidEditException explaining itself in the learner's language")
    void aRefusedTitleExplainsItself() {
        assertThatExceptionOfType(InvalidEditException.class)
                .isThrownBy(() -> Texts.title(Texts.Field.SKILL_NAME, ""))
                .withMessage("A skill’s name cannot be empty.")
                .satisfies(refused -> assertThat(german(refused.explanation()))
                        .isEqualTo("Der Name einer Fähigkeit darf nicht leer sein."));
    }

    static String german(Phrase phrase) {
        return phrase.in(ResourceBundle.getBundle(Phrase.BUNDLE, Locale.GERMAN), Locale.GERMAN);
    }

    @ParameterizedTest(name = "[{index}] U+{0} inside a title")
    @ValueSource(strings = {"000A", "0009", "000D", "001B", "0085", "2028", "2029", "202A", "202E", "2066", "2069"})
    @DisplayName("a title is one line: a line break, tab, control character or direction override inside it is refused")
    void aTitleIsOneLine(String code) {
        String title = "Learn" + (char) Integer.parseInt(code, 16) + "SQL";
        assertThat(Texts.notOneLineAt(title)).isEqualTo(5);
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Texts.title(Texts.Field.ITEM_TITLE, title))
                .withMessage("An item’s title must be one line, without line breaks, tabs or text-direction controls.");
    }

    @Test
    @DisplayName("direction marks, which right-to-left titles need, are not line breaks")
    void directionMarksStayInATitle() {
        String hebrew = "\u05e9\u05dc\u05d5\u05dd\u200f SQL\u200e \u061c.";
        assertThat(Texts.notOneLineAt(hebrew)).isEqualTo(-1);
        assertThat(Texts.title(Texts.Field.ITEM_TITLE, hebrew)).isEqualTo(hebrew);
    }
}

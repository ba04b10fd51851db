package dev.stepwise.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class IdsTest {
    /** The path file's id rule (PathFileMapper): every id we make must be one a path file may contain. */
    private static final Pattern ID_RULE = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");

    @ParameterizedTest(name = "[{index}] \"{0}\" → {1}")
    @CsvSource(delimiter = '|', value = {
        "Learn Docker               | learn-docker",
        "Café                       | cafe",
        "Crème brûlée à la carte    | creme-brulee-a-la-carte",
        "Ångström über Åland        | angstrom-uber-aland",
        "naïve résumé               | naive-resume",
        "  C++ & Rust!!             | c-rust",
        "101 ways to say \"hello\" | 101-ways-to-say-hello",
        "--Already--slugged--       | already-slugged",
        "ＦＵＬＬ　ｗｉｄｔｈ        | full-width",
        "ﬁle ﬂow                    | file-flow",
        "Kubernetes: the hard way   | kubernetes-the-hard-way"
    })
    @DisplayName("a title becomes a lower-case slug: accents folded, anything else collapsed into single hyphens")
    void slugs(String title, String expected) {
        assertThat(Ids.unique(title, "item", Set.of())).isEqualTo(expected);
    }

    @ParameterizedTest(name = "[{index}] \"{0}\" falls back")
    @NullAndEmptySource
    @ValueSource(strings = {"!!!", "   ", "---", "日本語", "🙂🚀", "© ® … ¿¡"})
    @DisplayName("a title without latin letters or digits gets the fallback id")
    void fallback(String title) {
        assertThat(Ids.unique(title, "sub-step", Set.of())).isEqualTo("sub-step");
    }

    @Test
    @DisplayName("a taken fallback is numbered like any other id")
    void takenFallbackIsNumbered() {
        assertThat(Ids.unique("???", "item", Set.of("item"))).isEqualTo("item-2");
        assertThat(Ids.unique("???", "item", Set.of("item", "item-2"))).isEqualTo("item-3");
    }

    @Test
    @DisplayName("a taken slug gets -2, then -3, taking the first free number")
    void uniqueness() {
        assertThat(Ids.unique("Learn Docker", "item", Set.of("learn-docker"))).isEqualTo("learn-docker-2");
        assertThat(Ids.unique("Learn Docker", "item", Set.of("learn-docker", "learn-docker-2")))
                .isEqualTo("learn-docker-3");
        assertThat(Ids.unique("Learn Docker", "item", Set.of("learn-docker", "learn-docker-3")))
                .isEqualTo("learn-docker-2");
        assertThat(Ids.unique("Learn Docker", "item", Set.of("learn-docker-2"))).isEqualTo("learn-docker");
    }

    @Test
    @DisplayName("titles that differ only in case, accents or punctuation still get distinct ids")
    void sameSlugDifferentTitles() {
        Set<String> taken = new HashSet<>();
        for (String title : new String[] {"Café", "cafe", "CAFÉ!", "café?"}) {
            taken.add(Ids.unique(title, "item", taken));
        }
        assertThat(taken).containsExactlyInAnyOrder("cafe", "cafe-2", "cafe-3", "cafe-4");
    }

    @Test
    @DisplayName("a long title is cut to 48 characters, without a trailing hyphen where the cut falls after one")
    void lengthCap() {
        String id = Ids.unique("word ".repeat(40), "item", Set.of());
        assertThat(id).hasSizeLessThanOrEqualTo(48).startsWith("word-word-").doesNotEndWith("-");

        String cutAfterHyphen = Ids.unique("a".repeat(47) + " bcd", "item", Set.of());
        assertThat(cutAfterHyphen).isEqualTo("a".repeat(47));

        String exactly = Ids.unique("b".repeat(48), "item", Set.of());
        assertThat(exactly).isEqualTo("b".repeat(48));
        assertThat(Ids.unique("b".repeat(49), "item", Set.of())).isEqualTo("b".repeat(48));
    }

    @Test
    @DisplayName("a cut title that is taken is numbered after the cut, so the number is never cut off")
    void cappedAndNumbered() {
        String base = "c".repeat(48);
        assertThat(Ids.unique("c".repeat(100), "item", Set.of(base))).isEqualTo(base + "-2");
    }

    @ParameterizedTest(name = "[{index}] \"{0}\" gives a valid id")
    @NullAndEmptySource
    @ValueSource(strings = {
        "Learn Docker", "Café", "!!!", "-leading and trailing-", "ÀÉÎÕÜ ÿ", "x", "9", "a—b–c", "tab\tnew\nline",
        "Über die Brücke", "İstanbul", "ǅemal", "\u00A0nbsp\u00A0", "\u200Bzero\u200Bwidth",
        "a very long title that goes on and on and on and on and on and on and on and on and on",
        "-------------------------------------------------------------------------a"
    })
    @DisplayName("every id made, even when numbered many times over, follows the path file's id rule")
    void followsTheIdRule(String title) {
        Set<String> taken = new HashSet<>();
        for (int i = 0; i < 12; i++) {
            String id = Ids.unique(title, "item", taken);
            assertThat(id).matches(ID_RULE).doesNotEndWith("-").doesNotContain("--");
            assertThat(taken.add(id)).as("id %s is new", id).isTrue();
        }
        assertThat(taken).hasSize(12);
    }
}

package dev.stepwise.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

/** The hand-written id check says exactly what the rule's regular expression says. */
class FieldRulesIdTest {
    private static final Pattern RULE = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");

    @Property(tries = 2_000)
    void agreesWithTheRegularExpression(@ForAll @StringLength(max = 70) @CharRange(from = 'a', to = 'z') @CharRange(from = '0', to = '9')
            @Chars({'-', 'A', 'Z', '_', ' ', '.', '/', 'é', '\u0660'}) String value) {
        assertThat(FieldRules.isId(value)).as("\"%s\"", value).isEqualTo(RULE.matcher(value).matches());
    }

    @Test
    void theEdgesOfTheRule() {
        assertThat(FieldRules.isId("a")).isTrue();
        assertThat(FieldRules.isId("0-learn-sql")).isTrue();
        assertThat(FieldRules.isId("a".repeat(64))).isTrue();
        assertThat(FieldRules.isId("a".repeat(65))).isFalse();
        assertThat(FieldRules.isId("")).isFalse();
        assertThat(FieldRules.isId("-learn")).isFalse();
        assertThat(FieldRules.isId("learn-")).isTrue();
        assertThat(FieldRules.isId("Learn")).isFalse();
        assertThat(FieldRules.isId("learn sql")).isFalse();
    }
}

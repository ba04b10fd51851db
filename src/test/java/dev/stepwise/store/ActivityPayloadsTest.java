package dev.stepwise.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stepwise.domain.ActivityChange;
import dev.stepwise.domain.ActivityKind;
import dev.stepwise.domain.ItemStatus;
import dev.stepwise.domain.Level;
import dev.stepwise.domain.SelfCheckAnswer;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/** The payload column: every kind's change written and read back as it was, and a payload that is not one refused. */
class ActivityPayloadsTest {
    /** One change of every type, with awkward values: quotes, line breaks, empties, absent dates and levels. */
    private static final Map<Class<? extends ActivityChange>, ActivityChange> SAMPLES = Map.ofEntries(
            Map.entry(ActivityChange.Status.class, new ActivityChange.Status(ItemStatus.LEARNING, ItemStatus.DONE,
                    Optional.of(LocalDate.of(2026, 2, 28)), Optional.empty())),
            Map.entry(ActivityChange.SubStep.class, new ActivityChange.SubStep("read \"docs\"", false)),
            Map.entry(ActivityChange.TextEdit.class, new ActivityChange.TextEdit("", "line one\nline \\two\u2028 — ü")),
            Map.entry(ActivityChange.LevelMove.class, new ActivityChange.LevelMove(Optional.empty(), Level.TEACHES)),
            Map.entry(ActivityChange.Answer.class, new ActivityChange.Answer(Optional.of(SelfCheckAnswer.NOT_SURE), Optional.empty())),
            Map.entry(ActivityChange.Versions.class, new ActivityChange.Versions(Optional.of(3), 4)),
            Map.entry(ActivityChange.PathNamed.class, new ActivityChange.PathNamed("My path", "")),
            Map.entry(ActivityChange.Merged.class, new ActivityChange.Merged(0)),
            Map.entry(ActivityChange.Described.class, new ActivityChange.Described("Item “Old” deleted")),
            Map.entry(ActivityChange.Minutes.class, new ActivityChange.Minutes(45)),
            Map.entry(ActivityChange.Timer.class, new ActivityChange.Timer(Instant.parse("2026-03-02T09:00:00.125Z"), 52)),
            Map.entry(ActivityChange.ReviewDates.class, new ActivityChange.ReviewDates(Optional.of(LocalDate.of(2026, 4, 2)),
                    Optional.empty())));

    @ParameterizedTest
    @EnumSource(ActivityKind.class)
    void everyKindsChangeReadsBackAsItWasWritten(ActivityKind kind) {
        ActivityChange change = SAMPLES.get(kind.change());

        assertThat(ActivityPayloads.read(kind, ActivityPayloads.write(change))).isEqualTo(change);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "SKILL_RATED | {'from':0}                              | no to",
        "SKILL_RATED | {'from':0,'to':3,'note':'x'}            | [note]",
        "SKILL_RATED | {'from':0,'to':'3'}                     | to is not a integer",
        "SKILL_RATED | {'from':0,'to':7}                       | level 7",
        "SKILL_RATED | {'from':0,'to':3,'to':3}                | to is repeated",
        "SKILL_RATED | {'from':0,'to':3} x                     | not JSON",
        "SKILL_RATED | {'from':0,'to':3} {}                    | text after",
        "SKILL_RATED | [0,3]                                   | not a JSON object",
        "SKILL_RATED | {'from':0,'to':{'level':3}}              | not a plain value",
        "SKILL_RATED | {'from':0,                              | not JSON",
        "ITEM_STATUS_CHANGED | {'from':'LEARNING','to':'BOGUS','startedOn':null,'doneOn':null} | BOGUS",
        "ITEM_STATUS_CHANGED | {'from':'LEARNING','to':'DONE','startedOn':'yesterday','doneOn':null} | yesterday",
        "SUB_ITEM_CHANGED | {'subStep':'a','done':'true'}      | done is not a boolean",
        "ITEM_EDITED | {'description':null}                   | no description",
    })
    void aPayloadThatIsNotItsKindsChangeIsRefusedNamingWhatIsWrong(ActivityKind kind, String payload, String problem) {
        assertThatThrownBy(() -> ActivityPayloads.read(kind, payload.replace('\'', '"')))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(problem);
    }

    /** Versions and levels share a shape (two numbers, the first optional): for those two, the kind alone decides. */
    private static boolean sameShape(Class<?> one, Class<?> other) {
        Class<?> versions = ActivityChange.Versions.class;
        Class<?> levels = ActivityChange.LevelMove.class;
        return one == other || (one == versions || one == levels) && (other == versions || other == levels);
    }

    @ParameterizedTest
    @EnumSource(ActivityKind.class)
    void aKindRefusesAChangeOfAnotherShape(ActivityKind kind) {
        String others = Arrays.stream(ActivityKind.values()).filter(other -> !sameShape(other.change(), kind.change()))
                .map(other -> ActivityPayloads.write(SAMPLES.get(other.change())))
                .filter(payload -> {
                    try {
                        ActivityPayloads.read(kind, payload);
                        return true;
                    } catch (IllegalArgumentException refused) {
                        return false;
                    }
                }).collect(Collectors.joining(", "));

        assertThat(others).as("payloads of other types that " + kind + " accepted").isEmpty();
    }
}

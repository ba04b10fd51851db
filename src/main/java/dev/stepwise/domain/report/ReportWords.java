package dev.stepwise.domain.report;

import dev.stepwise.domain.chart.DayTicks;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * The fixed words of a report (headings, column names, "on track"), in the learner's language. Looked up once when
 * the report is built, so a writer needs no resource bundle and two writers can never word a heading differently.
 */
public final class ReportWords {
    /** Each fixed word, by the message key that holds it ({@code messages*.properties}, "# Reports"). */
    public enum Word {
        REPORT_TITLE("report.title"),
        GENERATED("report.generated"),
        OVERALL("report.overall"),
        CHECKLIST("report.checklist"),
        ITEM("report.column.item"),
        STATUS("report.column.status"),
        STARTED("report.column.started"),
        DONE("report.column.done"),
        SUB_STEPS("report.column.subSteps"),
        NOTE("report.column.note"),
        SKILLS("report.skills"),
        SKILL("report.column.skill"),
        CATEGORY("report.column.category"),
        CURRENT("report.column.current"),
        TARGET("report.column.target"),
        GAP("report.column.gap"),
        LINKED_ITEMS("report.column.linkedItems"),
        EVIDENCE("report.column.evidence"),
        RATING_HISTORY("report.ratingHistory"),
        RATED("report.column.rated"),
        LEVEL("report.column.level"),
        NO_RATINGS("report.noRatings"),
        SELF_CHECK("report.selfCheck"),
        STATEMENT("report.column.statement"),
        ANSWER("report.column.answer"),
        MILESTONES("report.milestones"),
        MILESTONE("report.column.milestone"),
        DUE("report.column.due"),
        PROGRESS("report.column.progress"),
        ON_TRACK("report.column.onTrack"),
        STUDY_TIME("report.studyTime"),
        PER_ITEM("report.studyTime.perItem"),
        PER_SECTION("report.studyTime.perSection"),
        PER_WEEK("report.studyTime.perWeek"),
        MINUTES("report.column.minutes"),
        MATRIX_TITLE("report.matrix.title"),
        MATRIX_LEGEND("report.matrix.legend"),
        BURN_UP_TITLE("chart.burnUp.title"),
        BURN_UP_DONE("chart.burnUp.done"),
        BURN_UP_TOTAL("chart.burnUp.total"),
        BURN_UP_PLAN("chart.burnUp.plan"),
        /** The day axis's date patterns ({@link DayTicks.Formats#KEYS}), as the window's charts write them. */
        AXIS_DAY("chart.axis.day"),
        AXIS_MONTH("chart.axis.month"),
        AXIS_MONTH_AND_YEAR("chart.axis.monthAndYear"),
        AXIS_YEAR("chart.axis.year");

        private final String key;

        Word(String key) {
            this.key = key;
        }

        public String key() {
            return key;
        }
    }

    private final Map<Word, String> words;

    private ReportWords(Map<Word, String> words) {
        this.words = words;
    }

    /** Every word from the lookup (normally the message bundle), checked to be there. */
    public static ReportWords from(Function<String, String> lookup) {
        Map<Word, String> words = new EnumMap<>(Word.class);
        for (Word word : Word.values()) {
            words.put(word, Objects.requireNonNull(lookup.apply(word.key()), word.key()));
        }
        return new ReportWords(words);
    }

    public String get(Word word) {
        return words.get(word);
    }

    /** How a day axis writes its labels, from the patterns among these words. */
    public DayTicks.Formats dayTicks(Locale locale) {
        Map<String, String> byKey = new HashMap<>();
        words.forEach((word, text) -> byKey.put(word.key(), text));
        return DayTicks.Formats.from(byKey::get, locale);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ReportWords that && words.equals(that.words);
    }

    @Override
    public int hashCode() {
        return words.hashCode();
    }
}

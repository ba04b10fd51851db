package dev.stepwise.ui.common;

import dev.stepwise.domain.HeldProgress;
import dev.stepwise.domain.ItemStatus;
import dev.stepwise.domain.Level;
import dev.stepwise.domain.Phrase;
import dev.stepwise.domain.Progress;
import dev.stepwise.domain.SelfCheckAnswer;
import dev.stepwise.domain.chart.DayTicks;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.ResourceBundle;

/**
 * Every text the learner reads, in the learner's language, and dates and numbers written the way that language writes
 * them. The texts live in {@code dev/stepwise/messages*.properties} (UTF-8, Java 9+); a text with arguments is a
 * {@link MessageFormat} pattern, so the texts use the typographic apostrophe (’), which MessageFormat leaves alone.
 *
 * <p>The app installs one instance at start-up ({@link #use}); until then, and in tests that install nothing, the
 * texts are English, so no test depends on the machine's locale. Tests may install and reset their own.
 */
public final class Messages {
    public static final String BUNDLE = "dev.stepwise.messages";
    /** Overrides the learner's choice for one run ({@code -Dstepwise.locale=de}); the UI tests pin English with it. */
    public static final String LOCALE_PROPERTY = "stepwise.locale";
    /** The languages that ship, the first being the fallback. */
    public static final List<Locale> SHIPPED = List.of(Locale.ENGLISH, Locale.GERMAN);

    /** The machine's locale as the JVM started, before the app set its own default. */
    private static final Locale SYSTEM = Locale.getDefault();
    private static volatile Messages current = forLocale(Locale.ENGLISH);

    private final Locale locale;
    private final String preference;
    private final ResourceBundle bundle;
    private final DateTimeFormatter date;
    private final DateTimeFormatter dateTime;
    private final DateTimeFormatter shortDate;

    private Messages(Locale locale, String preference) {
        this.locale = locale;
        this.preference = preference;
        // No fallback to the JVM's default locale: a language we do not ship reads the base (English) texts.
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale, ResourceBundle.Control.getNoFallbackControl(
                ResourceBundle.Control.FORMAT_PROPERTIES));
        this.date = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
        this.dateTime = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(locale);
        // The same words as the charts' day labels, so the overview's bars and its burn-up write a day alike.
        this.shortDate = datePattern("chart.axis.day");
    }

    public static Messages forLocale(Locale locale) {
        return new Messages(Objects.requireNonNull(locale), locale.getLanguage());
    }

    /**
     * The texts for this run, from {@link #choose}: the {@code stepwise.locale} system property, the learner's stored
     * choice (may be null or blank: the system's language), and the machine's locale.
     */
    public static Messages start(String preference) {
        String stored = preference == null ? "" : preference.strip();
        return new Messages(choose(System.getProperty(LOCALE_PROPERTY), stored, SYSTEM), stored);
    }

    /** The machine's locale as the JVM started (the app later makes its chosen locale the default). */
    public static Locale systemLocale() {
        return SYSTEM;
    }

    /** The texts in use. */
    public static Messages current() {
        return current;
    }

    /** Installs the texts every view reads from now on (at start-up, or a test's own). */
    public static void use(Messages messages) {
        current = Objects.requireNonNull(messages);
    }

    /** Shorthand for {@code current().text(key, args)}. */
    public static String tr(String key, Object... args) {
        return current.text(key, args);
    }

    /**
     * The language to show: an explicit override, else the learner's stored choice, else the system's language if we
     * ship it, else English. A shipped language that is the system's keeps the system's country (de_CH writes numbers
     * as Swiss Germans do); a stored tag that is blank means "system default".
     */
    public static Locale choose(String override, String preference, Locale system) {
        for (String tag : new String[] {override, preference}) {
            if (tag != null && !tag.isBlank()) {
                Locale wanted = Locale.forLanguageTag(tag.strip().replace('_', '-'));
                if (isShipped(wanted)) {
                    return system != null && system.getLanguage().equals(wanted.getLanguage()) && wanted.getCountry().isEmpty()
                            ? system : wanted;
                }
            }
        }
        return system != null && isShipped(system) ? system : Locale.ENGLISH;
    }

    private static boolean isShipped(Locale locale) {
        return SHIPPED.stream().anyMatch(shipped -> shipped.getLanguage().equals(locale.getLanguage()));
    }

    public Locale locale() {
        return locale;
    }

    /** What the learner chose in the View menu: a language tag, or "" for the system's language. */
    public String preference() {
        return preference;
    }

    /** The text for the key, its {@code {0}}, {@code {1}}… filled in; a missing key shows itself rather than failing. */
    public String text(String key, Object... args) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            return "⟦" + key + "⟧";
        }
        return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
    }

    /** A sentence from the domain, the store or a file reader, in this language (see {@link Phrase}). */
    public String text(Phrase phrase) {
        return phrase.in(bundle, locale);
    }

    /** Shorthand for {@code current().text(phrase)}. */
    public static String tr(Phrase phrase) {
        return current.text(phrase);
    }

    /** A problem in words, or null while there is none (the shape of {@code Texts.titleProblem} and the editors' checks). */
    public static String problem(Phrase problem) {
        return problem == null ? null : tr(problem);
    }

    /** A day as the language writes it: "Nov 29, 2026", "29.11.2026". */
    public String date(LocalDate day) {
        return date.format(day);
    }

    /** A java.time date pattern the bundle gives under {@code key}, for this language ("MMM d", "d. MMM"). */
    public DateTimeFormatter datePattern(String key) {
        return DateTimeFormatter.ofPattern(bundle.getString(key), locale);
    }

    /** How a chart's day axis writes its labels in this language ({@link DayTicks}). */
    public DayTicks.Formats dayTickFormats() {
        return DayTicks.Formats.from(bundle::getString, locale);
    }

    /** A day in few characters, under a bar or a chart: "Nov 23", "23. Nov." (the year is the chart's to say). */
    public String shortDate(LocalDate day) {
        return shortDate.format(day);
    }

    /** A moment in the given zone, day and time: "Nov 29, 2026, 5:38 PM", "29.11.2026, 17:38". */
    public String dateTime(Instant moment, ZoneId zone) {
        return dateTime.format(moment.atZone(zone));
    }

    /** Study time as the language writes it: "45 min", "2 h", "2 h 15 min". */
    public String minutes(int total) {
        int hours = total / 60;
        int rest = total % 60;
        return hours == 0 ? text("study.minutes", rest) : rest == 0 ? text("study.hours", hours) : text("study.hoursMinutes", hours, rest);
    }

    /** A whole number with the language's grouping: "10,000", "10.000". */
    public String number(long value) {
        return NumberFormat.getIntegerInstance(locale).format(value);
    }

    /** An item status as the learner reads it: "Done", "Erledigt". */
    public String status(ItemStatus status) {
        return text("status." + status.name());
    }

    /** A level's name alone, as the matrix's column heads show it under the number: "Guided". */
    public String levelName(Level level) {
        return text("level." + level.name());
    }

    /** A level with its number, as the scale is shown: "2 Guided". */
    public String level(Level level) {
        return text("level.numbered", level.value(), levelName(level));
    }

    /** What a level means, in a sentence. */
    public String anchor(Level level) {
        return text("level." + level.name() + ".anchor");
    }

    /** "5 of 9 done · 1 skipped", as {@link Progress#summary()} says it, in the learner's language and digits. */
    public String summary(Progress progress) {
        String done = text("progress.done", progress.done(), progress.counted());
        return progress.skipped() == 0 ? done : text("progress.skipped", done, progress.skipped());
    }

    /** What deleting would lose: "3 items done, 4 notes and 7 skill ratings" (the held counts above zero). */
    public String progress(HeldProgress held) {
        List<String> parts = new ArrayList<>();
        int[] counts = {held.done(), held.started(), held.skipped(), held.subSteps(), held.notes(), held.ratings(),
            held.targets(), held.answers()};
        String[] keys = {"held.done", "held.started", "held.skipped", "held.subSteps", "held.notes", "held.ratings",
            "held.targets", "held.answers"};
        for (int i = 0; i < counts.length; i++) {
            if (counts[i] > 0) {
                parts.add(text(keys[i], counts[i]));
            }
        }
        if (parts.isEmpty()) {
            return text("held.nothing");
        }
        if (parts.size() == 1) {
            return parts.get(0);
        }
        return text("held.list", String.join(text("held.separator"), parts.subList(0, parts.size() - 1)),
                parts.get(parts.size() - 1));
    }

    public String answer(SelfCheckAnswer answer) {
        return text("selfCheck." + answer.name());
    }
}

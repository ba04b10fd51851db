package dev.stepwise.service;

import dev.stepwise.domain.DoneOverTime;
import dev.stepwise.domain.Item;
import dev.stepwise.domain.ItemProgress;
import dev.stepwise.domain.Level;
import dev.stepwise.domain.MilestoneStanding;
import dev.stepwise.domain.PathState;
import dev.stepwise.domain.Phrase;
import dev.stepwise.domain.PlanPoint;
import dev.stepwise.domain.Progress;
import dev.stepwise.domain.Rating;
import dev.stepwise.domain.Section;
import dev.stepwise.domain.SelfCheck;
import dev.stepwise.domain.SelfCheckAnswer;
import dev.stepwise.domain.SkillStanding;
import dev.stepwise.domain.StudyEntry;
import dev.stepwise.domain.StudyTotals;
import dev.stepwise.domain.report.Report;
import dev.stepwise.domain.report.ReportBurnUp;
import dev.stepwise.domain.report.ReportItem;
import dev.stepwise.domain.report.ReportMilestone;
import dev.stepwise.domain.report.ReportRating;
import dev.stepwise.domain.report.ReportSection;
import dev.stepwise.domain.report.ReportSelfCheck;
import dev.stepwise.domain.report.ReportSkill;
import dev.stepwise.domain.report.ReportWords;
import dev.stepwise.domain.report.StudyTime;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.ResourceBundle;

/**
 * Makes a {@link Report} from a path's state: every word in the learner's language (the app's message bundle, the
 * texts the window shows), every date in the learner's time zone (the injected clock's), so the writers have nothing
 * left to decide. Pure: reads no database; the same state, clock and language always give the same report.
 *
 * <p>Milestones and study time stay empty here until their data exists: their builders add to this one after merge.
 */
public final class ReportBuilder {
    private final Clock clock;
    private final Locale locale;
    private final ResourceBundle bundle;
    private final DateTimeFormatter date;
    private final DateTimeFormatter dateTime;

    public ReportBuilder(Clock clock, Locale locale) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.locale = Objects.requireNonNull(locale, "locale");
        // No fallback to the JVM's locale: a language Stepwise does not ship reads the base (English) texts, as the window.
        this.bundle = ResourceBundle.getBundle(Phrase.BUNDLE, locale, ResourceBundle.Control.getNoFallbackControl(
                ResourceBundle.Control.FORMAT_PROPERTIES));
        this.date = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
        this.dateTime = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(locale);
    }

    /** The language a stored or given tag asks for: one Stepwise ships ("de"), otherwise English. */
    public static Locale language(String tag) {
        if (tag != null && !tag.isBlank()) {
            Locale wanted = Locale.forLanguageTag(tag.strip().replace('_', '-'));
            if (wanted.getLanguage().equals(Locale.GERMAN.getLanguage())) {
                return wanted;
            }
        }
        return Locale.ENGLISH;
    }

    /** The report with the path's calendar and study time: milestones as they stand today, minutes as logged. */
    public Report build(PathState state, List<MilestoneStanding> milestones, Collection<StudyEntry> studyLog) {
        List<ReportMilestone> rows = milestones.stream().map(standing -> new ReportMilestone(standing.milestone().title(),
                standing.milestone().due(), day(standing.milestone().due()),
                new Progress(standing.done(), standing.counted(), 0),
                summary(new Progress(standing.done(), standing.counted(), 0)), standing.onTrack(),
                text(standing.onTrack() ? "timeline.onTrack" : "timeline.behind"))).toList();
        DoneOverTime.Series done = DoneOverTime.count(state).series(LocalDate.now(clock));
        // The standings come by date, and the first one's span starts on the day the path began, as the plan line does.
        return build(state).withMilestones(rows).withStudyTime(studyTime(state, studyLog))
                .withBurnUp(new ReportBurnUp(done.points(), done.total(), milestones.isEmpty() ? PlanPoint.of(state)
                        : PlanPoint.fromStart(milestones.get(0).spanStart(), PlanPoint.of(state))));
    }

    private StudyTime studyTime(PathState state, Collection<StudyEntry> log) {
        if (log.isEmpty()) {
            return StudyTime.NONE;
        }
        Map<String, Integer> perItem = StudyTotals.perItem(log);
        List<StudyTime.Minutes> items = new ArrayList<>();
        List<StudyTime.Minutes> sections = new ArrayList<>();
        for (Section section : state.path().sections()) {
            for (Item item : section.items()) {
                int minutes = perItem.getOrDefault(item.id(), 0);
                if (minutes > 0) {
                    items.add(new StudyTime.Minutes(item.id(), item.title(), minutes));
                }
            }
            int minutes = StudyTotals.ofSection(log, section);
            if (minutes > 0) {
                sections.add(new StudyTime.Minutes(section.id(), section.title(), minutes));
            }
        }
        List<StudyTime.Minutes> weeks = new ArrayList<>();
        StudyTotals.perWeek(log, clock.getZone()).forEach((monday, minutes) ->
                weeks.add(new StudyTime.Minutes(monday.toString(), date.format(monday), minutes)));
        return new StudyTime(items, sections, weeks);
    }

    public Report build(PathState state) {
        ZoneId zone = clock.getZone();
        List<ReportSection> sections = new ArrayList<>();
        for (Section section : state.path().sections()) {
            List<ReportItem> items = section.items().stream().map(item -> item(state, item)).toList();
            Progress progress = state.progressOf(section);
            sections.add(new ReportSection(section.id(), section.title(), progress, summary(progress), items));
        }
        List<ReportSkill> skills = state.standings().stream().map(standing -> skill(state, standing, zone)).toList();
        List<ReportSelfCheck> checks = new ArrayList<>();
        for (SelfCheck check : state.path().selfChecks()) {
            SelfCheckAnswer answer = state.answerTo(check.id()).orElse(null);
            checks.add(new ReportSelfCheck(check.id(), check.statement(), answer,
                    answer == null ? "" : text("selfCheck." + answer.name())));
        }
        Progress overall = state.overallProgress();
        List<String> levelNames = Arrays.stream(Level.values()).map(level -> text("level." + level.name())).toList();
        return new Report(locale, ReportWords.from(bundle::getString), levelNames, state.path().id(), state.path().title(),
                state.path().tagline(), LocalDate.now(clock), dateTime.format(clock.instant().atZone(zone)), overall,
                summary(overall), sections, skills, checks, List.of(), StudyTime.NONE, ReportBurnUp.NONE);
    }

    private ReportItem item(PathState state, Item item) {
        ItemProgress progress = state.progressOf(item.id());
        String subSteps = item.subItems().isEmpty() ? "" : summary(state.subItemProgress(item));
        return new ReportItem(item.id(), item.title(), progress.status(), text("status." + progress.status().name()),
                progress.startedOn(), day(progress.startedOn()), progress.doneOn(), day(progress.doneOn()), subSteps,
                progress.note());
    }

    private ReportSkill skill(PathState state, SkillStanding standing, ZoneId zone) {
        List<ReportRating> history = new ArrayList<>();
        for (Rating rating : state.skillProgressOf(standing.skill().id()).history()) {
            history.add(new ReportRating(rating.level(), level(rating.level()),
                    rating.ratedAt().atZone(zone).toLocalDateTime(), dateTime.format(rating.ratedAt().atZone(zone)),
                    rating.note()));
        }
        return new ReportSkill(standing.skill().id(), standing.skill().name(), standing.skill().category(),
                standing.current(), level(standing.current()), standing.target(), level(standing.target()),
                standing.targetMet() ? text("matrix.gap.met") : text("matrix.gap.open", standing.gap()),
                summary(standing.linkedItems()), standing.evidenceCount(), history);
    }

    private String day(LocalDate day) {
        return day == null ? "" : date.format(day);
    }

    private String level(Level level) {
        return text("level.numbered", level.value(), text("level." + level.name()));
    }

    /** "5 of 9 done · 1 skipped", worded as the window words it. */
    private String summary(Progress progress) {
        String done = text("progress.done", progress.done(), progress.counted());
        return progress.skipped() == 0 ? done : text("progress.skipped", done, progress.skipped());
    }

    private String text(String key, Object... args) {
        return Phrase.of(key, args).in(bundle, locale);
    }
}

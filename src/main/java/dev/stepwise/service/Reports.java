package dev.stepwise.service;

import dev.stepwise.domain.MilestoneStanding;
import dev.stepwise.domain.PathState;
import dev.stepwise.domain.Timeline;
import dev.stepwise.domain.report.Report;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * Progress reports of installed paths ({@link Report}), for the command line and the window: the state is read in one
 * short transaction, the report is made after it, so writing a long report never holds the store.
 */
public final class Reports {
    private final ProgressService progress;
    private final PreferencesService preferences;
    private final ContentService content;
    private final StudyTimeService studyTime;
    private final Clock clock;

    Reports(ProgressService progress, PreferencesService preferences, ContentService content, StudyTimeService studyTime,
            Clock clock) {
        this.progress = progress;
        this.preferences = preferences;
        this.content = content;
        this.studyTime = studyTime;
        this.clock = clock;
    }

    /**
     * The report of the path as stored now, in the given language.
     *
     * @throws IllegalArgumentException when no path with the id is installed
     */
    public Report report(String pathId, Locale language) {
        PathState state = progress.load(pathId);
        LocalDate start = LocalDate.ofInstant(content.startedAt(pathId), clock.getZone());
        List<MilestoneStanding> milestones = Timeline.of(state, start, LocalDate.now(clock));
        return new ReportBuilder(clock, language).build(state, milestones, studyTime.load(pathId).entries());
    }

    /** The report of a state the caller already holds (the window's), dated by this service's clock. */
    public Report of(PathState state, Locale language) {
        return new ReportBuilder(clock, language).build(state);
    }

    /** The language the learner chose in the window (View ▸ Language), or English when they chose none. */
    public Locale learnerLanguage() {
        return ReportBuilder.language(preferences.language().orElse(null));
    }
}

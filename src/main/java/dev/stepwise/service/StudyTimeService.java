package dev.stepwise.service;

import dev.stepwise.domain.ActivityChange;
import dev.stepwise.domain.ActivityEvent;
import dev.stepwise.domain.ActivityKind;
import dev.stepwise.domain.InvalidEditException;
import dev.stepwise.domain.Phrase;
import dev.stepwise.domain.StudyEntry;
import dev.stepwise.domain.StudyLog;
import dev.stepwise.domain.StudySource;
import dev.stepwise.domain.StudyTimer;
import dev.stepwise.store.ActivityRepository;
import dev.stepwise.store.Database;
import dev.stepwise.store.ItemProgressRepository;
import dev.stepwise.store.StudyTimeRepository;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Study time: minutes added by hand and the start/stop timer. Each change is one transaction with its activity entry,
 * so it is one undo step. Only the timer's start is stored, so a timer survives a crash or a closed window.
 *
 * <p>Not thread-safe: called from the single store thread only.
 */
public final class StudyTimeService {
    private final Database database;
    private final ItemProgressRepository itemProgress;
    private final StudyTimeRepository studyTime;
    private final ActivityRepository activity;
    private final Clock clock;

    public StudyTimeService(Database database, ItemProgressRepository itemProgress, StudyTimeRepository studyTime,
                            ActivityRepository activity, Clock clock) {
        this.database = database;
        this.itemProgress = itemProgress;
        this.studyTime = studyTime;
        this.activity = activity;
        this.clock = clock;
    }

    /**
     * What a timer change did: the timer running now (if any), the session it logged, and — for a timer that ran longer
     * than {@link StudyTimer#LONGEST} — how long it ran, logged as nothing: the learner adds what they did study.
     * {@code leftOutMinutes} are the timed minutes that did not fit into the day the session started on, which holds at
     * most 24 hours of study, as for time added by hand.
     */
    public record TimerChange(Optional<StudyTimer> running, Optional<StudyEntry> logged, Optional<Duration> unlogged,
                              int leftOutMinutes) {
        static TimerChange none() {
            return new TimerChange(Optional.empty(), Optional.empty(), Optional.empty(), 0);
        }
    }

    /** The path's study time, running timer and reviews. */
    public StudyLog load(String pathId) {
        return database.inTransaction(() -> StudyLog.of(studyTime.entries(pathId), studyTime.timer(pathId),
                studyTime.reviews(pathId)));
    }

    /**
     * Adds minutes studied by hand. The session is stamped with the moment it is logged, so it counts today; two added
     * in the same second are kept apart by a second, since a session is identified by its item and start. A day holds
     * at most 24 hours of study on the path: more is refused ({@link StudyLog#checkRoomOn}).
     */
    public StudyEntry logTime(String pathId, String itemId, int minutes) {
        StudyEntry.checkMinutes(minutes);
        return database.inTransaction(() -> {
            existingItem(pathId, itemId);
            Instant now = clock.instant();
            StudyLog.of(studyTime.entries(pathId), Optional.empty(), List.of())
                    .checkRoomOn(LocalDate.ofInstant(now, clock.getZone()), clock.getZone(), minutes);
            Instant start = now;
            while (studyTime.hasEntry(pathId, itemId, start)) {
                start = start.plusSeconds(1);
            }
            StudyEntry entry = new StudyEntry(itemId, start, minutes, StudySource.MANUAL);
            studyTime.add(pathId, entry);
            record(now, pathId, ActivityKind.TIME_LOGGED, itemId, new ActivityChange.Minutes(minutes));
            return entry;
        });
    }

    /**
     * Starts the timer on an item. A path has one timer: one running on another item is stopped first (its time logged),
     * in the same step; one already running on this item keeps running.
     */
    public TimerChange startTimer(String pathId, String itemId) {
        return database.inTransaction(() -> {
            existingItem(pathId, itemId);
            Optional<StudyTimer> running = studyTime.timer(pathId);
            if (running.isPresent() && running.get().itemId().equals(itemId)) {
                return new TimerChange(running, Optional.empty(), Optional.empty(), 0);
            }
            Instant now = clock.instant();
            StudyTimer started = new StudyTimer(itemId, now);
            // The start is recorded first: it names the step in the Edit menu.
            record(now, pathId, ActivityKind.TIMER_STARTED, itemId, new ActivityChange.Timer(started.startedAt(), 0));
            TimerChange stopped = running.map(timer -> stop(pathId, timer, now)).orElse(TimerChange.none());
            studyTime.startTimer(pathId, started);
            return new TimerChange(Optional.of(started), stopped.logged(), stopped.unlogged(), stopped.leftOutMinutes());
        });
    }

    /** Stops the path's timer, logging its minutes; nothing changes when no timer runs. */
    public TimerChange stopTimer(String pathId) {
        return database.inTransaction(() -> studyTime.timer(pathId).map(timer -> stop(pathId, timer, clock.instant()))
                .orElse(TimerChange.none()));
    }

    private TimerChange stop(String pathId, StudyTimer timer, Instant now) {
        Optional<StudyEntry> timed = timer.stopAt(now);
        // The day the session starts on keeps to 24 hours of study, however the time came: the timer broke the rule
        // time added by hand is held to, and the day then read "24 h 1 min" (found by trying it).
        int free = timed.map(entry -> StudyLog.of(studyTime.entries(pathId), Optional.empty(), List.of())
                .minutesFreeOn(LocalDate.ofInstant(entry.startedAt(), clock.getZone()), clock.getZone())).orElse(0);
        Optional<StudyEntry> logged = timed.filter(entry -> free > 0)
                .map(entry -> entry.minutes() <= free ? entry : new StudyEntry(entry.itemId(), entry.startedAt(), free, entry.source()));
        int leftOut = timed.map(StudyEntry::minutes).orElse(0) - logged.map(StudyEntry::minutes).orElse(0);
        logged.ifPresent(entry -> studyTime.add(pathId, entry));
        studyTime.clearTimer(pathId);
        record(now, pathId, ActivityKind.TIMER_STOPPED, timer.itemId(),
                new ActivityChange.Timer(timer.startedAt(), logged.map(StudyEntry::minutes).orElse(0)));
        Optional<Duration> unlogged = timer.isOverlongAt(now) ? Optional.of(timer.elapsedAt(now)) : Optional.empty();
        return new TimerChange(Optional.empty(), logged, unlogged, leftOut);
    }

    private void existingItem(String pathId, String itemId) {
        if (itemProgress.findOfExistingItem(pathId, itemId).isEmpty()) {
            throw new InvalidEditException(Phrase.of("service.noItem", pathId, itemId));
        }
    }

    /** The one place this service writes activity entries. */
    private void record(Instant at, String pathId, ActivityKind kind, String subject, ActivityChange change) {
        activity.append(new ActivityEvent(at, pathId, kind, subject, change));
    }
}

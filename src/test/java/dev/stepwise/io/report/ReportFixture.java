package dev.stepwise.io.report;

import dev.stepwise.domain.ItemProgress;
import dev.stepwise.domain.ItemStatus;
import dev.stepwise.domain.LearningPath;
import dev.stepwise.domain.Level;
import dev.stepwise.domain.PathState;
import dev.stepwise.domain.Rating;
import dev.stepwise.domain.SelfCheckAnswer;
import dev.stepwise.domain.SkillProgress;
import dev.stepwise.domain.report.Report;
import dev.stepwise.fixtures.FixturePath;
import dev.stepwise.service.ReportBuilder;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The fixed progress the report tests write: the {@link FixturePath} part done, part learning, one item skipped, a few
 * skills rated and one own target, two self-check answers; made at 17:38 on 29 Nov 2026 in Berlin.
 */
final class ReportFixture {
    /** 16:38 UTC is 17:38 in Berlin (CET, UTC+1, in November). */
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-29T16:38:00Z"), ZoneId.of("Europe/Berlin"));

    private ReportFixture() {
    }

    static PathState state() {
        return state(FixturePath.path());
    }

    static PathState state(LearningPath path) {
        Map<String, ItemProgress> items = Map.of(
                FixturePath.LEARN_LANGUAGE, new ItemProgress(FixturePath.LEARN_LANGUAGE, ItemStatus.DONE, "Chose Java.",
                        Set.of(FixturePath.CHOOSE_LANGUAGE, FixturePath.LEARN_GIT), day("2026-10-01"), day("2026-10-20")),
                FixturePath.LEARN_SQL, new ItemProgress(FixturePath.LEARN_SQL, ItemStatus.LEARNING,
                        "Joins are fine.\nIndexes next.", Set.of(FixturePath.JOINS), day("2026-11-02"), null),
                FixturePath.DEPLOY, new ItemProgress(FixturePath.DEPLOY, ItemStatus.SKIPPED, "", Set.of(), null, null),
                FixturePath.CS_DEGREE, new ItemProgress(FixturePath.CS_DEGREE, ItemStatus.DONE, "", Set.of(), null,
                        day("2026-09-01")));
        Map<String, SkillProgress> skills = Map.of(
                FixturePath.LANGUAGE.id(), new SkillProgress(FixturePath.LANGUAGE.id(), null, List.of(
                        new Rating(Level.AWARE, Instant.parse("2026-10-02T08:00:00Z"), ""),
                        new Rating(Level.GUIDED, Instant.parse("2026-11-15T19:30:00Z"), "After the first project"))),
                FixturePath.DATABASES.id(), new SkillProgress(FixturePath.DATABASES.id(), null, List.of(
                        new Rating(Level.AWARE, Instant.parse("2026-11-03T10:00:00Z"), ""))),
                FixturePath.COMMUNICATION.id(), new SkillProgress(FixturePath.COMMUNICATION.id(), Level.GUIDED, List.of(
                        new Rating(Level.AWARE, Instant.parse("2026-11-20T12:00:00Z"), "Presented at the meetup"))));
        Map<String, SelfCheckAnswer> answers = Map.of("likes-puzzles", SelfCheckAnswer.AGREE,
                "likes-data", SelfCheckAnswer.NOT_SURE);
        return new PathState(path, items, skills, answers);
    }

    static Report report(Locale locale) {
        return new ReportBuilder(CLOCK, locale).build(state());
    }

    private static LocalDate day(String iso) {
        return LocalDate.parse(iso);
    }
}

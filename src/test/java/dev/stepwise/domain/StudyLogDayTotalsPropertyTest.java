package dev.stepwise.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The day and week totals the log keeps by start instant equal the plain scan over every entry, after any sequence of
 * logged sessions, in zones with and without daylight saving (sessions are drawn around the 2026 switches and on the
 * same instants, on different items), and for any day asked about.
 */
class StudyLogDayTotalsPropertyTest {
    private static final Instant FIRST = Instant.parse("2026-03-20T00:00:00Z");
    /** Ten days either side of Europe's and America's spring switches, so day lengths of 23 and 25 hours come up. */
    private static final int SPAN_MINUTES = 24 * 60 * 20;
    private static final List<ZoneId> ZONES = List.of(ZoneId.of("UTC"), ZoneId.of("Europe/Berlin"), ZoneId.of("America/New_York"),
            ZoneId.of("Asia/Kolkata"), ZoneId.of("Pacific/Chatham"));

    @Property(tries = 300)
    void dayAndWeekTotalsEqualTheScanOfEveryEntry(@ForAll("sessions") List<StudyEntry> sessions, @ForAll("zones") ZoneId zone,
                                                  @ForAll("days") int dayOffset) {
        StudyLog log = StudyLog.empty();
        List<StudyEntry> logged = new ArrayList<>();
        LocalDate day = LocalDate.ofInstant(FIRST, zone).plusDays(dayOffset);
        for (StudyEntry session : sessions) {
            log = log.with(session);
            logged.add(session);
            assertThat(log.minutesFreeOn(day, zone)).as("free on %s in %s after %d sessions", day, zone, logged.size())
                    .isEqualTo(Math.max(0, StudyEntry.MAX_MINUTES - scannedOn(logged, day, zone)));
            assertThat(log.minutesInWeekOf(day, zone)).as("week of %s in %s", day, zone)
                    .isEqualTo(StudyTotals.inWeekOf(logged, day, zone));
        }
        assertThat(StudyLog.of(logged, Optional.empty(), List.of()).minutesInWeekOf(day, zone)).as("built at once")
                .isEqualTo(log.minutesInWeekOf(day, zone));
    }

    private static int scannedOn(List<StudyEntry> entries, LocalDate day, ZoneId zone) {
        return entries.stream().filter(entry -> entry.day(zone).equals(day)).mapToInt(StudyEntry::minutes).sum();
    }

    @Provide
    Arbitrary<List<StudyEntry>> sessions() {
        // Starts on a coarse grid, so several sessions often share an instant (on different items or the same one).
        Arbitrary<StudyEntry> session = Combinators.combine(Arbitraries.of("a", "b", "c"),
                        Arbitraries.integers().between(0, SPAN_MINUTES / 90).map(slot -> FIRST.plusSeconds(slot * 90L * 60)),
                        Arbitraries.integers().between(1, StudyEntry.MAX_MINUTES))
                .as((item, start, minutes) -> new StudyEntry(item, start, minutes, StudySource.MANUAL));
        return session.list().ofMaxSize(40);
    }

    @Provide
    Arbitrary<ZoneId> zones() {
        return Arbitraries.of(ZONES);
    }

    @Provide
    Arbitrary<Integer> days() {
        return Arbitraries.integers().between(-2, SPAN_MINUTES / (24 * 60) + 2);
    }
}

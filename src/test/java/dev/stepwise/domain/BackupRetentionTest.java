package dev.stepwise.domain;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stepwise.domain.BackupRetention.Backup;
import dev.stepwise.domain.BackupRetention.Decision;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The retention rule over a synthetic calendar: two backups a day (06:00 and 18:00 UTC) from 1 March to Sunday
 * 29 November 2026, 548 in all, decided at 20:00 on the last day.
 */
class BackupRetentionTest {
    private static final Instant FIRST = Instant.parse("2026-03-01T06:00:00Z");
    private static final Instant NOW = Instant.parse("2026-11-29T20:00:00Z");

    /** Kept at NOW, worked out by hand from the rule. */
    private static final Set<String> EXPECTED = Set.of(
            // the newest ten: 25 to 29 November, both of each day
            "2026-11-29T18:00:00Z", "2026-11-29T06:00:00Z", "2026-11-28T18:00:00Z", "2026-11-28T06:00:00Z",
            "2026-11-27T18:00:00Z", "2026-11-27T06:00:00Z", "2026-11-26T18:00:00Z", "2026-11-26T06:00:00Z",
            "2026-11-25T18:00:00Z", "2026-11-25T06:00:00Z",
            // the newest of each of the last seven days not yet kept: 23 and 24 November
            "2026-11-24T18:00:00Z", "2026-11-23T18:00:00Z",
            // the newest of each of the three weeks before this one (Sundays)
            "2026-11-22T18:00:00Z", "2026-11-15T18:00:00Z", "2026-11-08T18:00:00Z",
            // the newest of each of the five months before this one
            "2026-10-31T18:00:00Z", "2026-09-30T18:00:00Z", "2026-08-31T18:00:00Z", "2026-07-31T18:00:00Z",
            "2026-06-30T18:00:00Z");

    private static List<Backup> twiceADay(Instant until) {
        List<Backup> backups = new ArrayList<>();
        for (Instant at = FIRST; !at.isAfter(until); at = at.plus(Duration.ofHours(12))) {
            backups.add(new Backup(at.toString(), at, 1_000));
        }
        return backups;
    }

    private static Set<String> names(List<Backup> backups) {
        Set<String> names = new HashSet<>();
        backups.forEach(backup -> names.add(backup.name()));
        return names;
    }

    @Test
    void keepsTheNewestTenAndOneADayAWeekAndAMonth() {
        List<Backup> all = twiceADay(NOW);
        assertThat(all).hasSize(548);

        Decision decision = BackupRetention.decide(all, NOW);

        assertThat(names(decision.keep())).isEqualTo(EXPECTED);
        assertThat(decision.keep()).hasSize(20);
        assertThat(decision.remove()).hasSize(528);
        assertThat(decision.keep().get(0).name()).isEqualTo("2026-11-29T18:00:00Z");
        assertThat(decision.shrunk()).isEmpty();
    }

    @Test
    void rotatingAfterEveryBackupEndsWithTheSameBackups() {
        List<Backup> kept = new ArrayList<>();
        for (Backup next : twiceADay(NOW)) {
            kept.add(next);
            Decision decision = BackupRetention.decide(kept, next.at());
            kept = new ArrayList<>(decision.keep());
        }

        assertThat(names(BackupRetention.decide(kept, NOW).keep())).isEqualTo(EXPECTED);
    }

    @Test
    void aBackupLessThanHalfTheOneBeforeIsReportedAndTheOneBeforeIsKeptForGood() {
        List<Backup> backups = new ArrayList<>(twiceADay(Instant.parse("2026-04-10T06:00:00Z")));
        Instant shrunkAt = Instant.parse("2026-04-10T18:00:00Z");
        backups.add(new Backup("small", shrunkAt, 499));

        Decision then = BackupRetention.decide(backups, shrunkAt);

        assertThat(then.shrunk()).extracting(Backup::name).containsExactly("small");
        assertThat(names(then.keep())).contains("small", "2026-04-10T06:00:00Z");
        // Months later the big one before the shrink is still there, beside the small one.
        List<Backup> later = new ArrayList<>(then.keep());
        for (Instant at = shrunkAt.plus(Duration.ofHours(12)); at.isBefore(NOW); at = at.plus(Duration.ofHours(12))) {
            later.add(new Backup(at.toString(), at, 499));
            later = new ArrayList<>(BackupRetention.decide(later, at).keep());
        }
        assertThat(names(later)).contains("2026-04-10T06:00:00Z", "small");
    }

    @Test
    void halfTheSizeIsNotYetAShrinkNorIsShrinkingStepByStep() {
        Instant at = Instant.parse("2026-05-01T00:00:00Z");
        List<Backup> backups = List.of(new Backup("a", at, 1_000), new Backup("b", at.plusSeconds(60), 500),
                new Backup("c", at.plusSeconds(120), 250));

        assertThat(BackupRetention.decide(backups, at.plusSeconds(180)).shrunk()).isEmpty();
    }

    @Test
    void backupsOfOneInstantCountNewestFirstInTheOrderGiven() {
        Instant at = Instant.parse("2026-05-01T10:00:00Z");
        List<Backup> backups = new ArrayList<>();
        for (int minute = 9; minute >= 1; minute--) {
            backups.add(new Backup("later-" + minute, at.plusSeconds(60L * minute), 1_000));
        }
        backups.addAll(List.of(new Backup("c", at, 1_000), new Backup("a", at, 1_000), new Backup("b", at, 1_000)));

        Decision decision = BackupRetention.decide(backups, at.plusSeconds(3_600));

        assertThat(decision.keep()).hasSize(10).extracting(Backup::name).last().isEqualTo("c");
        assertThat(decision.remove()).extracting(Backup::name).containsExactly("a", "b");
    }

    @Test
    void fewerThanTenAreAllKept() {
        List<Backup> backups = twiceADay(FIRST.plus(Duration.ofDays(2)));

        Decision decision = BackupRetention.decide(backups, NOW);

        assertThat(decision.keep()).hasSize(5);
        assertThat(decision.remove()).isEmpty();
    }

    @Test
    void aDayMeansTwentyFourHours() {
        Instant backup = Instant.parse("2026-05-01T10:00:00Z");

        assertThat(BackupRetention.olderThanADay(backup, backup.plus(Duration.ofHours(23)))).isFalse();
        assertThat(BackupRetention.olderThanADay(backup, backup.plus(Duration.ofHours(24)))).isTrue();
    }

    @Test
    void reasonsRoundTripThroughTheirFileNameToken() {
        for (BackupReason reason : BackupReason.values()) {
            assertThat(BackupReason.ofToken(reason.token())).contains(reason);
        }
        assertThat(BackupReason.BEFORE_DELETE.token()).isEqualTo("before-delete");
        assertThat(BackupReason.ofToken("nonsense")).isEmpty();
    }
}

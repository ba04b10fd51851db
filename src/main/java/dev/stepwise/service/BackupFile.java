package dev.stepwise.service;

import dev.stepwise.domain.BackupReason;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One backup in {@code <data folder>/backups/}, known from its name alone:
 * {@code stepwise-2026-11-29T203015Z-before-delete.db} is the time it was made (UTC, so names sort in time order) and
 * why. A second backup in the same second gets {@code -2}, {@code -3}… before {@code .db}, so backups of one second
 * still sort in the order they were made ({@link #ORDER}).
 */
public record BackupFile(Path file, Instant at, BackupReason reason, long bytes, int sequence) {
    /** Oldest first: by time, then by the order within one second. */
    public static final Comparator<BackupFile> ORDER = Comparator.comparing(BackupFile::at)
            .thenComparingInt(BackupFile::sequence);

    static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);
    private static final Pattern NAME = Pattern.compile("stepwise-(\\d{4}-\\d{2}-\\d{2}T\\d{6}Z)-([a-z-]+?)(-\\d{1,6})?\\.db");

    /** The name of the {@code n}th backup made in that second, for that reason. */
    static String name(Instant at, BackupReason reason, int n) {
        return "stepwise-" + STAMP.format(at) + "-" + reason.token() + (n > 1 ? "-" + n : "") + ".db";
    }

    /** The backup a file name stands for; empty for any other file (a working copy, something the learner put there). */
    static Optional<BackupFile> parse(Path file, long bytes) {
        Matcher matcher = NAME.matcher(file.getFileName().toString());
        if (!matcher.matches()) {
            return Optional.empty();
        }
        try {
            Instant at = STAMP.parse(matcher.group(1), Instant::from);
            int sequence = matcher.group(3) == null ? 1 : Integer.parseInt(matcher.group(3).substring(1));
            return BackupReason.ofToken(matcher.group(2)).map(reason -> new BackupFile(file, at, reason, bytes, sequence));
        } catch (DateTimeParseException | NumberFormatException e) {
            return Optional.empty();
        }
    }
}

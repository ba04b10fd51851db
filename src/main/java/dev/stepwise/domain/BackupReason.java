package dev.stepwise.domain;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Why a backup was made. Written into the backup's file name as its {@link #token()}, so the list of backups says
 * why each exists without opening any of them ({@code stepwise-2026-11-29T203015Z-before-delete.db}).
 */
public enum BackupReason {
    START, INTERVAL, CLOSE, BEFORE_DELETE, BEFORE_IMPORT, BEFORE_UPGRADE, BEFORE_RESTORE, BEFORE_RESET, MANUAL;

    /** The reason as it appears in a file name: lower case, words joined by '-'. */
    public String token() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The reason a file name's token stands for; empty for a token this version does not know. */
    public static Optional<BackupReason> ofToken(String token) {
        for (BackupReason reason : values()) {
            if (reason.token().equals(token)) {
                return Optional.of(reason);
            }
        }
        return Optional.empty();
    }

    /** The reason in the learner's words, for the list of backups ({@code backup.reason.<token>}). */
    public Phrase phrase() {
        return new Phrase("backup.reason." + token(), List.of());
    }
}

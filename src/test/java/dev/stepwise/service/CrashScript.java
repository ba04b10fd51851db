package dev.stepwise.service;

import dev.stepwise.domain.BackupReason;
import dev.stepwise.domain.ItemProgress;
import dev.stepwise.domain.ItemStatus;
import dev.stepwise.domain.LearningPath;
import dev.stepwise.domain.Level;
import dev.stepwise.fixtures.FixturePath;
import dev.stepwise.store.SamplePaths;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The script {@link CrashWorker} runs and {@link CrashRoundsTest} checks: change {@code n} of the script with seed
 * {@code s} is a pure function of both, so the test knows every change the child made or was about to make without
 * being told more than the number of the last acknowledged one. Every change sets a value outright (a status, a note,
 * a level), so the state after change {@code n} is the {@link Model} of changes 1..n applied in order.
 */
final class CrashScript {
    static final String UPDATED_ID = "crash-import";
    static final String COPY_ID = "crash-copy";
    private static final List<String> ITEMS = List.of(FixturePath.LEARN_LANGUAGE, FixturePath.LEARN_SQL, FixturePath.BUILD_API,
            FixturePath.DEPLOY, FixturePath.CS_DEGREE, FixturePath.PRACTICE_DEBUGGING);
    private static final Map<String, List<String>> SUB_STEPS = Map.of(
            FixturePath.LEARN_LANGUAGE, List.of(FixturePath.CHOOSE_LANGUAGE, FixturePath.LEARN_GIT, FixturePath.WRITE_FIRST_TESTS),
            FixturePath.LEARN_SQL, List.of(FixturePath.JOINS, FixturePath.INDEXES, "transactions"),
            FixturePath.DEPLOY, List.of("docker-image", "ci-pipeline"));
    static final List<String> ALL_ITEMS = FixturePath.path().sections().stream()
            .flatMap(section -> section.items().stream()).map(item -> item.id()).toList();
    static final List<String> SKILLS = FixturePath.path().skills().stream().map(skill -> skill.id()).toList();
    /** Every this many changes a manual backup, and half-way between two of them a path-file import. */
    private static final int EVERY = 20;

    enum Kind { STATUS, NOTE, SUB_STEP, RATE, TARGET, BACKUP, IMPORT_UPDATE, IMPORT_NEW }

    /** One change: {@code key} names what it changes, {@code value} what it sets (both as text for the ACK line). */
    record Op(int n, Kind kind, String key, String sub, String value) {
        void run(Stepwise stepwise) {
            String id = FixturePath.ID;
            switch (kind) {
                case STATUS -> stepwise.progress().setStatus(id, key, ItemStatus.valueOf(value));
                case NOTE -> stepwise.progress().saveNote(id, key, value);
                case SUB_STEP -> stepwise.progress().setSubItemDone(id, key, sub, Boolean.parseBoolean(value));
                case RATE -> stepwise.progress().rate(id, key, Level.valueOf(value), "evidence " + n);
                case TARGET -> stepwise.progress().setTarget(id, key, Level.valueOf(value));
                case BACKUP -> stepwise.backups().backUp(BackupReason.MANUAL);
                case IMPORT_UPDATE -> stepwise.pathFiles().importPath(imported(UPDATED_ID, n), false);
                case IMPORT_NEW -> stepwise.pathFiles().importPath(imported(COPY_ID, n), true);
                default -> throw new IllegalStateException(kind.name());
            }
        }

        /** The ACK line's description: short even for a long note. */
        String describe() {
            String shown = value.length() > 24 ? value.length() + " chars" : value;
            return kind + " " + key + (sub == null ? "" : "/" + sub) + " " + shown;
        }
    }

    private CrashScript() {
    }

    /** Change {@code n} (from 1) of the script with this seed. */
    static Op op(long seed, int n) {
        Random random = new Random(seed * 1_000_003L + n);
        if (n % EVERY == 0) {
            return new Op(n, Kind.BACKUP, "", null, "");
        }
        if (n % EVERY == EVERY / 2) {
            return n % (2 * EVERY) == EVERY / 2 ? new Op(n, Kind.IMPORT_UPDATE, UPDATED_ID, null, String.valueOf(n))
                    : new Op(n, Kind.IMPORT_NEW, COPY_ID, null, String.valueOf(n));
        }
        int pick = random.nextInt(100);
        if (pick < 25) {
            ItemStatus status = ItemStatus.values()[random.nextInt(ItemStatus.values().length)];
            return new Op(n, Kind.STATUS, pickFrom(ITEMS, random), null, status.name());
        } else if (pick < 50) {
            return new Op(n, Kind.NOTE, pickFrom(ITEMS, random), null, note(n, random));
        } else if (pick < 70) {
            String item = pickFrom(List.copyOf(new TreeMap<>(SUB_STEPS).keySet()), random);
            return new Op(n, Kind.SUB_STEP, item, pickFrom(SUB_STEPS.get(item), random), String.valueOf(random.nextBoolean()));
        } else if (pick < 85) {
            Level level = Level.values()[1 + random.nextInt(Level.values().length - 1)];
            return new Op(n, Kind.RATE, pickFrom(SKILLS, random), null, level.name());
        }
        Level target = Level.values()[1 + random.nextInt(Level.values().length - 1)];
        return new Op(n, Kind.TARGET, pickFrom(SKILLS, random), null, target.name());
    }

    /** A note from empty to 40 KB (several pages of the database), different for every change. */
    private static String note(int n, Random random) {
        int size = switch (random.nextInt(4)) {
            case 0 -> 0;
            case 1 -> 1 + random.nextInt(80);
            case 2 -> 500 + random.nextInt(4_000);
            default -> 10_000 + random.nextInt(30_000);
        };
        StringBuilder text = new StringBuilder("note " + n + ":");
        while (text.length() < size) {
            text.append(" line ").append(text.length()).append(" of change ").append(n).append('\n');
        }
        return size == 0 ? "" : text.substring(0, size);
    }

    private static <T> T pickFrom(List<T> values, Random random) {
        return values.get(random.nextInt(values.size()));
    }

    /** The imported path: a distinct title per change, so every update really changes the path. */
    static LearningPath imported(String id, int n) {
        LearningPath sample = SamplePaths.sample(id, n);
        return new LearningPath(id, n, "Imported at change " + n, sample.tagline(), sample.overview(), sample.industries(),
                sample.skills(), sample.sections(), sample.selfChecks());
    }

    /**
     * What the learner's data should be after some prefix of the script: per item its status, note and ticked
     * sub-steps (the domain's own rules, as the service applies them), per skill its level and target, the updated
     * import's content version and how many paths there are. Dates are left out: they come from the child's clock.
     */
    /** The learner's data as the test compares it: expected from the {@link Model}, or read from the disk. */
    record Seen(Map<String, String> items, Map<String, String> levels, Map<String, String> targets, int importedVersion,
            long paths) {
    }

    record Model(Map<String, ItemProgress> items, Map<String, String> levels, Map<String, String> targets, int importedVersion,
            long paths) {
        static Model fresh() {
            return new Model(Map.of(), Map.of(), Map.of(), 0, 1);
        }

        Model apply(Op op) {
            Map<String, ItemProgress> newItems = new TreeMap<>(items);
            Map<String, String> newLevels = new TreeMap<>(levels);
            Map<String, String> newTargets = new TreeMap<>(targets);
            int version = importedVersion;
            long count = paths;
            switch (op.kind()) {
                case STATUS, NOTE, SUB_STEP -> newItems.put(op.key(), change(progressOf(op.key()), op));
                case RATE -> newLevels.put(op.key(), op.value());
                case TARGET -> newTargets.put(op.key(), op.value());
                case IMPORT_UPDATE -> {
                    count += version == 0 ? 1 : 0;
                    version = op.n();
                }
                case IMPORT_NEW -> count++;
                default -> {
                }
            }
            return new Model(Map.copyOf(newItems), Map.copyOf(newLevels), Map.copyOf(newTargets), version, count);
        }

        private static ItemProgress change(ItemProgress before, Op op) {
            LocalDate today = LocalDate.of(2026, 1, 1);
            return switch (op.kind()) {
                case STATUS -> before.withStatus(ItemStatus.valueOf(op.value()), today);
                case NOTE -> before.withNote(op.value());
                // As the service: ticking a ticked sub-step again changes nothing (it would start a not-started item).
                default -> before.isSubItemDone(op.sub()) == Boolean.parseBoolean(op.value()) ? before
                        : before.withSubItemTicked(op.sub(), Boolean.parseBoolean(op.value()), today);
            };
        }

        private ItemProgress progressOf(String itemId) {
            return items.getOrDefault(itemId, ItemProgress.notStarted(itemId));
        }

        /** What the disk should show: every item and skill of the path, the untouched ones at their defaults. */
        Seen seen() {
            Map<String, String> itemTexts = new TreeMap<>();
            ALL_ITEMS.forEach(id -> itemTexts.put(id, text(progressOf(id))));
            Map<String, String> levelTexts = new TreeMap<>();
            Map<String, String> targetTexts = new TreeMap<>();
            SKILLS.forEach(id -> {
                levelTexts.put(id, levels.getOrDefault(id, Level.NOT_YET.name()));
                targetTexts.put(id, targets.getOrDefault(id, ""));
            });
            return new Seen(itemTexts, levelTexts, targetTexts, importedVersion, paths);
        }

        /** An item's progress as comparable text, the dates left out (the domain's status rules never read them). */
        static String text(ItemProgress progress) {
            return progress.status() + " " + new TreeSet<>(progress.doneSubItemIds()) + " " + progress.note();
        }
    }
}

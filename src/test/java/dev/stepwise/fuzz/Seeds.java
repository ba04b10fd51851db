package dev.stepwise.fuzz;

import java.util.SplittableRandom;

/**
 * The run's settings from system properties: {@code fuzz.seed} (default fixed, so CI runs the same cases every time),
 * {@code fuzz.cases} (default 1,000 per importer; {@code mvn verify -Plong} runs 10,000) and {@code fuzz.first} (default 0). Each case draws from its own
 * generator, made from the seed and its number, so a finding reported as "seed S case N" is made again, alone, by
 * {@code -Dfuzz.seed=S -Dfuzz.first=N -Dfuzz.cases=1}.
 */
final class Seeds {
    static final long DEFAULT_SEED = 0x5EED_F00DL;
    static final int DEFAULT_CASES = 1_000;

    private Seeds() {
    }

    static long seed() {
        return Long.getLong("fuzz.seed", DEFAULT_SEED);
    }

    static int cases() {
        return Integer.getInteger("fuzz.cases", DEFAULT_CASES);
    }

    static int first() {
        return Integer.getInteger("fuzz.first", 0);
    }

    static SplittableRandom forCase(long seed, int index) {
        // The golden-ratio step spreads neighbouring case numbers over unrelated streams.
        return new SplittableRandom(seed + index * 0x9E37_79B9_7F4A_7C15L);
    }
}

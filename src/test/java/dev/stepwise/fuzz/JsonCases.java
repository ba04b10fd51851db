package dev.stepwise.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Hostile JSON files made from one valid seed file. Case {@code n} of a run depends only on the run's seed and
 * {@code n}, so any case can be made again alone. About a tenth are whole-document oddities (empty, {@code null}, a
 * bare list, 10,000 levels, the file twice), a quarter are byte damage only, the rest structural damage (sometimes
 * with byte damage on top).
 */
final class JsonCases {
    private static final List<String> DOCUMENTS = List.of("", " \n\t ", "null", "[]", "{}", "\"stepwise-path\"", "42",
            "{", "}", "[", "true", "{\"format\":null}", "\uFEFF", "[".repeat(10_000), "{\"a\":".repeat(10_000),
            "[".repeat(10_000) + "]".repeat(10_000), "NaN", "/* comment */ {}", "{'format': 'x'}");

    private final byte[] seedBytes;
    private final JsonNode seed;
    private final List<String> idFields;
    private final long runSeed;
    private final int maxBytes;

    /** @param maxBytes the reader's size limit: one case in a hundred is the seed padded to just past it */
    JsonCases(byte[] seedBytes, List<String> idFields, int maxBytes, long runSeed) {
        this.seedBytes = seedBytes.clone();
        this.maxBytes = maxBytes;
        this.seed = JsonMutations.parse(seedBytes);
        this.idFields = idFields;
        this.runSeed = runSeed;
    }

    HostileCase make(int index) {
        SplittableRandom random = Seeds.forCase(runSeed, index);
        StringBuilder recipe = new StringBuilder();
        int kind = random.nextInt(100);
        byte[] bytes;
        if (kind == 0) {
            recipe.append(" oversize");
            bytes = ByteMutations.join(seedBytes, " ".repeat(maxBytes + 1 - seedBytes.length + random.nextInt(1_000))
                    .getBytes(StandardCharsets.UTF_8));
        } else if (kind < 10) {
            int document = random.nextInt(DOCUMENTS.size() + 1);
            if (document == DOCUMENTS.size()) {
                recipe.append(" seed-twice");
                bytes = ByteMutations.join(seedBytes, seedBytes);
            } else {
                recipe.append(" document#").append(document);
                bytes = DOCUMENTS.get(document).getBytes(StandardCharsets.UTF_8);
            }
        } else if (kind < 35) {
            bytes = seedBytes;
            for (int i = 1 + random.nextInt(3); i > 0; i--) {
                bytes = ByteMutations.mutate(bytes, random, recipe);
            }
        } else {
            bytes = new JsonMutations(idFields, random, recipe).mutate(seed);
            if (random.nextInt(4) == 0) {
                bytes = ByteMutations.mutate(bytes, random, recipe);
            }
        }
        return new HostileCase(index, recipe.toString().strip(), bytes);
    }
}

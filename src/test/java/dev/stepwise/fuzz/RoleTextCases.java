package dev.stepwise.fuzz;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Hostile role-description text files made from one valid description. Text has no keys or ids, so the structural
 * mutations work on lines: headings given twice (the text's "duplicate keys"), lines lost, swapped or shuffled,
 * thousands of bullets, lines of megabytes, indentation and bullet markers 10,000 deep, odd line breaks and
 * invisible characters. A quarter of the cases are byte damage only; some get byte damage on top.
 */
final class RoleTextCases {
    private static final List<String> DOCUMENTS = List.of("", "   \n\n\t", "\uFEFF", "{\"format\": \"stepwise-path\"}",
            "Steps\n", "Technical\n\n• a\n", "\u0000\u0000\u0000", "•\n•\n•\n");
    private static final List<String> ODD = List.of("\u0000", "\u0007", "\u001B[31m", "\u200B", "\u202E", "\u2028", "\u2029",
            "\u0085", "\r", "\uFEFF", "\uFFFD", "😀", "\u00A0", "\t");
    private static final List<String> MARKERS = List.of("• ", "- ", "* ", "1. ", "  • ", "\t- ", "");

    private final List<String> lines;
    private final byte[] seedBytes;
    private final long runSeed;

    RoleTextCases(String seed, long runSeed) {
        this.lines = List.of(seed.split("\n", -1));
        this.seedBytes = seed.getBytes(StandardCharsets.UTF_8);
        this.runSeed = runSeed;
    }

    HostileCase make(int index) {
        SplittableRandom random = Seeds.forCase(runSeed, index);
        StringBuilder recipe = new StringBuilder();
        int kind = random.nextInt(100);
        byte[] bytes;
        if (kind < 8) {
            int document = random.nextInt(DOCUMENTS.size());
            recipe.append(" document#").append(document);
            bytes = DOCUMENTS.get(document).getBytes(StandardCharsets.UTF_8);
        } else if (kind < 33) {
            bytes = seedBytes;
            for (int i = 1 + random.nextInt(3); i > 0; i--) {
                bytes = ByteMutations.mutate(bytes, random, recipe);
            }
        } else {
            List<String> text = new ArrayList<>(lines);
            for (int i = 1 + random.nextInt(3); i > 0; i--) {
                mutate(text, random, recipe);
            }
            String separator = List.of("\n", "\n", "\r\n", "\r").get(random.nextInt(4));
            bytes = String.join(separator, text).getBytes(StandardCharsets.UTF_8);
            if (random.nextInt(4) == 0) {
                bytes = ByteMutations.mutate(bytes, random, recipe);
            }
        }
        return new HostileCase(index, recipe.toString().strip(), bytes);
    }

    private static void mutate(List<String> text, SplittableRandom random, StringBuilder recipe) {
        int at = text.isEmpty() ? 0 : random.nextInt(text.size());
        switch (random.nextInt(10)) {
            case 0 -> {
                int length = 1 + random.nextInt(Math.max(1, Math.min(12, text.size() - at)));
                recipe.append(" dupblock@").append(at).append('+').append(length);
                text.addAll(at, new ArrayList<>(text.subList(at, Math.min(text.size(), at + length))));
            }
            case 1 -> {
                recipe.append(" dropline@").append(at);
                if (!text.isEmpty()) {
                    text.remove(at);
                }
            }
            case 2 -> {
                recipe.append(" shuffle");
                Collections.shuffle(text, new java.util.Random(random.nextLong()));
            }
            case 3 -> {
                int length = List.of(301, 20_001, 150_000, 250_000, 1_000_000, 5_000_000).get(random.nextInt(6));
                recipe.append(" hugeline").append(length).append('@').append(at);
                text.add(at, MARKERS.get(random.nextInt(MARKERS.size())) + "w".repeat(length));
            }
            case 4 -> {
                int count = List.of(1_001, 5_000, 15_000, 50_000).get(random.nextInt(4));
                recipe.append(" bullets").append(count).append('@').append(at);
                text.addAll(at, Collections.nCopies(count, MARKERS.get(random.nextInt(MARKERS.size())) + "Do a thing"));
            }
            case 5 -> {
                int depth = List.of(100, 10_000).get(random.nextInt(2));
                String unit = List.of(" ", "\t", "• ", "- ", "> ").get(random.nextInt(5));
                recipe.append(" deep").append(depth).append('\'').append(unit).append("'@").append(at);
                text.add(at, unit.repeat(depth) + "Nested");
            }
            case 6 -> {
                String odd = ODD.get(random.nextInt(ODD.size()));
                recipe.append(" odd#").append(ODD.indexOf(odd)).append('@').append(at);
                String line = text.isEmpty() ? "" : text.get(at);
                int col = line.isEmpty() ? 0 : random.nextInt(line.length() + 1);
                String changed = line.substring(0, col) + odd + line.substring(col);
                if (text.isEmpty()) {
                    text.add(changed);
                } else {
                    text.set(at, changed);
                }
            }
            case 7 -> {
                boolean bullets = random.nextBoolean();
                recipe.append(bullets ? " onlyheadings" : " onlybullets");
                text.removeIf(line -> line.strip().startsWith("•") == bullets);
            }
            case 8 -> {
                recipe.append(" longoverview@").append(at);
                text.add(at, "What is a Backend Engineer?");
                text.add(at + 1, "Words ".repeat(4_000));
            }
            default -> {
                recipe.append(" heading-as-bullet@").append(at);
                if (!text.isEmpty()) {
                    text.set(at, MARKERS.get(random.nextInt(MARKERS.size())) + text.get(at).strip());
                }
            }
        }
    }
}

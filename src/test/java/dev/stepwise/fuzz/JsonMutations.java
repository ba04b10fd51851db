package dev.stepwise.fuzz;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Structural damage to a valid JSON document: the seed is parsed into a Jackson tree, nodes are replaced, removed,
 * copied or given the wrong kind, and the tree is written back. What a tree cannot hold — a key given twice, NaN,
 * 10,000 levels, a string of megabytes — is put in as a placeholder and spliced in as raw text after writing.
 */
final class JsonMutations {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final List<String> NUMBERS = List.of("NaN", "Infinity", "-Infinity", "1e999", "-0", "-1", "0.5", "1.0",
            "2147483648", "-2147483649", "99999999999999999999999999", "1e2", "01", "0x10", "+1", ".5");
    private static final List<String> STRINGS = List.of("", "   ", "\u200b\u2060", "\u202Eevil", "a\u0001b", "\r\n", "\t",
            "null", "../../etc/passwd", "<script>alert(1)</script>", "😀\u0301", "x".repeat(301), "y".repeat(20_001),
            "not-started", "done", "agree", "2026-02-30", "9999-12-31T23:59:59.999999999Z", "https://", "javascript:alert(1)");

    private final List<String> idFields;
    private final Map<String, String> raw = new LinkedHashMap<>();
    private final SplittableRandom random;
    private final StringBuilder recipe;

    /** @param idFields the names under which the format keeps ids, so ids can be made to collide */
    JsonMutations(List<String> idFields, SplittableRandom random, StringBuilder recipe) {
        this.idFields = idFields;
        this.random = random;
        this.recipe = recipe;
    }

    static JsonNode parse(byte[] json) {
        try {
            return MAPPER.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The seed with one to three structural mutations, written compact or indented. */
    byte[] mutate(JsonNode seed) {
        JsonNode root = seed.deepCopy();
        int count = 1 + random.nextInt(3);
        for (int i = 0; i < count; i++) {
            mutateOnce(root);
        }
        try {
            String text = random.nextBoolean() ? MAPPER.writeValueAsString(root)
                    : MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(root);
            StringBuilder out = new StringBuilder(text);
            raw.forEach((placeholder, replacement) -> {
                int at = out.indexOf(placeholder);
                if (at >= 0) {
                    out.replace(at, at + placeholder.length(), replacement);
                }
            });
            return out.toString().getBytes(StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void mutateOnce(JsonNode root) {
        List<Slot> slots = Slot.all(root);
        if (slots.isEmpty()) {
            return;
        }
        Slot slot = slots.get(random.nextInt(slots.size()));
        switch (random.nextInt(10)) {
            case 0 -> wrongKind(slot);
            case 1 -> duplicateKey(slots);
            case 2 -> duplicateId(root, slots);
            case 3 -> deepNesting(slot);
            case 4 -> hugeString(slot);
            case 5 -> hugeArray(slot);
            case 6 -> rawValue(slot, "number", NUMBERS.get(random.nextInt(NUMBERS.size())));
            case 7 -> {
                recipe.append(" remove:").append(slot.name());
                slot.remove();
            }
            case 8 -> oddString(slot);
            default -> unknownField(slots);
        }
    }

    private void wrongKind(Slot slot) {
        JsonNode value = switch (random.nextInt(7)) {
            case 0 -> NODES.textNode("7");
            case 1 -> NODES.numberNode(random.nextInt(-5, 10));
            case 2 -> NODES.numberNode(1.5);
            case 3 -> NODES.arrayNode().add("a");
            case 4 -> NODES.objectNode().put("a", 1);
            case 5 -> NODES.booleanNode(random.nextBoolean());
            default -> NODES.nullNode();
        };
        recipe.append(" kind:").append(slot.name()).append('=').append(value);
        slot.set(value);
    }

    /** A key given twice in one object, with the same or another value, at a random place among its keys. */
    private void duplicateKey(List<Slot> slots) {
        List<Slot> fields = slots.stream().filter(slot -> slot.key != null).toList();
        if (fields.isEmpty()) {
            return;
        }
        Slot field = fields.get(random.nextInt(fields.size()));
        ObjectNode object = (ObjectNode) field.parent;
        String placeholder = placeholder();
        raw.put("\"" + placeholder + "\"", MAPPER.valueToTree(field.key).toString());
        JsonNode value = random.nextBoolean() ? field.get().deepCopy() : NODES.textNode("other");
        List<Map.Entry<String, JsonNode>> entries = new ArrayList<>(object.properties());
        entries.add(random.nextInt(entries.size() + 1), Map.entry(placeholder, value));
        object.removeAll();
        entries.forEach(entry -> object.set(entry.getKey(), entry.getValue()));
        recipe.append(" dupkey:").append(field.name());
    }

    /** Two entities share an id: one takes another's id, or a list entry is copied whole. */
    private void duplicateId(JsonNode root, List<Slot> slots) {
        List<ObjectNode> owners = new ArrayList<>();
        Slot.objects(root, owners);
        List<String[]> ids = new ArrayList<>();
        List<ObjectNode> withId = new ArrayList<>();
        for (ObjectNode owner : owners) {
            for (String field : idFields) {
                if (owner.path(field).isTextual()) {
                    withId.add(owner);
                    ids.add(new String[] {field, owner.get(field).asText()});
                }
            }
        }
        List<Slot> elements = slots.stream().filter(slot -> slot.key == null && slot.get().isObject()).toList();
        if (random.nextBoolean() && withId.size() > 1) {
            int from = random.nextInt(ids.size());
            int to = random.nextInt(withId.size());
            withId.get(to).put(ids.get(to)[0], ids.get(from)[1]);
            recipe.append(" dupid:").append(ids.get(from)[1]);
        } else if (!elements.isEmpty()) {
            Slot element = elements.get(random.nextInt(elements.size()));
            ((ArrayNode) element.parent).insert(element.index, element.get().deepCopy());
            recipe.append(" dupentry:").append(element.name());
        }
    }

    private void deepNesting(Slot slot) {
        int depth = List.of(9, 33, 100, 1_000, 10_000, 100_000).get(random.nextInt(6));
        boolean arrays = random.nextBoolean();
        String text = arrays ? "[".repeat(depth) + "]".repeat(depth) : "{\"a\":".repeat(depth) + "1" + "}".repeat(depth);
        rawValue(slot, "nest" + depth + (arrays ? "[" : "{"), text);
    }

    /** Strings of 100,001 characters to 6 MB: past the text limits, the string limit and the size limits. */
    private void hugeString(Slot slot) {
        int length = List.of(100_001, 1_000_000, 3_000_000, 6_000_000).get(random.nextInt(4));
        String unit = List.of("x", "é", "\\n", "\\u0000").get(random.nextInt(4));
        rawValue(slot, "huge" + length + unit, "\"" + unit.repeat(length / unit.length()) + "\"");
    }

    private void hugeArray(Slot slot) {
        int length = List.of(1_001, 10_000, 100_000, 1_000_000).get(random.nextInt(4));
        String element = slot.get().isContainerNode() ? "{}" : slot.get().toString();
        String body = (element + ",").repeat(Math.min(length, 8_000_000 / Math.max(1, element.length() + 1)));
        rawValue(slot, "array" + length, "[" + body.substring(0, body.length() - 1) + "]");
    }

    private void oddString(Slot slot) {
        if (random.nextInt(4) == 0) {
            rawValue(slot, "surrogate", random.nextBoolean() ? "\"\\ud800\"" : "\"a\\udfffb\"");
            return;
        }
        String value = STRINGS.get(random.nextInt(STRINGS.size()));
        recipe.append(" string:").append(slot.name()).append('#').append(STRINGS.indexOf(value));
        slot.set(NODES.textNode(value));
    }

    private void unknownField(List<Slot> slots) {
        List<JsonNode> objects = slots.stream().map(Slot::get).filter(JsonNode::isObject).toList();
        if (!objects.isEmpty()) {
            String name = List.of("mood", "__proto__", "Id", "id ", "").get(random.nextInt(5));
            ((ObjectNode) objects.get(random.nextInt(objects.size()))).put(name, "x");
            recipe.append(" unknown:'").append(name).append('\'');
        }
    }

    private void rawValue(Slot slot, String what, String text) {
        String placeholder = placeholder();
        raw.put("\"" + placeholder + "\"", text);
        recipe.append(' ').append(what).append(':').append(slot.name());
        slot.set(NODES.textNode(placeholder));
    }

    private String placeholder() {
        return "@@hostile-" + raw.size() + "@@";
    }
}

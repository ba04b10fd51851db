package dev.stepwise.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A place in a JSON tree that holds a value — a field of an object or an entry of a list — so a mutation can replace
 * or remove what is there without knowing the format. Named in the recipe as {@code sections[0].items[2].id}.
 */
final class Slot {
    final JsonNode parent;
    final String key;
    final int index;
    private final String name;

    private Slot(JsonNode parent, String key, int index, String name) {
        this.parent = parent;
        this.key = key;
        this.index = index;
        this.name = name;
    }

    /** Every slot of the tree, parents before children. */
    static List<Slot> all(JsonNode root) {
        List<Slot> slots = new ArrayList<>();
        collect(root, "", slots);
        return slots;
    }

    private static void collect(JsonNode node, String name, List<Slot> slots) {
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> field : node.properties()) {
                String child = name.isEmpty() ? field.getKey() : name + "." + field.getKey();
                slots.add(new Slot(node, field.getKey(), -1, child));
                collect(field.getValue(), child, slots);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                String child = name + "[" + i + "]";
                slots.add(new Slot(node, null, i, child));
                collect(node.get(i), child, slots);
            }
        }
    }

    /** Every object in the tree, the root included. */
    static void objects(JsonNode node, List<ObjectNode> into) {
        if (node instanceof ObjectNode object) {
            into.add(object);
        }
        node.forEach(child -> objects(child, into));
    }

    JsonNode get() {
        return key != null ? parent.get(key) : parent.get(index);
    }

    void set(JsonNode value) {
        if (key != null) {
            ((ObjectNode) parent).set(key, value);
        } else {
            ((ArrayNode) parent).set(index, value);
        }
    }

    /** Removing a list entry shifts later ones; slots collected before are not used again after a removal. */
    void remove() {
        if (key != null) {
            ((ObjectNode) parent).remove(key);
        } else if (index < parent.size()) {
            ((ArrayNode) parent).remove(index);
        }
    }

    String name() {
        return name;
    }
}

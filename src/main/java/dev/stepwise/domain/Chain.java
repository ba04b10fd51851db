package dev.stepwise.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An ordered set of ids that can take an id in after another one, or out, in constant time: the merge places
 * every added or moved entity this way, so its cost does not grow with the square of a large section.
 */
final class Chain {
    private static final class Node {
        private final String id;
        private Node previous;
        private Node next;

        private Node(String id) {
            this.id = id;
        }
    }

    /** Sentinel of a circular list: {@code head.next} is the first id, {@code head.previous} the last. */
    private final Node head = new Node(null);
    private final Map<String, Node> nodes = new HashMap<>();

    Chain(Collection<String> ids) {
        head.previous = head;
        head.next = head;
        ids.forEach(this::append);
    }

    boolean contains(String id) {
        return nodes.containsKey(id);
    }

    boolean isEmpty() {
        return nodes.isEmpty();
    }

    /** The id just before {@code id}, or {@code null} when it is first (or absent). */
    String previous(String id) {
        Node node = nodes.get(id);
        return node == null ? null : node.previous.id;
    }

    String first() {
        return head.next.id;
    }

    void remove(String id) {
        Node node = nodes.remove(id);
        if (node != null) {
            node.previous.next = node.next;
            node.next.previous = node.previous;
        }
    }

    /** Takes {@code id} out (if present) and puts it back at the end. */
    void append(String id) {
        remove(id);
        link(head.previous, id);
    }

    /** Takes {@code id} out (if present) and puts it back first. */
    void prepend(String id) {
        remove(id);
        link(head, id);
    }

    /**
     * Takes {@code id} out (if present) and puts it back right after {@code anchor}: first when the anchor is
     * {@code null}, last when the anchor is not in the chain.
     */
    void insertAfter(String anchor, String id) {
        if (id.equals(anchor)) {
            return;
        }
        remove(id);
        Node after = anchor == null ? head : nodes.get(anchor);
        link(after == null ? head.previous : after, id);
    }

    List<String> ids() {
        List<String> ids = new ArrayList<>(nodes.size());
        for (Node node = head.next; node != head; node = node.next) {
            ids.add(node.id);
        }
        return ids;
    }

    private void link(Node after, String id) {
        Node node = new Node(id);
        node.previous = after;
        node.next = after.next;
        after.next.previous = node;
        after.next = node;
        nodes.put(id, node);
    }
}

package dev.stepwise.store;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** A parsed payload's fields taken one by one, each checked for its type; a field left unread is an error too. */
final class Fields {
    private final Map<String, Object> values;
    private final Set<String> read = new HashSet<>();

    Fields(Map<String, Object> values) {
        this.values = values;
    }

    String text(String name) {
        return optionalText(name).orElseThrow(() -> missing(name));
    }

    Optional<String> optionalText(String name) {
        return Optional.ofNullable(take(name, String.class));
    }

    int number(String name) {
        return optionalNumber(name).orElseThrow(() -> missing(name));
    }

    Optional<Integer> optionalNumber(String name) {
        return Optional.ofNullable(take(name, Integer.class));
    }

    boolean flag(String name) {
        Boolean value = take(name, Boolean.class);
        if (value == null) {
            throw missing(name);
        }
        return value;
    }

    <E extends Enum<E>> E choice(String name, Class<E> type) {
        return choice(text(name), name, type);
    }

    static <E extends Enum<E>> E choice(String value, String name, Class<E> type) {
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("the payload's " + name + " is not a " + type.getSimpleName() + ": " + value, e);
        }
    }

    Optional<LocalDate> optionalDate(String name) {
        return optionalText(name).map(value -> {
            try {
                return LocalDate.parse(value);
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("the payload's " + name + " is not a date: " + value, e);
            }
        });
    }

    Instant instant(String name) {
        String value = text(name);
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("the payload's " + name + " is not an instant: " + value, e);
        }
    }

    /** Every field of the payload was one the change has. */
    void checkAllRead() {
        Set<String> unknown = new HashSet<>(values.keySet());
        unknown.removeAll(read);
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException("the payload has fields its change does not: " + unknown);
        }
    }

    private <T> T take(String name, Class<T> type) {
        if (!values.containsKey(name)) {
            throw missing(name);
        }
        read.add(name);
        Object value = values.get(name);
        if (value != null && !type.isInstance(value)) {
            throw new IllegalArgumentException("the payload's " + name + " is not a " + type.getSimpleName().toLowerCase() + ": "
                    + value);
        }
        return type.cast(value);
    }

    private static IllegalArgumentException missing(String name) {
        return new IllegalArgumentException("the payload has no " + name);
    }
}

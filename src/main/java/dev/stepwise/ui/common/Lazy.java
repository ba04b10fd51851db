package dev.stepwise.ui.common;

import java.util.function.Consumer;
import java.util.function.Supplier;

/** A value built on first use. FX-thread only, so no locking. */
public final class Lazy<T> implements Supplier<T> {
    private final Supplier<T> factory;
    private T value;

    public Lazy(Supplier<T> factory) {
        this.factory = factory;
    }

    @Override
    public T get() {
        if (value == null) {
            value = factory.get();
        }
        return value;
    }

    /** Acts on the value only if it was built; never builds it. */
    public void ifBuilt(Consumer<T> action) {
        if (value != null) {
            action.accept(value);
        }
    }
}

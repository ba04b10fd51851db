package dev.stepwise.store;

/** Any failure of the local database, unchecked so that callers handle it in one place (the UI's error path). */
public class StoreException extends RuntimeException {
    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }

    public StoreException(String message) {
        super(message);
    }
}

package se.samsyn.shared;

/** Thrown on duplicates and stale optimistic locks (HTTP 409). */
public class ConflictException extends SamsynException {

    public ConflictException(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}

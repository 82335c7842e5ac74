package se.samsyn.shared;

/** Thrown when a resource does not exist or the actor may not know that it exists (HTTP 404). */
public class NotFoundException extends SamsynException {

    public NotFoundException(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}

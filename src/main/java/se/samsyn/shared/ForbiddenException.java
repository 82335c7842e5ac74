package se.samsyn.shared;

/** Thrown when the actor is known but lacks the role for the action (HTTP 403). */
public class ForbiddenException extends SamsynException {

    public ForbiddenException(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}

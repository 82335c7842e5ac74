package se.samsyn.shared;

/** Thrown when a business rule is broken (HTTP 422). */
public class RuleViolationException extends SamsynException {

    public RuleViolationException(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}

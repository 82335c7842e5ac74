package se.samsyn.shared;

import java.util.List;

/** Base of every expected failure: it carries a message key and arguments, never prose for the user. */
public abstract class SamsynException extends RuntimeException {

    private final String messageKey;
    private final List<Object> arguments;

    protected SamsynException(String messageKey, Object... arguments) {
        super(messageKey);
        this.messageKey = messageKey;
        this.arguments = List.of(arguments);
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.toArray();
    }
}

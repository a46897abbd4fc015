package org.coopole.common;

/**
 * A value a service refused; the screen shows the translated message next to the field, keeping what was typed.
 *
 * @param field      the record component it concerns, e.g. {@code firstName}
 * @param messageKey the translation key of the message
 */
public class InvalidField extends RuntimeException {

    private final String field;
    private final String messageKey;
    private final Object[] params;

    public InvalidField(String field, String messageKey, Object... params) {
        super(field + ": " + messageKey);
        this.field = field;
        this.messageKey = messageKey;
        this.params = params.clone();
    }

    /** What the message says in numbers, e.g. a minimum length. */
    public Object[] params() {
        return params.clone();
    }

    public String field() {
        return field;
    }

    public String messageKey() {
        return messageKey;
    }
}

package org.coopole.privacy;

/**
 * How long a pole keeps its audit entries, messages and notifications, in days; null keeps them for as long as the
 * pole lasts.
 */
public record Retention(Integer auditDays, Integer messageDays, Integer notificationDays) {

    public static final int MIN_AUDIT_DAYS = 30;
    public static final int MIN_MESSAGE_DAYS = 30;
    public static final int MIN_NOTIFICATION_DAYS = 7;
    public static final int MAX_DAYS = 36500;
}

package org.coopole.notification;

/** How a kind of notification reaches a person by email (the bell always shows it). */
public enum Delivery {
    IMMEDIATELY,
    DAILY_DIGEST,
    NEVER;

    public String translationKey() {
        return "notification.delivery." + name();
    }
}

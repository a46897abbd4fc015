package org.coopole.api;

/** What a personal API token may do: read, or read and write (make bookings). */
public enum ApiScope {
    READ,
    READ_WRITE;

    public String translationKey() {
        return "api.scope." + name();
    }
}

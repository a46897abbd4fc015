package org.coopole.common;

import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The address of the client being served, or null outside a request. It is the TCP peer's unless a configured
 * trusted proxy forwarded the request (Tomcat's RemoteIpValve, {@code COOPOLE_TRUSTED_PROXIES}): a header sent by
 * anybody else changes nothing.
 */
public final class ClientAddress {

    private ClientAddress() {
    }

    public static String current() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
                ? attributes.getRequest().getRemoteAddr() : null;
    }
}

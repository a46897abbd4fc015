package org.coopole.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The Content-Security-Policy of every response, and where browsers report what it blocked. The policy is as strict
 * as Vaadin 25's production mode allows (decision 0014): Vaadin's bootstrap page holds an inline script, its client
 * evaluates server-sent JavaScript with {@code new Function}, and its components set inline styles.
 */
@RestController
public class ContentSecurityPolicy {

    private static final Logger log = LoggerFactory.getLogger(ContentSecurityPolicy.class);
    static final String REPORT_PATH = "/csp-report";
    private static final int KEPT = 100;

    public static final String POLICY = String.join("; ",
            "default-src 'self'",
            "script-src 'self' 'unsafe-inline' 'unsafe-eval'",
            "style-src 'self' 'unsafe-inline'",
            "img-src 'self' data: blob:",
            "font-src 'self' data:",
            "connect-src 'self'",
            "media-src 'none'",
            "object-src 'none'",
            "frame-src 'none'",
            "worker-src 'self'",
            "manifest-src 'self'",
            "base-uri 'self'",
            "form-action 'self'",
            "frame-ancestors 'none'",
            "report-uri " + REPORT_PATH);

    public static final String PERMISSIONS = "camera=(), microphone=(), geolocation=(), payment=(), usb=(), "
            + "serial=(), bluetooth=(), midi=(), magnetometer=(), gyroscope=(), accelerometer=(), interest-cohort=()";

    private final List<String> reports = new CopyOnWriteArrayList<>();

    /** A browser's report of something the policy blocked: logged (bounded), and kept for the end-to-end tests. */
    @PostMapping(path = REPORT_PATH)
    ResponseEntity<Void> report(@RequestBody(required = false) String body) {
        String text = body == null ? "" : body.length() > 2000 ? body.substring(0, 2000) : body;
        log.warn("Content-Security-Policy violation reported: {}", text.replaceAll("[\\r\\n]+", " "));
        if (reports.size() < KEPT) {
            reports.add(text);
        }
        return ResponseEntity.noContent().build();
    }

    /** The reports received since the last call (the end-to-end tests fail on any). */
    public List<String> takeReports() {
        List<String> taken = List.copyOf(reports);
        reports.clear();
        return taken;
    }
}

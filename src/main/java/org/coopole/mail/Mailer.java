package org.coopole.mail;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.env.Environment;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Sends Coopole's emails through Spring Mail when an SMTP server is configured ({@code spring.mail.host}); without
 * one, writes them to the log instead, links included, so that a demo or a first installation still works.
 */
@Component
public class Mailer {

    private static final Logger log = LoggerFactory.getLogger(Mailer.class);
    private static final Pattern TRAILING_SLASHES = Pattern.compile("/+$");
    private static final Pattern LEADING_SLASHES = Pattern.compile("^/+");

    private final ObjectProvider<JavaMailSender> sender;
    private final String from;
    private final String baseUrl;
    private final java.util.Set<String> allowedHosts;
    private final Environment environment;
    /** This server's own address once its port is known (read once: resolving properties is slow). */
    private volatile String local;

    Mailer(ObjectProvider<JavaMailSender> sender, @Value("${coopole.mail.from}") String from,
           @Value("${coopole.base-url:}") String baseUrl,
           @Value("${coopole.allowed-hosts:localhost,127.0.0.1,[::1]}") List<String> allowedHosts,
           Environment environment) {
        this.allowedHosts = allowedHosts.stream().map(String::strip).filter(h -> !h.isEmpty())
                .map(h -> h.toLowerCase(Locale.ROOT)).collect(java.util.stream.Collectors.toUnmodifiableSet());
        this.sender = sender;
        this.from = from;
        this.baseUrl = baseUrl;
        this.environment = environment;
    }

    /** Sends now; features ask through the {@link Outbox}, which sends after their transaction commits. */
    void send(String to, String subject, String text) {
        JavaMailSender smtp = sender.getIfAvailable();
        if (smtp == null) {
            log.info("No SMTP server configured (spring.mail.host): this email was not sent.%nTo: {}%nSubject: {}%n{}"
                    .replace("%n", System.lineSeparator()), to, subject, text);
            return;
        }
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(from);
        message.setTo(to);
        message.setSubject(subject);
        message.setText(text);
        smtp.send(message);
    }

    /**
     * An absolute link to a path of Coopole: from {@code coopole.base-url}; else from the current request when its host
     * is one of {@code coopole.allowed-hosts} (a {@code Host} or {@code X-Forwarded-Host} header is the visitor's to
     * choose: a reset link must never point elsewhere); else this server's local port.
     */
    public String link(String path) {
        String base;
        if (StringUtils.hasText(baseUrl)) {
            base = baseUrl;
        } else if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes request
                && allowedHosts.contains(request.getRequest().getServerName().toLowerCase(Locale.ROOT))) {
            base = ServletUriComponentsBuilder.fromCurrentContextPath().toUriString();
        } else {
            base = localBase();
        }
        return TRAILING_SLASHES.matcher(base).replaceAll("") + "/" + LEADING_SLASHES.matcher(path).replaceAll("");
    }

    private String localBase() {
        String known = local;
        if (known != null) {
            return known;
        }
        String port = environment.getProperty("local.server.port");
        String base = "http://localhost:" + (port != null ? port : environment.getProperty("server.port", "8080"));
        if (port != null) {
            local = base;
        }
        return base;
    }
}

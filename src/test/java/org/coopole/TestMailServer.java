package org.coopole;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** An in-process SMTP server (GreenMail) that the tests' Coopole sends its emails to (see application-test). */
@TestConfiguration(proxyBeanMethods = false)
public class TestMailServer {

    public static final int PORT = 3025;

    @Bean(initMethod = "start", destroyMethod = "stop")
    GreenMail greenMail() {
        return new GreenMail(new ServerSetup(PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    }

    /**
     * The text of an email to that address that contains the words, waiting up to ten seconds for it: emails leave
     * after their transaction commits, on a thread of their own.
     */
    public static Optional<String> mailTo(GreenMail mail, String address, String containing) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
        while (Instant.now().isBefore(deadline)) {
            Optional<String> found = Arrays.stream(mail.getReceivedMessages())
                    .filter(m -> recipients(m).contains(address))
                    .map(TestMailServer::body)
                    .filter(text -> text.contains(containing))
                    .reduce((first, second) -> second);
            if (found.isPresent()) {
                return found;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return Optional.empty();
    }

    /** The first link of an email that contains the path, e.g. "/invitation/". */
    public static String linkIn(String text, String path) {
        Matcher matcher = Pattern.compile("https?://\\S+" + Pattern.quote(path) + "\\S+").matcher(text);
        if (!matcher.find()) {
            throw new AssertionError("no link to " + path + " in: " + text);
        }
        return matcher.group();
    }

    private static String recipients(MimeMessage message) {
        try {
            return Arrays.toString(message.getAllRecipients());
        } catch (Exception e) {
            return "";
        }
    }

    private static String body(MimeMessage message) {
        try {
            return String.valueOf(message.getContent()); // decoded text/plain
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}

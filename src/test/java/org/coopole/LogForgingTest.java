package org.coopole;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;

/** A text someone typed, written to the log, cannot forge a log line: its line breaks only continue the entry. */
@CoopoleTest
@ExtendWith(OutputCaptureExtension.class)
class LogForgingTest {

    @Test
    void aMultiLineTextContinuesItsEntryInsteadOfStartingANewOne(CapturedOutput output) {
        Logger log = LoggerFactory.getLogger("org.coopole.mail.Mailer");
        String reason = "Salle occupée\n2026-12-03T10:00:00.000+00:00  INFO 1 --- [main] org.coopole.Application"
                + " : Administrateur connecté depuis 10.0.0.1\r\nfin\r2026-12-03T10:00:01.000+00:00 WARN effacé";
        log.info("Refus : {}", reason);

        String[] lines = output.getOut().split("\r\n|\r|\n");
        assertThat(Arrays.stream(lines).filter(l -> l.startsWith("2026-12-03T10:00:00.000"))).as("forged lines")
                .isEmpty();
        assertThat(lines).contains("    | 2026-12-03T10:00:00.000+00:00  INFO 1 --- [main] org.coopole.Application"
                + " : Administrateur connecté depuis 10.0.0.1", "    | fin");
        assertThat(output.getOut()).as("a lone carriage return continues the entry too")
                .contains("\r    | 2026-12-03T10:00:01.000+00:00 WARN effacé");
        assertThat(Arrays.stream(lines).filter(l -> l.endsWith("Refus : Salle occupée"))).hasSize(1);
    }
}

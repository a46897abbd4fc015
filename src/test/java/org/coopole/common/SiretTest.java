package org.coopole.common;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SiretTest {

    @Test
    void aRealSiretWithItsChecksumIsAccepted() {
        // SIRET of a public establishment, as published: its Luhn sum is right
        assertThat(Siret.isValid("73282932000074")).isTrue();
        assertThat(new Siret("732 829 320 00074").value()).isEqualTo("73282932000074");
    }

    @Test
    void oneWrongDigitBreaksTheChecksum() {
        assertThat(Siret.isValid("73282932000075")).isFalse();
        assertThatThrownBy(() -> new Siret("73282932000075")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anythingButFourteenDigitsIsRefused() {
        assertThat(Siret.isValid("7328293200007")).isFalse();
        assertThat(Siret.isValid("732829320000740")).isFalse();
        assertThat(Siret.isValid("7328293200007A")).isFalse();
        assertThat(Siret.isValid(null)).isFalse();
    }

    @Test
    void theCheckDigitCompletesThirteenDigitsIntoAValidSiret() {
        for (String thirteen : new String[] {"9990000000001", "7328293200007", "1234567890123"}) {
            assertThat(Siret.isValid(thirteen + Siret.checkDigitFor(thirteen))).as(thirteen).isTrue();
        }
        assertThat(Siret.checkDigitFor("7328293200007")).isEqualTo('4');
    }
}

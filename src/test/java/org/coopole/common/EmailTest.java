package org.coopole.common;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EmailTest {

    @Test
    void anEmailIsTrimmedAndLowerCasedSoThatSignInIgnoresCase() {
        assertThat(new Email("  Camille.Martin@LaFabrique.example ").value())
                .isEqualTo("camille.martin@lafabrique.example");
    }

    @Test
    void somethingThatIsNotAnEmailIsRefused() {
        assertThat(Email.isValid("camille")).isFalse();
        assertThat(Email.isValid("camille@")).isFalse();
        assertThat(Email.isValid("camille martin@lafabrique.example")).isFalse();
        assertThat(Email.isValid("a@" + "b".repeat(260) + ".fr")).isFalse();
        assertThatThrownBy(() -> new Email("not an email")).isInstanceOf(IllegalArgumentException.class);
    }
}

package org.coopole.security;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class PasswordPolicyTest {

    private static final List<String> NADIA = List.of("Nadia", "Benali", "nadia.benali@ressourcerie-val.example");

    @Test
    void elevenCharactersAreTooFewAndOneHundredTwentyNineTooMany() {
        assertThat(PasswordPolicy.check("Tr0ub4dor&3", NADIA)).contains(PasswordPolicy.Problem.TOO_SHORT);
        assertThat(PasswordPolicy.check("x".repeat(129), NADIA)).contains(PasswordPolicy.Problem.TOO_LONG);
    }

    @Test
    void commonPasswordsAreRefusedEvenWhenLongEnough() {
        assertThat(PasswordPolicy.check("password1234", NADIA)).contains(PasswordPolicy.Problem.TOO_GUESSABLE);
        assertThat(PasswordPolicy.check("azertyuiop123", NADIA)).contains(PasswordPolicy.Problem.TOO_GUESSABLE);
        assertThat(PasswordPolicy.check("111111111111", NADIA)).contains(PasswordPolicy.Problem.TOO_GUESSABLE);
        assertThat(PasswordPolicy.check("motdepasse123", NADIA)).contains(PasswordPolicy.Problem.TOO_GUESSABLE);
    }

    @Test
    void thePersonsOwnNameIsAnEasyGuess() {
        assertThat(PasswordPolicy.check("benalibenali", NADIA)).contains(PasswordPolicy.Problem.TOO_GUESSABLE);
        assertThat(PasswordPolicy.check("nadianadia12", NADIA)).contains(PasswordPolicy.Problem.TOO_GUESSABLE);
    }

    @Test
    void aPassphraseOfSeveralWordsIsAcceptedWithoutAnyCompositionRule() {
        assertThat(PasswordPolicy.check("la camionnette bleue part jeudi", NADIA)).isEmpty();
        assertThat(PasswordPolicy.check("é".repeat(2) + "q8#Lm2vW!zR7pX4tK9" + "x".repeat(44), NADIA)).isEmpty();
    }
}

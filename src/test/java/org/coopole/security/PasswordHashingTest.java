package org.coopole.security;

import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.password.PasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;

class PasswordHashingTest {

    private final PasswordEncoder encoder = PasswordHashing.encoder();

    @Test
    void passwordsAreHashedWithArgon2idAtOwaspParameters() {
        String hash = encoder.encode("une phrase de passe assez longue");
        // 19 MiB = 19456 KiB of memory, 2 iterations, 1 lane
        assertThat(hash).startsWith("$argon2id$v=19$m=19456,t=2,p=1$");
    }

    @Test
    void theSamePasswordGetsADifferentSaltEachTimeAndStillMatches() {
        String first = encoder.encode("une phrase de passe assez longue");
        String second = encoder.encode("une phrase de passe assez longue");
        assertThat(first).isNotEqualTo(second);
        assertThat(encoder.matches("une phrase de passe assez longue", first)).isTrue();
        assertThat(encoder.matches("une phrase de passe assez longuE", first)).isFalse();
    }
}

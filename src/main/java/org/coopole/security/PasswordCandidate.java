package org.coopole.security;

import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Hashes a typed password with the Argon2id parameters and salt the database gives ({@code $argon2id$v=19$m=…,t=…,
 * p=…$salt}), into the same encoded form as {@link PasswordHashing#encoder()}: the database then compares it with
 * the stored hash, which never leaves it.
 */
public final class PasswordCandidate {

    private static final Pattern SETTING = Pattern.compile(
            "^\\$argon2id\\$v=19\\$m=(\\d{1,7}),t=(\\d{1,3}),p=(\\d{1,2})\\$([A-Za-z0-9+/]{16,64})$");
    /** Bounds that keep a crafted setting from costing more than a sign-in should. */
    private static final int MAX_MEMORY_KIB = 256 * 1024;
    private static final int MAX_ITERATIONS = 10;
    private static final int MAX_LANES = 4;

    private PasswordCandidate() {
    }

    /** The encoded hash of {@code password} under {@code setting}; empty for a setting that is no Argon2id one. */
    public static Optional<String> of(String setting, CharSequence password) {
        if (setting == null || password == null) {
            return Optional.empty();
        }
        Matcher m = SETTING.matcher(setting);
        if (!m.matches()) {
            return Optional.empty();
        }
        int memory = Integer.parseInt(m.group(1));
        int iterations = Integer.parseInt(m.group(2));
        int lanes = Integer.parseInt(m.group(3));
        if (memory < 8 * lanes || memory > MAX_MEMORY_KIB || iterations < 1 || iterations > MAX_ITERATIONS
                || lanes < 1 || lanes > MAX_LANES) {
            return Optional.empty();
        }
        byte[] salt = Base64.getDecoder().decode(m.group(4));
        Argon2BytesGenerator generator = new Argon2BytesGenerator();
        generator.init(new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id).withVersion(Argon2Parameters.ARGON2_VERSION_13)
                .withMemoryAsKB(memory).withIterations(iterations).withParallelism(lanes).withSalt(salt).build());
        byte[] hash = new byte[PasswordHashing.HASH_BYTES];
        generator.generateBytes(password.toString().getBytes(StandardCharsets.UTF_8), hash);
        return Optional.of(setting + "$" + Base64.getEncoder().withoutPadding().encodeToString(hash));
    }
}

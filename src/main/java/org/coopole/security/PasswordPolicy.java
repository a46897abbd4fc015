package org.coopole.security;

import com.nulabinc.zxcvbn.Zxcvbn;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * OWASP ASVS level 2 passwords: at least 12 characters, up to 128, any characters, no composition rules, and not
 * commonly used or easily guessed (zxcvbn, with its dictionaries, scores it at least 3 of 4; the person's own
 * name and email count as guessable words).
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 128;
    private static final int MIN_SCORE = 3;
    private static final Zxcvbn ZXCVBN = new Zxcvbn();

    private PasswordPolicy() {
    }

    public enum Problem {
        TOO_SHORT,
        TOO_LONG,
        TOO_GUESSABLE;

        public String translationKey() {
            return "security.password." + name();
        }
    }

    public static Optional<Problem> check(String password, List<String> personalWords) {
        if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH) {
            return Optional.of(Problem.TOO_SHORT);
        }
        if (password.codePointCount(0, password.length()) > MAX_LENGTH) {
            return Optional.of(Problem.TOO_LONG);
        }
        // zxcvbn compares lower-case words: names, and each piece of the email address
        List<String> words = personalWords.stream().filter(w -> w != null && !w.isBlank())
                .flatMap(w -> Stream.concat(Stream.of(w), Arrays.stream(w.split("[^\\p{L}\\p{N}]+"))))
                .filter(w -> w.length() >= 3)
                .map(w -> w.toLowerCase(Locale.ROOT))
                .flatMap(w -> Stream.of(w, Normalizer.normalize(w, Normalizer.Form.NFD).replaceAll("\\p{M}", "")))
                .distinct()
                .toList();
        if (ZXCVBN.measure(password, words).getScore() < MIN_SCORE) {
            return Optional.of(Problem.TOO_GUESSABLE);
        }
        return Optional.empty();
    }
}

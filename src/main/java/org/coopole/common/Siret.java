package org.coopole.common;

import java.util.Objects;

/** A French establishment number: 14 digits whose Luhn checksum is right. Spaces typed in it are ignored. */
public record Siret(String value) {

    public Siret {
        Objects.requireNonNull(value, "value");
        value = value.replace(" ", "");
        if (!isValid(value)) {
            throw new IllegalArgumentException("not a SIRET");
        }
    }

    public static boolean isValid(String text) {
        if (text == null) {
            return false;
        }
        String digits = text.replace(" ", "");
        return digits.length() == 14 && digits.chars().allMatch(Character::isDigit) && luhnSum(digits) % 10 == 0;
    }

    /** The digit to append to 13 digits to make a valid SIRET. */
    public static char checkDigitFor(String thirteenDigits) {
        int sum = luhnSum(thirteenDigits + "0");
        return (char) ('0' + (10 - sum % 10) % 10);
    }

    private static int luhnSum(String digits) {
        int sum = 0;
        for (int i = 0; i < digits.length(); i++) {
            int digit = digits.charAt(digits.length() - 1 - i) - '0';
            if (i % 2 == 1) {
                digit *= 2;
                if (digit > 9) {
                    digit -= 9;
                }
            }
            sum += digit;
        }
        return sum;
    }

    @Override
    public String toString() {
        return value;
    }
}

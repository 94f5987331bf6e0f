package org.civicgrid.access.internal;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * 密码规则 — a password is acceptable when it is 8–128 characters, mixes at least two of letters,
 * digits and symbols, does not contain the username, and is not one of the passwords attackers try
 * first. Returns the reason it is refused, or empty.
 */
public final class PasswordPolicy {

    static final int MIN_LENGTH = 8;
    static final int MAX_LENGTH = 128;

    private static final Set<String> COMMON = Set.of("password", "password1", "password123", "12345678", "123456789",
            "1234567890", "qwerty123", "qwertyuiop", "11111111", "88888888", "abc12345", "abcd1234", "iloveyou",
            "admin123", "admin1234", "a1234567", "aa123456", "1qaz2wsx", "woaini1314", "zxcvbnm123", "p@ssw0rd",
            "passw0rd", "letmein1", "welcome1", "changeme", "00000000", "123123123", "q1w2e3r4");

    private PasswordPolicy() {}

    public static Optional<String> refusal(String username, String password) {
        if (password == null || password.length() < MIN_LENGTH) {
            return Optional.of("must be at least " + MIN_LENGTH + " characters");
        }
        if (password.length() > MAX_LENGTH) {
            return Optional.of("must be at most " + MAX_LENGTH + " characters");
        }
        int classes = 0;
        if (password.chars().anyMatch(Character::isLetter)) classes++;
        if (password.chars().anyMatch(Character::isDigit)) classes++;
        if (password.chars().anyMatch(c -> !Character.isLetterOrDigit(c))) classes++;
        if (classes < 2) {
            return Optional.of("must mix at least two of letters, digits and symbols");
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (COMMON.contains(lower)) {
            return Optional.of("is too common");
        }
        if (username != null && username.length() >= 3 && lower.contains(username.toLowerCase(Locale.ROOT))) {
            return Optional.of("must not contain the username");
        }
        return Optional.empty();
    }
}

package org.civicgrid.residents;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * 公民身份号码 — the rules an 18-character citizen ID number must pass (GB 11643-1999): six digits of
 * the registering county (GB/T 2260), eight of the birth date, three of the order code (odd for men,
 * even for women) and an ISO 7064 MOD 11-2 check character ({@code 0}–{@code 9} or {@code X}).
 * Each rule is a method of its own; {@link #refusal} applies them in order.
 */
public final class IdNumberPolicy {

    /** Why a number is refused; the code names the message in the bundles. */
    public enum Refusal {
        /** Not 17 digits followed by a digit or X. */
        FORMAT("id-number.format", "an ID number has 18 characters: 17 digits and a final digit or X"),
        /** The first two digits are not a province of GB/T 2260. */
        REGION("id-number.region", "the first two digits are not a province code"),
        /** Digits 7–14 are not a real date between 1900 and today. */
        BIRTH_DATE("id-number.birth-date", "the birth date inside the number is not a plausible date"),
        /** The last character does not match the other seventeen. */
        CHECK_DIGIT("id-number.check-digit", "the check digit does not match (mistyped digit?)");

        private final String code;
        private final String message;

        Refusal(String code, String message) {
            this.code = code;
            this.message = message;
        }

        public String code() { return code; }

        public String message() { return message; }
    }

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final char[] CHECK = "10X98765432".toCharArray();
    private static final Set<String> PROVINCES = Set.of("11", "12", "13", "14", "15", "21", "22", "23", "31", "32",
            "33", "34", "35", "36", "37", "41", "42", "43", "44", "45", "46", "50", "51", "52", "53", "54", "61", "62",
            "63", "64", "65", "71", "81", "82", "83");
    private static final DateTimeFormatter BIRTH = DateTimeFormatter.ofPattern("uuuuMMdd", Locale.ROOT)
            .withResolverStyle(ResolverStyle.STRICT);
    private static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);
    private static final Pattern SPACES = Pattern.compile("[\\s\\p{Z}]+");
    /** The full-width forms of ASCII '!'..'~' (U+FF01..U+FF5E), as input methods type them; minus the shift is ASCII. */
    private static final int FULL_WIDTH_FIRST = 0xFF01;
    private static final int FULL_WIDTH_LAST = 0xFF5E;
    private static final int FULL_WIDTH_SHIFT = 0xFEE0;

    private IdNumberPolicy() {}

    /**
     * Upper-case, without spaces: the form every rule and the stored value use; null stays null. What a Chinese
     * input method types in full-width mode — {@code ４３０２…}, {@code Ｘ}, the ideographic space — reads as the
     * ASCII it stands for. Normalising twice gives the same as once.
     */
    public static String normalise(String raw) {
        if (raw == null) {
            return null;
        }
        StringBuilder halfWidth = new StringBuilder(raw.length());
        raw.chars().forEach(c -> halfWidth.append(
                (char) (c >= FULL_WIDTH_FIRST && c <= FULL_WIDTH_LAST ? c - FULL_WIDTH_SHIFT : c)));
        return SPACES.matcher(halfWidth).replaceAll("").toUpperCase(Locale.ROOT);
    }

    /** The first rule the (normalised) number breaks, or empty when it is a valid number on {@code today}. */
    public static Optional<Refusal> refusal(String number, LocalDate today) {
        if (!wellFormed(number)) {
            return Optional.of(Refusal.FORMAT);
        }
        if (!provinceKnown(number)) {
            return Optional.of(Refusal.REGION);
        }
        if (!birthDatePlausible(number, today)) {
            return Optional.of(Refusal.BIRTH_DATE);
        }
        if (!checkDigitMatches(number)) {
            return Optional.of(Refusal.CHECK_DIGIT);
        }
        return Optional.empty();
    }

    public static boolean isValid(String number, LocalDate today) {
        return refusal(number, today).isEmpty();
    }

    /** Seventeen digits and a digit or X. */
    public static boolean wellFormed(String number) {
        return number != null && number.matches("\\d{17}[\\dX]");
    }

    /** The number starts with a province code of GB/T 2260 (Hunan is 43). */
    public static boolean provinceKnown(String number) {
        return PROVINCES.contains(number.substring(0, 2));
    }

    /** The eight birth digits are a real date, not before 1900 and not after today. */
    public static boolean birthDatePlausible(String number, LocalDate today) {
        return parseBirthDate(number).filter(d -> !d.isBefore(EARLIEST) && !d.isAfter(today)).isPresent();
    }

    /** ISO 7064 MOD 11-2 over the first seventeen digits gives the last character. */
    public static boolean checkDigitMatches(String number) {
        return checkCharacter(number.substring(0, 17)) == number.charAt(17);
    }

    /** The check character for seventeen digits. */
    public static char checkCharacter(String first17) {
        if (first17 == null || !first17.matches("\\d{17}")) {
            throw new IllegalArgumentException("Seventeen digits expected");
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK[sum % 11];
    }

    /** The birth date a well-formed number carries, if it is a real date. */
    public static Optional<LocalDate> birthDate(String number) {
        return wellFormed(number) ? parseBirthDate(number) : Optional.empty();
    }

    /** The gender the order code gives: odd for men, even for women. */
    public static Gender gender(String number) {
        return (number.charAt(16) - '0') % 2 == 1 ? Gender.MALE : Gender.FEMALE;
    }

    private static Optional<LocalDate> parseBirthDate(String number) {
        try {
            return Optional.of(LocalDate.parse(number.substring(6, 14), BIRTH));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}

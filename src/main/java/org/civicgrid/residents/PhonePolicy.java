package org.civicgrid.residents;

import java.util.Optional;

/**
 * 电话号码 — a mainland mobile number (11 digits, 1 then 3–9), or a landline: an optional area code
 * (0 and two or three digits, e.g. Zhuzhou's 0731) and a local number of seven or eight digits that
 * does not start with 0 or 1. Stored normalised: mobiles as 11 digits, landlines as {@code 0731-22345678}.
 */
public final class PhonePolicy {

    public static final String REFUSAL_CODE = "phone.format";
    public static final String REFUSAL_MESSAGE = "a mobile number (11 digits starting 13–19) or a landline such as 0731-22345678";

    private PhonePolicy() {}

    /** Without spaces, brackets and the +86 prefix; null stays null. */
    public static String normalise(String raw) {
        if (raw == null) {
            return null;
        }
        String s = raw.replaceAll("[\\s()（）]", "").replace('—', '-').replace('－', '-');
        if (s.startsWith("+86")) {
            s = s.substring(3);
        } else if (s.startsWith("0086")) {
            s = s.substring(4);
        }
        s = s.replaceFirst("^-", "");
        if (s.matches("0\\d{2,3}\\d{7,8}") && !s.contains("-")) {
            // an area code glued to the local number: 073122345678
            int area = s.startsWith("01") || s.startsWith("02") ? 3 : 4;
            s = s.substring(0, area) + "-" + s.substring(area);
        }
        return s;
    }

    /** The reason a (normalised) number is refused, or empty when it is a mobile or a landline. */
    public static Optional<String> refusal(String number) {
        return isMobile(number) || isLandline(number) ? Optional.empty() : Optional.of(REFUSAL_MESSAGE);
    }

    /** 1, then 3–9, then nine digits. */
    public static boolean isMobile(String number) {
        return number != null && number.matches("1[3-9]\\d{9}");
    }

    /** An optional area code and a seven- or eight-digit local number not starting with 0 or 1. */
    public static boolean isLandline(String number) {
        return number != null && number.matches("(0\\d{2,3}-)?[2-9]\\d{6,7}");
    }
}

package org.civicgrid.residents;

/**
 * 脱敏 — how ID numbers and phones appear to whoever may not see them whole: an ID number keeps its
 * first four and last four characters ({@code 4302**********1234}), a mobile its first three and last
 * four ({@code 138****5678}), a landline its area code and last four ({@code 0731-****5678}).
 */
public final class PersonalDataMask {

    private PersonalDataMask() {}

    public static String idNumber(String number) {
        if (number == null || number.isEmpty()) {
            return number;
        }
        if (number.length() <= 8) {
            return "*".repeat(number.length());
        }
        return number.substring(0, 4) + "*".repeat(number.length() - 8) + number.substring(number.length() - 4);
    }

    public static String phone(String number) {
        if (number == null || number.isEmpty()) {
            return number;
        }
        if (PhonePolicy.isMobile(number)) {
            return number.substring(0, 3) + "****" + number.substring(7);
        }
        int dash = number.indexOf('-');
        String area = dash < 0 ? "" : number.substring(0, dash + 1);
        String local = dash < 0 ? number : number.substring(dash + 1);
        if (local.length() <= 4) {
            return area + "*".repeat(local.length());
        }
        return area + "*".repeat(local.length() - 4) + local.substring(local.length() - 4);
    }
}

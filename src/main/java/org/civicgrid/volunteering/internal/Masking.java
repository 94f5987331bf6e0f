package org.civicgrid.volunteering.internal;

/** Personal data as lists and certificates show it: never whole. */
public final class Masking {

    private Masking() {}

    /** 4302**********1234 — the region prefix and the last four stay readable. */
    public static String idNumber(String number) {
        if (number == null || number.isBlank()) {
            return "";
        }
        String n = number.trim();
        if (n.length() <= 8) {
            return n.charAt(0) + "*".repeat(n.length() - 1);
        }
        return n.substring(0, 4) + "*".repeat(n.length() - 8) + n.substring(n.length() - 4);
    }

    /** 138****1234 */
    public static String phone(String phone) {
        if (phone == null || phone.isBlank()) {
            return "";
        }
        String p = phone.trim();
        if (p.length() < 7) {
            return "*".repeat(p.length());
        }
        return p.substring(0, 3) + "*".repeat(p.length() - 7) + p.substring(p.length() - 4);
    }
}

package org.civicgrid.shared.privacy;

/**
 * A module's part of a person's copy of their own data (个人信息副本 — the right to consult and copy one's
 * personal information): what the module holds about one user account, as records the API writes as JSON.
 * The privacy module asks every section for the signed-in user alone; a section never depends on it and
 * never returns another person's personal data (a household visit names the household, not its members'
 * ID numbers).
 */
public interface PersonalDataSection {

    /** The section's key in the download, snake_case, e.g. {@code reported_cases}; also its message key. */
    String id();

    /** Position in the download, lower first. */
    int order();

    /**
     * What the module holds about the user with this account id, complete (not a page): a list (empty when
     * there is nothing), or a record — null when the account is not what the record describes (no resident
     * linked to it, never registered as a volunteer) — so that the download shows the section either way.
     */
    Object collect(long userId);
}

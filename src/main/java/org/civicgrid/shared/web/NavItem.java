package org.civicgrid.shared.web;

import java.util.Set;

/**
 * One entry in the shared navigation. Modules contribute entries as beans; the layout shows each
 * user the entries whose roles they hold. An empty role set means every signed-in user; the role
 * {@value #PUBLIC} means everyone, signed in or not.
 *
 * @param section  groups entries: {@code work} (daily work), {@code city} (officials), {@code public}, {@code admin}
 * @param labelKey message key of the label
 * @param href     the page
 * @param roles    role names that see the entry
 * @param order    position within the section
 */
public record NavItem(String section, String labelKey, String href, Set<String> roles, int order) {

    public static final String PUBLIC = "PUBLIC";

    /** @param userRoles the user's role names, or null for a visitor who is not signed in */
    public boolean visibleTo(Set<String> userRoles) {
        if (roles.contains(PUBLIC)) {
            return true;
        }
        return userRoles != null && (roles.isEmpty() || roles.stream().anyMatch(userRoles::contains));
    }
}
